import { render, screen, within } from "@testing-library/react";
import { makeTodo } from "../../test-utils/fake-api";
import { TodoList } from "./todo-list";

it("shows each todo as a checkbox named by its title, with its details", () => {
  const todos = [
    makeTodo({ id: 1, title: "Buy milk", priority: "high", due_date: "2026-12-01" }),
    makeTodo({ id: 2, title: "Bake bread", completed: true, description: "sourdough" }),
  ];
  render(<TodoList todos={todos} onChanged={jest.fn()} onRemoved={jest.fn()} />);
  const items = within(screen.getByRole("list", { name: "Todos" })).getAllByRole("listitem");
  expect(items).toHaveLength(2);
  expect(within(items[0]!).getByRole("checkbox", { name: "Buy milk" })).not.toBeChecked();
  expect(items[0]).toHaveTextContent("high");
  expect(items[0]).toHaveTextContent("due 2026-12-01");
  expect(within(items[1]!).getByRole("checkbox", { name: "Bake bread" })).toBeChecked();
  expect(items[1]).toHaveTextContent("sourdough");
});

it("says so when there is nothing to show", () => {
  render(<TodoList todos={[]} onChanged={jest.fn()} onRemoved={jest.fn()} />);
  expect(screen.queryByRole("list")).not.toBeInTheDocument();
  expect(screen.getByText("No todos here.")).toBeInTheDocument();
});
