import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { navigateTo } from "@/lib/browser-location";
import { DRAFTS_KEY } from "@/lib/drafts";
import type { Todo } from "@/lib/schemas";
import { installFakeApi, makeTodo, problem, type FakeResponse } from "../../test-utils/fake-api";
import { TodoItem } from "./todo-item";

jest.mock("@/lib/browser-location", () => ({ currentPath: () => "/", navigateTo: jest.fn() }));

beforeEach(() => sessionStorage.clear());

// Holds the todo the way TodoApp does, so changes show up in the item.
function Harness({ initial, onRemoved }: { initial: Todo; onRemoved: (id: number) => void }) {
  const [todo, setTodo] = useState(initial);
  return (
    <ul>
      <TodoItem todo={todo} onChanged={setTodo} onRemoved={onRemoved} />
    </ul>
  );
}

function setup(todo = makeTodo()) {
  const api = installFakeApi([todo]);
  const onRemoved = jest.fn();
  render(<Harness initial={todo} onRemoved={onRemoved} />);
  return { api, onRemoved, user: userEvent.setup() };
}

it("toggles completed with If-Match on the version shown", async () => {
  const { api, user } = setup();
  const checkbox = screen.getByRole("checkbox", { name: "Buy milk" });
  await user.click(checkbox);
  expect(api.requests.at(-1)).toMatchObject({ method: "PATCH", body: { completed: true }, headers: { "If-Match": '"1"' } });
  expect(checkbox).toBeChecked();
  await user.click(checkbox);
  expect(api.requests.at(-1)?.headers["If-Match"]).toBe('"2"');
  expect(checkbox).not.toBeChecked();
});

it("shows the new state at once and falls back when the change fails", async () => {
  const { api, user } = setup();
  let answer: (response: FakeResponse) => void = () => undefined;
  api.fetchMock.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
  const checkbox = screen.getByRole("checkbox", { name: "Buy milk" });
  await user.click(checkbox);
  expect(checkbox).toBeChecked();
  expect(checkbox).toBeDisabled();
  await act(async () => answer({ ok: false, status: 500, headers: new Headers(), json: async () => ({ title: "Server error", status: 500, detail: "Oops" }) }));
  expect(checkbox).not.toBeChecked();
  expect(screen.getByRole("alert")).toHaveTextContent("Oops");
});

it("edits in place, then returns focus to Edit", async () => {
  const { api, user } = setup(makeTodo({ description: "two litres" }));
  expect(screen.getByText("two litres")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Edit" }));
  const form = screen.getByRole("form", { name: "Edit “Buy milk”" });
  const title = within(form).getByLabelText("Title");
  expect(title).toHaveFocus();
  await user.clear(title);
  await user.type(title, "Buy oat milk");
  await user.click(within(form).getByRole("button", { name: "Save" }));

  expect(api.requests.at(-1)).toMatchObject({ method: "PATCH", headers: { "If-Match": '"1"' } });
  expect(screen.getByRole("checkbox", { name: "Buy oat milk" })).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole("button", { name: "Edit" })).toHaveFocus());
});

it("cancels an edit without saving", async () => {
  const { api, user } = setup();
  await user.click(screen.getByRole("button", { name: "Edit" }));
  await user.type(screen.getByLabelText("Title"), " now");
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(api.fetchMock).not.toHaveBeenCalled();
  expect(screen.getByRole("checkbox", { name: "Buy milk" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Edit" })).toHaveFocus();
});

it("validates the edit form like the add form", async () => {
  const { api, user } = setup();
  await user.click(screen.getByRole("button", { name: "Edit" }));
  await user.clear(screen.getByLabelText("Title"));
  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(api.fetchMock).not.toHaveBeenCalled();
  expect(screen.getByLabelText("Title")).toHaveAccessibleDescription("Title is required.");
  expect(screen.getByLabelText("Title")).toHaveFocus();
});

it("explains a stale version on save and reloads, keeping what was typed", async () => {
  const { api, user } = setup();
  await user.click(screen.getByRole("button", { name: "Edit" }));
  api.changeBehindTheScenes(1, { description: "changed elsewhere" });
  await user.type(screen.getByLabelText("Title"), " and eggs");
  await user.click(screen.getByRole("button", { name: "Save" }));

  expect(screen.getByRole("alert")).toHaveTextContent("Someone else changed this todo");
  expect(screen.getByLabelText("Title")).toHaveValue("Buy milk and eggs");
  await user.click(screen.getByRole("button", { name: "Reload" }));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Save" }));
  expect(api.requests.at(-1)).toMatchObject({ method: "PATCH", headers: { "If-Match": '"2"' } });
  expect(screen.getByRole("checkbox", { name: "Buy milk and eggs" })).toBeInTheDocument();
});

it("explains a stale version on toggle", async () => {
  const { api, user } = setup();
  api.changeBehindTheScenes(1, { title: "Buy milk!" });
  await user.click(screen.getByRole("checkbox", { name: "Buy milk" }));
  expect(screen.getByRole("alert")).toHaveTextContent("Someone else changed this todo");
  await user.click(screen.getByRole("button", { name: "Reload" }));
  expect(screen.getByRole("checkbox", { name: "Buy milk!" })).not.toBeChecked();
});

it("deletes after confirmation", async () => {
  const { api, onRemoved, user } = setup();
  await user.click(screen.getByRole("button", { name: "Delete" }));
  expect(screen.getByRole("button", { name: "Confirm delete" })).toHaveFocus();
  await user.click(screen.getByRole("button", { name: "Confirm delete" }));
  expect(api.requests.at(-1)).toMatchObject({ method: "DELETE", headers: { "If-Match": '"1"' } });
  expect(onRemoved).toHaveBeenCalledWith(1);
});

it("keeps the todo when the delete is cancelled", async () => {
  const { api, user } = setup();
  await user.click(screen.getByRole("button", { name: "Delete" }));
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  expect(api.fetchMock).not.toHaveBeenCalled();
  expect(screen.getByRole("button", { name: "Edit" })).toHaveFocus();
});

it("treats a todo that is gone as removed", async () => {
  const { api, onRemoved, user } = setup();
  api.failNext({ ok: false, status: 404, headers: new Headers(), json: async () => ({ type: "about:blank", title: "Not Found", status: 404 }) });
  await user.click(screen.getByRole("checkbox", { name: "Buy milk" }));
  expect(onRemoved).toHaveBeenCalledWith(1);
});

it("offers Retry after a network error", async () => {
  const { api, user } = setup();
  api.failNext("network");
  await user.click(screen.getByRole("checkbox", { name: "Buy milk" }));
  expect(screen.getByRole("alert")).toHaveTextContent("Could not reach the server");
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  expect(screen.getByRole("checkbox", { name: "Buy milk" })).toBeChecked();
});

it("offers Retry when saving an edit fails on the network", async () => {
  const { api, user } = setup();
  await user.click(screen.getByRole("button", { name: "Edit" }));
  api.failNext("network");
  await user.click(screen.getByRole("button", { name: "Save" }));
  await user.click(screen.getByRole("button", { name: "Retry" }));
  expect(screen.getByRole("button", { name: "Edit" })).toBeInTheDocument();
});

describe("when the session expires during an edit", () => {
  it("keeps the fields that were changed, then goes to sign in", async () => {
    const { api, user } = setup(makeTodo({ id: 7 }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const form = screen.getByRole("form", { name: "Edit “Buy milk”" });
    await user.type(within(form).getByLabelText("Description"), "two litres");
    api.failNext(problem(401, "Sign in first: the token is missing, expired or no longer valid."));
    await user.click(within(form).getByRole("button", { name: "Save" }));

    expect(navigateTo).toHaveBeenCalledWith("/login?next=/");
    expect(JSON.parse(sessionStorage.getItem(DRAFTS_KEY)!)).toEqual({ "edit:7": { description: "two litres" } });
  });

  it("reopens the edit with the draft over the todo's current values, once", async () => {
    sessionStorage.setItem(DRAFTS_KEY, JSON.stringify({ "edit:7": { description: "two litres" } }));
    const { api, user } = setup(makeTodo({ id: 7, title: "Buy oat milk", version: 4 }));
    const form = screen.getByRole("form", { name: "Edit “Buy oat milk”" });
    expect(within(form).getByLabelText("Title")).toHaveValue("Buy oat milk");
    expect(within(form).getByLabelText("Description")).toHaveValue("two litres");
    expect(sessionStorage.getItem(DRAFTS_KEY)).toBeNull();

    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(api.requests.at(-1)).toMatchObject({
      method: "PATCH",
      headers: { "If-Match": '"4"' },
      body: { title: "Buy oat milk", description: "two litres" },
    });
  });
});
