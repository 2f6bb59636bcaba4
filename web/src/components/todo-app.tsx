"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, errorMessage, listTodos, NetworkError, type TodoQuery } from "@/lib/api";
import type { Sort, Todo, TodoEvent, TodosPage } from "@/lib/schemas";
import { applyTodoEvent, matchesQuery, withReplaced } from "@/lib/todo-events";
import { useTodoEvents } from "@/lib/use-todo-events";
import { AddTodoForm } from "./add-todo-form";
import { ConnectionStatus } from "./connection-status";
import { ErrorMessage } from "./error-message";
import { Pagination } from "./pagination";
import { TodoList } from "./todo-list";
import { TodoToolbar, type Filter } from "./todo-toolbar";

export const PAGE_SIZE = 20;

const COMPLETED_BY_FILTER: Record<Filter, boolean | undefined> = {
  all: undefined,
  active: false,
  completed: true,
};

function filterOf(query: TodoQuery): Filter {
  if (query.completed === undefined) return "all";
  return query.completed ? "completed" : "active";
}

interface LoadError {
  message: string;
  retryable: boolean;
}

function loadErrorOf(error: unknown): LoadError {
  // A backend without the todo feature (phase 2's app on its own) has no such route.
  if (error instanceof ApiError && error.status === 404) {
    return { message: "This API serves no todos: its todo list answered 404.", retryable: true };
  }
  return { message: errorMessage(error), retryable: error instanceof NetworkError };
}

export function TodoApp() {
  const [query, setQuery] = useState<TodoQuery>({ sort: "-created_at", limit: PAGE_SIZE, offset: 0 });
  const [page, setPage] = useState<TodosPage | null>(null);
  const [loadError, setLoadError] = useState<LoadError | null>(null);
  const [reloads, setReloads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Event handlers run outside React's render: they read the latest state here.
  const latest = useRef({ page, query });
  useEffect(() => {
    latest.current = { page, query };
  });

  const refetch = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    listTodos(query, controller.signal).then(
      (fresh) => {
        setLoadError(null);
        // The last todo of the last page is gone: step back to a page that has some.
        if (fresh.items.length === 0 && fresh.offset > 0) {
          setQuery((current) => ({ ...current, offset: Math.max(0, current.offset - current.limit) }));
        } else {
          setPage(fresh);
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoadError(loadErrorOf(error));
      },
    );
    return () => controller.abort();
  }, [query, reloads]);

  const applyEvent = useCallback(
    (event: TodoEvent) => {
      const { page: current, query: currentQuery } = latest.current;
      if (!current) return;
      let next = applyTodoEvent(current, event, currentQuery);
      if (next === "refetch") {
        refetch();
        // Until the reload answers, the todo shows its new values where it was.
        if (event.type === "todo.deleted") return;
        next = withReplaced(current, event.todo);
      }
      latest.current.page = next; // a second event before the next render builds on this one
      setPage(next);
    },
    [refetch],
  );

  const connection = useTodoEvents({ onEvent: applyEvent, onReset: refetch });

  const onChanged = useCallback(
    (todo: Todo) => {
      applyEvent({ type: "todo.updated", todo, at: todo.updated_at });
      // A todo that leaves the filtered list takes the focus with it: keep it on the list.
      if (!matchesQuery(todo, latest.current.query)) heading.current?.focus();
    },
    [applyEvent],
  );
  const onCreated = useCallback(
    (todo: Todo) => applyEvent({ type: "todo.created", todo, at: todo.created_at }),
    [applyEvent],
  );
  const onRemoved = useCallback(
    (id: number) => {
      applyEvent({ type: "todo.deleted", todo: { id }, at: new Date().toISOString() });
      heading.current?.focus();
    },
    [applyEvent],
  );
  const onSearch = useCallback((q: string) => setQuery((current) => ({ ...current, q, offset: 0 })), []);

  return (
    <div className="todo-app">
      <section aria-labelledby="add-heading" className="card">
        <h2 id="add-heading">New todo</h2>
        <AddTodoForm onCreated={onCreated} />
      </section>

      <section aria-labelledby="list-heading" className="card">
        <div className="list-header">
          <h2 id="list-heading" ref={heading} tabIndex={-1}>
            Your todos
          </h2>
          <ConnectionStatus state={connection} />
        </div>
        <TodoToolbar
          filter={filterOf(query)}
          sort={query.sort}
          onFilterChange={(filter) =>
            setQuery((current) => ({ ...current, completed: COMPLETED_BY_FILTER[filter], offset: 0 }))
          }
          onSortChange={(sort: Sort) => setQuery((current) => ({ ...current, sort, offset: 0 }))}
          onSearch={onSearch}
        />
        {loadError && <ErrorMessage message={loadError.message} onRetry={loadError.retryable ? refetch : undefined} />}
        {page === null && !loadError && <p aria-live="polite">Loading…</p>}
        {page && (
          <>
            <TodoList todos={page.items} onChanged={onChanged} onRemoved={onRemoved} />
            <Pagination
              total={page.total}
              limit={page.limit}
              offset={page.offset}
              onOffsetChange={(offset) => setQuery((current) => ({ ...current, offset }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
