import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useRouter } from "next/navigation";
import { jsonResponse } from "../../../test-utils/fake-api";
import LoginPage from "./page";

jest.mock("next/navigation", () => ({ useRouter: jest.fn() }));

const replace = jest.fn();
beforeEach(() => {
  replace.mockReset();
  jest.mocked(useRouter).mockReturnValue({ replace } as unknown as ReturnType<typeof useRouter>);
  global.fetch = jest.fn().mockResolvedValue(jsonResponse(204, null));
});

async function signInFrom(next: string | undefined) {
  render(await LoginPage({ searchParams: Promise.resolve({ next }) }));
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), "ada@example.com");
  await user.type(screen.getByLabelText("Password"), "correct horse battery");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

it("is a sign-in form under its heading", async () => {
  render(await LoginPage({ searchParams: Promise.resolve({}) }));
  expect(screen.getByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  expect(screen.getByRole("form", { name: "Sign in" })).toBeInTheDocument();
});

it("goes back to the page of this app it came from", async () => {
  await signInFrom("/?completed=true");
  expect(replace).toHaveBeenCalledWith("/?completed=true");
});

it.each(["https://evil.example/", "//evil.example/", undefined])("goes to / instead of %s", async (next) => {
  await signInFrom(next);
  expect(replace).toHaveBeenCalledWith("/");
});
