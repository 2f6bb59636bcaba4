import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { navigateTo } from "@/lib/browser-location";
import { installFakeApi, makeTodo, problem } from "../../test-utils/fake-api";
import { FakeEventSource } from "../../test-utils/fake-event-source";
import { PAGE_SIZE, TodoApp } from "./todo-app";

jest.mock("@/lib/browser-location", () => ({ currentPath: () => "/?completed=true", navigateTo: jest.fn() }));

const at = "2026-11-02T00:00:00Z";
const milk = makeTodo({ id: 1, title: "Buy milk" });
const bread = makeTodo({ id: 2, title: "Bake bread", completed: true });

function setup(todos = [milk, bread]) {
  FakeEventSource.install();
  const api = installFakeApi(todos);
  render(<TodoApp />);
  return { api, user: userEvent.setup() };
}

const list = () => screen.getByRole("list", { name: "Todos" });

it("lists todos with a total, and filters them", async () => {
  const { api, user } = setup();
  expect(await screen.findByRole("checkbox", { name: "Buy milk" })).toBeInTheDocument();
  expect(screen.getByText("1–2 of 2")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Completed" }));
  await waitFor(() => expect(within(list()).getAllByRole("checkbox")).toHaveLength(1));
  expect(within(list()).getByRole("checkbox", { name: "Bake bread" })).toBeChecked();
  expect(screen.getByRole("button", { name: "Completed" })).toHaveAttribute("aria-pressed", "true");
  expect(api.requests.at(-1)?.url).toContain("completed=true");

  await user.click(screen.getByRole("button", { name: "Active" }));
  await user.click(await within(list()).findByRole("checkbox", { name: "Buy milk" }));
  // Done, so it leaves the Active list, and focus goes to the list's heading.
  await waitFor(() => expect(screen.queryByRole("checkbox", { name: "Buy milk" })).not.toBeInTheDocument());
  expect(screen.getByRole("heading", { name: "Your todos" })).toHaveFocus();
  await user.click(screen.getByRole("button", { name: "All" }));
  await waitFor(() => expect(within(list()).getAllByRole("checkbox", { checked: true })).toHaveLength(2));
});

it("searches once typing pauses and sorts", async () => {
  const { api, user } = setup();
  await screen.findByRole("checkbox", { name: "Buy milk" });
  await user.type(screen.getByLabelText("Search"), "bread");
  await waitFor(() => expect(screen.queryByRole("checkbox", { name: "Buy milk" })).not.toBeInTheDocument());
  expect(api.requests.at(-1)?.url).toContain("q=bread");

  await user.selectOptions(screen.getByLabelText("Sort by"), "Title, A to Z");
  await waitFor(() => expect(api.requests.at(-1)?.url).toContain("sort=title"));
});

it("pages through the list", async () => {
  const many = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => makeTodo({ id: index + 1, title: `Todo ${index + 1}` }));
  const { user } = setup(many);
  expect(await screen.findByText(`1–${PAGE_SIZE} of ${PAGE_SIZE + 1}`)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(await screen.findByRole("checkbox", { name: `Todo ${PAGE_SIZE + 1}` })).toBeInTheDocument();

  // Deleting the only todo on the last page goes back a page.
  await user.click(screen.getByRole("button", { name: "Delete" }));
  await user.click(screen.getByRole("button", { name: "Confirm delete" }));
  expect(await screen.findByText(`1–${PAGE_SIZE} of ${PAGE_SIZE}`)).toBeInTheDocument();
});

it("adds a new todo at the top and moves focus after a delete", async () => {
  const { user } = setup();
  await screen.findByRole("checkbox", { name: "Buy milk" });
  await user.type(screen.getByLabelText("Title"), "Walk the dog");
  await user.click(screen.getByRole("button", { name: "Add todo" }));
  const first = await waitFor(() => within(list()).getAllByRole("checkbox")[0]);
  expect(first).toHaveAccessibleName("Walk the dog");
  expect(screen.getByText("1–3 of 3")).toBeInTheDocument();

  const item = screen.getByRole("checkbox", { name: "Buy milk" }).closest("li") as HTMLElement;
  await user.click(within(item).getByRole("button", { name: "Delete" }));
  await user.click(within(item).getByRole("button", { name: "Confirm delete" }));
  expect(screen.queryByRole("checkbox", { name: "Buy milk" })).not.toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Your todos" })).toHaveFocus();
});

it("applies live events and refetches on reset", async () => {
  const { api } = setup();
  await screen.findByRole("checkbox", { name: "Buy milk" });
  const source = FakeEventSource.latest();
  act(() => source.open());
  expect(screen.getByRole("status")).toHaveTextContent("Live");

  const eggs = makeTodo({ id: 3, title: "Eggs" });
  act(() => source.emit("todo.created", { type: "todo.created", todo: eggs, at }, "1"));
  expect(screen.getByRole("checkbox", { name: "Eggs" })).toBeInTheDocument();
  act(() => source.emit("todo.updated", { type: "todo.updated", todo: { ...milk, completed: true, version: 2 }, at }, "2"));
  expect(screen.getByRole("checkbox", { name: "Buy milk" })).toBeChecked();
  act(() => source.emit("todo.deleted", { type: "todo.deleted", todo: { id: 2 }, at }, "3"));
  expect(screen.queryByRole("checkbox", { name: "Bake bread" })).not.toBeInTheDocument();

  const before = api.fetchMock.mock.calls.length;
  act(() => source.emit("reset", { type: "reset" }, "9"));
  await waitFor(() => expect(api.fetchMock.mock.calls.length).toBe(before + 1));
  expect(await screen.findByRole("checkbox", { name: "Bake bread" })).toBeInTheDocument();
});

it("shows an update that leaves the filter at once, then reloads the page from the API", async () => {
  const { api, user } = setup();
  await screen.findByRole("checkbox", { name: "Buy milk" });
  await user.click(screen.getByRole("button", { name: "Active" }));
  await waitFor(() => expect(screen.queryByRole("checkbox", { name: "Bake bread" })).not.toBeInTheDocument());
  const source = FakeEventSource.latest();
  act(() => source.open());

  api.changeBehindTheScenes(1, { completed: true });
  const before = api.fetchMock.mock.calls.length;
  act(() => source.emit("todo.updated", { type: "todo.updated", todo: { ...milk, completed: true, version: 2 }, at }, "5"));
  expect(screen.getByRole("checkbox", { name: "Buy milk" })).toBeChecked();
  await waitFor(() => expect(screen.queryByRole("checkbox", { name: "Buy milk" })).not.toBeInTheDocument());
  expect(api.fetchMock.mock.calls.length).toBeGreaterThan(before);
  expect(api.requests.at(-1)?.url).toContain("completed=false");
});

it("shows a retryable message when the list cannot load", async () => {
  FakeEventSource.install();
  const api = installFakeApi([milk]);
  api.failNext(problem(502, "The API is not reachable"));
  render(<TodoApp />);
  const user = userEvent.setup();
  expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach the server");
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(await screen.findByRole("checkbox", { name: "Buy milk" })).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});

it("says so when the API has no todo routes", async () => {
  FakeEventSource.install();
  const api = installFakeApi([milk]);
  api.failNext(problem(404, "Not Found"));
  render(<TodoApp />);
  const user = userEvent.setup();
  expect(await screen.findByRole("alert")).toHaveTextContent("This API serves no todos");
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(await screen.findByRole("checkbox", { name: "Buy milk" })).toBeInTheDocument();
});

it("says when there is nothing to show", async () => {
  setup([]);
  expect(await screen.findByText("No todos here.")).toBeInTheDocument();
  expect(screen.getByText("0–0 of 0")).toBeInTheDocument();
});

it("goes to sign in, and back here after, when the session has expired", async () => {
  FakeEventSource.install();
  const api = installFakeApi([milk]);
  api.failNext(problem(401, "Sign in first: the token is missing, expired or no longer valid."));
  render(<TodoApp />);
  await waitFor(() => expect(navigateTo).toHaveBeenCalledWith("/login?next=/%3Fcompleted%3Dtrue"));
});
