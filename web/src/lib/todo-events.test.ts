import { applyTodoEvent, matchesQuery } from "./todo-events";
import type { TodoQuery } from "./api";
import type { TodosPage } from "./schemas";
import { makeTodo } from "../../test-utils/fake-api";

const at = "2026-11-02T00:00:00Z";
const query: TodoQuery = { sort: "-created_at", limit: 2, offset: 0 };
const milk = makeTodo({ id: 1, title: "Buy milk" });
const bread = makeTodo({ id: 2, title: "Buy bread" });
const page: TodosPage = { items: [milk, bread], total: 2, limit: 2, offset: 0 };

describe("matchesQuery", () => {
  it("applies the completed filter and the case-insensitive search", () => {
    expect(matchesQuery(milk, { ...query, completed: true })).toBe(false);
    expect(matchesQuery(milk, { ...query, completed: false, q: "MILK" })).toBe(true);
    expect(matchesQuery(makeTodo({ description: "semi-skimmed" }), { ...query, q: "skim" })).toBe(true);
    expect(matchesQuery(milk, { ...query, q: "bread" })).toBe(false);
  });
});

describe("applyTodoEvent", () => {
  it("puts a new todo first when the list shows the newest first", () => {
    const eggs = makeTodo({ id: 3, title: "Eggs" });
    const next = applyTodoEvent(page, { type: "todo.created", todo: eggs, at }, query);
    expect(next).toEqual({ ...page, items: [eggs, milk], total: 3 });
  });

  it("does not add a todo twice (our own create, then its event)", () => {
    const next = applyTodoEvent(page, { type: "todo.created", todo: milk, at }, query);
    expect(next).toEqual(page);
  });

  it("ignores a new todo that the filter hides", () => {
    const done = makeTodo({ id: 3, completed: true });
    expect(applyTodoEvent(page, { type: "todo.created", todo: done, at }, { ...query, completed: false })).toBe(page);
  });

  it("refetches when a new todo's place depends on the sort order", () => {
    const eggs = makeTodo({ id: 3 });
    expect(applyTodoEvent(page, { type: "todo.created", todo: eggs, at }, { ...query, sort: "title" })).toBe("refetch");
  });

  it("replaces an updated todo unless it is older than the one shown", () => {
    const newer = { ...milk, title: "Buy oat milk", version: 2 };
    const next = applyTodoEvent(page, { type: "todo.updated", todo: newer, at }, query);
    expect(next).toEqual({ ...page, items: [newer, bread] });
    const older = { ...milk, title: "old", version: 0 };
    expect(applyTodoEvent(page, { type: "todo.updated", todo: older, at }, query)).toEqual(page);
  });

  it("drops an updated todo that no longer matches the filter", () => {
    const done = { ...milk, completed: true, version: 2 };
    const next = applyTodoEvent(page, { type: "todo.updated", todo: done, at }, { ...query, completed: false });
    expect(next).toEqual({ ...page, items: [bread], total: 1 });
  });

  it("refetches when an update brings a todo into the filter", () => {
    const other = makeTodo({ id: 9, completed: true });
    expect(applyTodoEvent(page, { type: "todo.updated", todo: other, at }, query)).toBe("refetch");
  });

  it("removes a deleted todo and ignores one it does not show", () => {
    expect(applyTodoEvent(page, { type: "todo.deleted", todo: { id: 2 }, at }, query)).toEqual({
      ...page,
      items: [milk],
      total: 1,
    });
    expect(applyTodoEvent(page, { type: "todo.deleted", todo: { id: 9 }, at }, query)).toBe(page);
  });

  it("refetches after a delete when other pages may move up", () => {
    const firstOfMany = { ...page, total: 5 };
    expect(applyTodoEvent(firstOfMany, { type: "todo.deleted", todo: { id: 1 }, at }, query)).toBe("refetch");
  });
});
