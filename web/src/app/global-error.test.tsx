import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import GlobalError from "./global-error";

it("renders its own document with the same retryable message", async () => {
  const retry = jest.fn();
  jest.spyOn(console, "error").mockImplementation(() => undefined); // <html> inside a <div> in jsdom
  render(<GlobalError error={new Error("secret")} retry={retry} reset={jest.fn()} />);
  expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
  expect(screen.queryByText(/secret/)).not.toBeInTheDocument();
  await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
  expect(retry).toHaveBeenCalledTimes(1);
});
