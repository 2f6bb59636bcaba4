// How one live event changes the page of todos on screen. Pure, so the rules
// are tested without a browser; "refetch" means the change cannot be placed
// locally (it may move todos between pages) and the page must be reloaded.
import type { TodoQuery } from "./api";
import type { Todo, TodoEvent, TodosPage } from "./schemas";

export type PageChange = TodosPage | "refetch";

export function matchesQuery(todo: Todo, query: TodoQuery): boolean {
  if (query.completed !== undefined && todo.completed !== query.completed) return false;
  const needle = query.q?.trim().toLowerCase();
  if (!needle) return true;
  return [todo.title, todo.description ?? ""].some((text) => text.toLowerCase().includes(needle));
}

function hasOtherPages(page: TodosPage): boolean {
  return page.offset > 0 || page.offset + page.items.length < page.total;
}

function withoutTodo(page: TodosPage, id: number): PageChange {
  const present = page.items.some((todo) => todo.id === id);
  if (hasOtherPages(page)) return "refetch";
  if (!present) return page;
  return { ...page, items: page.items.filter((todo) => todo.id !== id), total: page.total - 1 };
}

function withReplaced(page: TodosPage, todo: Todo): TodosPage {
  return {
    ...page,
    items: page.items.map((item) => (item.id === todo.id && item.version <= todo.version ? todo : item)),
  };
}

export function applyTodoEvent(page: TodosPage, event: TodoEvent, query: TodoQuery): PageChange {
  if (event.type === "todo.deleted") return withoutTodo(page, event.todo.id);

  const todo = event.todo;
  const present = page.items.some((item) => item.id === todo.id);
  if (!matchesQuery(todo, query)) return event.type === "todo.created" ? page : withoutTodo(page, todo.id);
  if (present) return withReplaced(page, todo);
  if (event.type === "todo.created" && query.sort === "-created_at" && page.offset === 0) {
    return { ...page, items: [todo, ...page.items].slice(0, page.limit), total: page.total + 1 };
  }
  return "refetch";
}
