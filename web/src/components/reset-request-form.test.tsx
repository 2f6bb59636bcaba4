import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { jsonResponse, problem } from "../../test-utils/fake-api";
import { ResetRequestForm } from "./reset-request-form";

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
  render(<ResetRequestForm />);
});

async function ask(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.click(screen.getByRole("button", { name: "Send reset link" }));
}

it("asks for the mail and shows the API's answer", async () => {
  fetchMock.mockResolvedValue(jsonResponse(202, { detail: "If an account has this address, a reset link is on its way." }));
  await ask("ada@example.com");
  expect(fetchMock.mock.calls[0][0]).toBe("/api/v1/auth/password-reset");
  expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ email: "ada@example.com" });
  expect(await screen.findByRole("status")).toHaveTextContent("If an account has this address, a reset link is on its way.");
  expect(screen.queryByRole("form")).not.toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Back to sign in" })).toHaveAttribute("href", "/login");
});

it("shows an invalid address under the field, and other errors as a message", async () => {
  fetchMock.mockResolvedValueOnce(
    problem(422, "Not valid", [{ loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" }]),
  );
  await ask("ada");
  expect(screen.getByLabelText("Email")).toHaveAccessibleDescription(expect.stringContaining("not a valid email address"));

  fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
  await userEvent.setup().click(screen.getByRole("button", { name: "Send reset link" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach the server");
});
