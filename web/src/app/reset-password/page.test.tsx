import { render, screen } from "@testing-library/react";
import ResetPasswordPage from "./page";

const page = async (searchParams: Record<string, string | string[]>) =>
  render(await ResetPasswordPage({ searchParams: Promise.resolve(searchParams) }));

it("asks for the email without a token", async () => {
  await page({});
  expect(screen.getByRole("heading", { name: "Reset your password" })).toBeInTheDocument();
  expect(screen.getByRole("form", { name: "Reset your password" })).toBeInTheDocument();
  expect(screen.getByLabelText("Email")).toBeInTheDocument();
  expect(screen.queryByLabelText("New password")).not.toBeInTheDocument();
});

it("asks for the new password with the mail link's token", async () => {
  await page({ token: "the-token" });
  expect(screen.getByRole("form", { name: "Choose a new password" })).toBeInTheDocument();
  expect(screen.getByLabelText("New password")).toBeInTheDocument();
  expect(screen.queryByLabelText("Email")).not.toBeInTheDocument();
});

it("treats an empty or repeated token as none", async () => {
  await page({ token: ["a", "b"] });
  expect(screen.getByLabelText("Email")).toBeInTheDocument();
});
