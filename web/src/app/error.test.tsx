import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ErrorPage from "./error";

it("says something went wrong and offers to try again, without the error's details", async () => {
  const retry = jest.fn();
  const error = Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:8000"), { digest: "4242" });
  error.stack = "Error: connect ECONNREFUSED\n    at internal.js:1:1";
  render(<ErrorPage error={error} retry={retry} reset={jest.fn()} />);

  const alert = screen.getByRole("alert", { name: "Something went wrong" });
  expect(alert).not.toHaveTextContent("ECONNREFUSED");
  expect(alert).not.toHaveTextContent("internal.js");
  expect(alert).toHaveTextContent("Reference: 4242");
  await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
  expect(retry).toHaveBeenCalledTimes(1);
});

it("copes with a thrown value that is not an Error", () => {
  render(<ErrorPage error="boom" retry={jest.fn()} reset={jest.fn()} />);
  expect(screen.getByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
  expect(screen.queryByText(/Reference/)).not.toBeInTheDocument();
  expect(screen.queryByText(/boom/)).not.toBeInTheDocument();
});
