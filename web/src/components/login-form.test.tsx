import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRouter } from "next/navigation";
import { jsonResponse, problem } from "../../test-utils/fake-api";
import { LoginForm } from "./login-form";

jest.mock("next/navigation", () => ({ useRouter: jest.fn() }));

const replace = jest.fn();
const fetchMock = jest.fn();

beforeEach(() => {
  replace.mockReset();
  fetchMock.mockReset();
  jest.mocked(useRouter).mockReturnValue({ replace } as unknown as ReturnType<typeof useRouter>);
  global.fetch = fetchMock;
});

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

it("signs in through /session and goes on to `next`", async () => {
  fetchMock.mockResolvedValue(jsonResponse(204, null));
  render(<LoginForm next="/?completed=true" />);
  await signIn(" ada@example.com ", "correct horse battery");

  const [url, init] = fetchMock.mock.calls[0];
  expect(url).toBe("/session");
  expect(init.method).toBe("POST");
  expect(JSON.parse(init.body)).toEqual({ email: "ada@example.com", password: "correct horse battery" }); // pragma: allowlist secret
  expect(replace).toHaveBeenCalledWith("/?completed=true");
  expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
});

it("shows the API's message when the sign-in fails, and lets the user try again", async () => {
  fetchMock.mockResolvedValue(problem(401, "Wrong email or password."));
  render(<LoginForm next="/" />);
  await signIn("ada@example.com", "wrong password");
  expect(await screen.findByRole("alert")).toHaveTextContent("Wrong email or password.");
  expect(replace).not.toHaveBeenCalled();
  expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  expect(screen.getByLabelText("Email")).toHaveValue("ada@example.com");
});

it("says how long to wait after too many attempts", async () => {
  fetchMock.mockResolvedValue(problem(429, "Too many failed attempts; try again in 840 s.", undefined, { "Retry-After": "840" }));
  render(<LoginForm next="/" />);
  await signIn("ada@example.com", "guess");
  expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts: try again in 840 s");
});

it("asks for both fields before sending anything", async () => {
  render(<LoginForm next="/" />);
  await userEvent.setup().click(screen.getByRole("button", { name: "Sign in" }));
  expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter your email address.");
  expect(screen.getByLabelText("Password")).toHaveAccessibleDescription("Enter your password.");
  expect(fetchMock).not.toHaveBeenCalled();
});

it("links to sign-up and to the password reset", () => {
  render(<LoginForm next="/" />);
  expect(screen.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/signup");
  expect(screen.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/reset-password");
});
