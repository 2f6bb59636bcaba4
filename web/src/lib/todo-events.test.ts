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

  it("refetches when an update makes a shown todo leave the filter or the search", () => {
    const done = { ...milk, completed: true, version: 2 };
    expect(applyTodoEvent(page, { type: "todo.updated", todo: done, at }, { ...query, completed: false })).toBe(
      "refetch",
    );
    const renamed = { ...milk, title: "Buy cheese", version: 2 };
    expect(applyTodoEvent(page, { type: "todo.updated", todo: renamed, at }, { ...query, q: "milk" })).toBe("refetch");
  });

  it.each([
    ["title", { title: "Aardvark food" }],
    ["-title", { title: "Aardvark food" }],
    ["priority", { priority: "high" as const }],
    ["-priority", { priority: "low" as const }],
    ["due_date", { due_date: "2026-12-24" }],
    ["-due_date", { due_date: "2026-12-24" }],
  ] as const)("refetches when an update changes the field the list is sorted by (%s)", (sort, change) => {
    const moved = { ...milk, ...change, version: 2 };
    expect(applyTodoEvent(page, { type: "todo.updated", todo: moved, at }, { ...query, sort })).toBe("refetch");
  });

  it("replaces in place when the sorted-by field did not change", () => {
    const described = { ...milk, description: "semi-skimmed", completed: true, version: 2 };
    const next = applyTodoEvent(page, { type: "todo.updated", todo: described, at }, { ...query, sort: "title" });
    expect(next).toEqual({ ...page, items: [described, bread] });
    const retitled = { ...milk, title: "Buy oat milk", version: 2 };
    expect(applyTodoEvent(page, { type: "todo.updated", todo: retitled, at }, { ...query, sort: "due_date" })).toEqual({
      ...page,
      items: [retitled, bread],
    });
  });

  it("ignores a late, older update even when it would move the todo", () => {
    const shown = { ...milk, version: 3 };
    const current = { ...page, items: [shown, bread] };
    const older = { ...milk, title: "Zebra", completed: true, version: 2 };
    const event = { type: "todo.updated", todo: older, at } as const;
    expect(applyTodoEvent(current, event, { ...query, sort: "title", completed: false })).toBe(current);
  });

  it("drops nothing and refetches nothing for a hidden todo that stays hidden", () => {
    const other = makeTodo({ id: 9, completed: true, version: 4 });
    expect(applyTodoEvent(page, { type: "todo.updated", todo: other, at }, { ...query, completed: false })).toBe(page);
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
