import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TodoToolbar } from "./todo-toolbar";

function setup() {
  const props = { onFilterChange: jest.fn(), onSortChange: jest.fn(), onSearch: jest.fn() };
  render(<TodoToolbar filter="active" sort="-created_at" {...props} />);
  return { ...props, user: userEvent.setup() };
}

it("marks the current filter as pressed and reports a new one", async () => {
  const { onFilterChange, user } = setup();
  expect(screen.getByRole("button", { name: "Active" })).toHaveAttribute("aria-pressed", "true");
  expect(screen.getByRole("button", { name: "All" })).toHaveAttribute("aria-pressed", "false");
  await user.click(screen.getByRole("button", { name: "Completed" }));
  expect(onFilterChange).toHaveBeenCalledWith("completed");
});

it("reports the search once, after typing pauses", async () => {
  const { onSearch, user } = setup();
  await user.type(screen.getByRole("searchbox", { name: "Search" }), "milk");
  await waitFor(() => expect(onSearch).toHaveBeenCalledWith("milk"));
  expect(onSearch).toHaveBeenCalledTimes(1);
});

it("offers every sort order the API knows", async () => {
  const { onSortChange, user } = setup();
  const select = screen.getByRole("combobox", { name: "Sort by" });
  expect(screen.getAllByRole("option")).toHaveLength(8);
  await user.selectOptions(select, "Due date, soonest first");
  expect(onSortChange).toHaveBeenCalledWith("due_date");
});
