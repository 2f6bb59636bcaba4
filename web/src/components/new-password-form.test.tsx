import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, problem } from "../../test-utils/fake-api";
import { NewPasswordForm } from "./new-password-form";

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
  window.history.replaceState(null, "", "/reset-password?token=the-token");
  render(<NewPasswordForm token="the-token" />);
});

it("takes the token out of the address bar, keeping it for the form", () => {
  expect(window.location.search).toBe("");
  expect(window.location.pathname).toBe("/reset-password");
});

async function choose(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("New password"), password);
  await user.click(screen.getByRole("button", { name: "Set new password" }));
}

it("sets the new password with the link's token, then offers to sign in", async () => {
  fetchMock.mockResolvedValue(jsonResponse(204, null));
  await choose("a new horse battery");
  expect(fetchMock.mock.calls[0][0]).toBe("/api/v1/auth/password-reset/confirm");
  expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ token: "the-token", password: "a new horse battery" }); // pragma: allowlist secret
  expect(await screen.findByRole("status")).toHaveTextContent("Password changed.");
  expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/login");
});

it("shows a weak password's reason under the field", async () => {
  fetchMock.mockResolvedValue(
    problem(422, "Not valid", [{ loc: ["body", "password"], msg: "The password is too short.", type: "value_error" }]),
  );
  await choose("short");
  expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(expect.stringContaining("The password is too short."));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

it("offers a new link when this one is used up", async () => {
  fetchMock.mockResolvedValue(problem(400, "This reset link is used, expired or unknown: ask for a new one."));
  await choose("a new horse battery");
  expect(await screen.findByRole("alert")).toHaveTextContent("This reset link is used, expired or unknown");
  expect(screen.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/reset-password");
});
