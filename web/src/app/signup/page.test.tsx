import { render, screen } from "@testing-library/react";
import SignupPage from "./page";

jest.mock("@/components/signup-form", () => ({ SignupForm: () => <form aria-label="Create an account" /> }));

it("is the sign-up form under its heading", () => {
  render(<SignupPage />);
  expect(screen.getByRole("heading", { name: "Create an account" })).toBeInTheDocument();
  expect(screen.getByRole("form", { name: "Create an account" })).toBeInTheDocument();
});
