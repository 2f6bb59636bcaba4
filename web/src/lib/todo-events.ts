// How one live event changes the page of todos on screen. Pure, so the rules
// are tested without a browser; "refetch" means the change cannot be placed
// locally (it may move todos within the page or between pages, or the server
// decides whether the todo still belongs) and the page must be reloaded.
import type { TodoQuery } from "./api";
import type { Sort, Todo, TodoEvent, TodosPage } from "./schemas";

export type PageChange = TodosPage | "refetch";

type Ascending<S> = S extends `-${infer Field}` ? Field : S;
type SortField = Ascending<Sort>;

export function matchesQuery(todo: Todo, query: TodoQuery): boolean {
  if (query.completed !== undefined && todo.completed !== query.completed) return false;
  const needle = query.q?.trim().toLowerCase();
  if (!needle) return true;
  return [todo.title, todo.description ?? ""].some((text) => text.toLowerCase().includes(needle));
}

function sortField(sort: Sort): SortField {
  return (sort.startsWith("-") ? sort.slice(1) : sort) as SortField;
}

// The list is ordered by this field (created_at never changes after creation).
function movesInSortOrder(before: Todo, after: Todo, sort: Sort): boolean {
  const field = sortField(sort);
  return field !== "created_at" && before[field] !== after[field];
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

// The page with `todo` shown in its place, unless the one shown is newer.
export function withReplaced(page: TodosPage, todo: Todo): TodosPage {
  return {
    ...page,
    items: page.items.map((item) => (item.id === todo.id && item.version <= todo.version ? todo : item)),
  };
}

export function applyTodoEvent(page: TodosPage, event: TodoEvent, query: TodoQuery): PageChange {
  if (event.type === "todo.deleted") return withoutTodo(page, event.todo.id);

  const todo = event.todo;
  const shown = page.items.find((item) => item.id === todo.id);
  if (shown) {
    if (shown.version > todo.version) return page; // an older change arriving late
    // Leaving the filter or moving in the sort order: the server says where it goes.
    if (!matchesQuery(todo, query) || movesInSortOrder(shown, todo, query.sort)) return "refetch";
    return withReplaced(page, todo);
  }
  if (!matchesQuery(todo, query)) return event.type === "todo.created" ? page : withoutTodo(page, todo.id);
  if (event.type === "todo.created" && query.sort === "-created_at" && page.offset === 0) {
    return { ...page, items: [todo, ...page.items].slice(0, page.limit), total: page.total + 1 };
  }
  return "refetch";
}
