import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRouter } from "next/navigation";
import { jsonResponse, problem } from "../../test-utils/fake-api";
import { SignupForm } from "./signup-form";

jest.mock("next/navigation", () => ({ useRouter: jest.fn() }));

const replace = jest.fn();
const fetchMock = jest.fn();
const ada = { id: 3, email: "ada@example.com", is_admin: false, is_active: true, created_at: "2026-11-20T09:30:00Z" };

beforeEach(() => {
  replace.mockReset();
  fetchMock.mockReset();
  jest.mocked(useRouter).mockReturnValue({ replace } as unknown as ReturnType<typeof useRouter>);
  global.fetch = fetchMock;
  render(<SignupForm />);
});

async function signUp(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Create account" }));
}

it("creates the account, signs in and opens the todo list", async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(201, ada)).mockResolvedValueOnce(jsonResponse(204, null));
  await signUp("ada@example.com", "correct horse battery");

  expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method])).toEqual([
    ["/api/v1/auth/signup", "POST"],
    ["/session", "POST"],
  ]);
  expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ email: "ada@example.com", password: "correct horse battery" }); // pragma: allowlist secret
  expect(replace).toHaveBeenCalledWith("/");
});

it("shows each of the API's 422 errors under its field", async () => {
  fetchMock.mockResolvedValue(
    problem(422, "The request is not valid; see `errors`.", [
      { loc: ["body", "email"], msg: "value is not a valid email address", type: "value_error" },
      { loc: ["body", "password"], msg: "The password is too common.", type: "value_error" },
    ]),
  );
  await signUp("ada", "password123");
  expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("value is not a valid email address");
  expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
    expect.stringContaining("The password is too common."),
  );
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(replace).not.toHaveBeenCalled();
});

it("shows a taken address as a message, not under a field", async () => {
  fetchMock.mockResolvedValue(problem(409, "An account with this address exists: sign in, or reset its password."));
  await signUp("ada@example.com", "correct horse battery");
  expect(await screen.findByRole("alert")).toHaveTextContent("An account with this address exists");
  expect(screen.getByRole("button", { name: "Create account" })).toBeEnabled();
});

it("says so when the account exists but signing in failed", async () => {
  fetchMock.mockResolvedValueOnce(jsonResponse(201, ada)).mockRejectedValueOnce(new TypeError("Failed to fetch"));
  await signUp("ada@example.com", "correct horse battery");
  expect(await screen.findByRole("alert")).toHaveTextContent("Your account is created, but signing in failed");
  expect(screen.getByRole("link", { name: "Already have an account? Sign in" })).toHaveAttribute("href", "/login");
});
