import { render, screen } from "@testing-library/react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signInRequired } from "@/lib/backend";
import HomePage from "./page";

jest.mock("next/headers", () => ({ cookies: jest.fn() }));
jest.mock("next/navigation", () => ({
  redirect: jest.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));
jest.mock("@/components/todo-app", () => ({ TodoApp: () => <p>todo app</p> }));
jest.mock("@/components/user-bar", () => ({ UserBar: () => <p>user bar</p> }));
jest.mock("@/lib/backend", () => ({ signInRequired: jest.fn() }));

function withCookies(names: string[]) {
  const jar = { has: (name: string) => names.includes(name) };
  jest.mocked(cookies).mockResolvedValue(jar as unknown as Awaited<ReturnType<typeof cookies>>);
}

it("is the todo app under the account bar, with a session cookie", async () => {
  withCookies(["todo_session"]);
  render(await HomePage());
  expect(screen.getByText("todo app")).toBeInTheDocument();
  expect(screen.getByText("user bar")).toBeInTheDocument();
});

it("sends a visitor without a session to sign in first, when the API has users", async () => {
  withCookies(["theme"]);
  jest.mocked(signInRequired).mockResolvedValue(true);
  await expect(HomePage()).rejects.toThrow("NEXT_REDIRECT");
  expect(redirect).toHaveBeenCalledWith("/login?next=/");
});

it("is the shared list, without an account bar, when the API has no users", async () => {
  withCookies([]);
  jest.mocked(signInRequired).mockResolvedValue(false);
  render(await HomePage());
  expect(screen.getByText("todo app")).toBeInTheDocument();
  expect(screen.queryByText("user bar")).not.toBeInTheDocument();
});
