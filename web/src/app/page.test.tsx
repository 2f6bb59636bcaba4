import { render, screen } from "@testing-library/react";
import HomePage from "./page";

jest.mock("@/components/todo-app", () => ({ TodoApp: () => <p>todo app</p> }));

it("is the todo app", () => {
  render(<HomePage />);
  expect(screen.getByText("todo app")).toBeInTheDocument();
});
