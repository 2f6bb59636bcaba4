// An in-memory stand-in for the backend behind `fetch`, so component tests
// exercise the real API client. Tests queue one-off failures with `failNext`.
import type { Todo } from "@/lib/schemas";

export interface FakeResponse {
  ok: boolean;
  status: number;
  headers: Headers;
  json: () => Promise<unknown>;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { ok: status >= 200 && status < 300, status, headers: new Headers(headers), json: async () => body };
}

export function problem(status: number, detail: string, errors?: unknown[], headers?: Record<string, string>): FakeResponse {
  return jsonResponse(status, { type: "about:blank", title: "Error", status, detail, ...(errors && { errors }) }, headers);
}

export function makeTodo(overrides: Partial<Todo> = {}): Todo {
  return {
    id: 1,
    title: "Buy milk",
    description: null,
    completed: false,
    priority: "medium",
    due_date: null,
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-01T10:00:00Z",
    version: 1,
    ...overrides,
  };
}

type Failure = FakeResponse | "network";

export interface FakeRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export function installFakeApi(initial: Todo[] = []) {
  let todos = [...initial];
  let nextId = Math.max(0, ...todos.map((todo) => todo.id)) + 1;
  const failures: Failure[] = [];
  const requests: FakeRequest[] = [];

  function handle(method: string, url: URL, headers: Record<string, string>, body: Partial<Todo>): FakeResponse {
    const match = url.pathname.match(/^\/api\/v1\/todos(?:\/(\d+))?$/);
    if (!match) return problem(404, "Not Found");
    const id = match[1] === undefined ? undefined : Number(match[1]);
    if (id === undefined && method === "GET") {
      const completed = url.searchParams.get("completed");
      const q = url.searchParams.get("q")?.toLowerCase();
      const limit = Number(url.searchParams.get("limit") ?? 20);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const selected = todos.filter(
        (todo) =>
          (completed === null || String(todo.completed) === completed) &&
          (!q || todo.title.toLowerCase().includes(q)),
      );
      return jsonResponse(200, { items: selected.slice(offset, offset + limit), total: selected.length, limit, offset });
    }
    if (id === undefined && method === "POST") {
      const todo = makeTodo({ ...body, id: nextId++, version: 1 });
      todos = [todo, ...todos];
      return jsonResponse(201, todo);
    }
    const index = todos.findIndex((todo) => todo.id === id);
    const todo = todos[index];
    if (!todo) return problem(404, "Todo not found");
    const ifMatch = headers["If-Match"];
    if (ifMatch !== undefined && ifMatch !== `"${todo.version}"`) return problem(412, "Version mismatch");
    if (method === "GET") return jsonResponse(200, todo);
    if (method === "PATCH") {
      const updated = { ...todo, ...body, version: todo.version + 1 };
      todos[index] = updated;
      return jsonResponse(200, updated);
    }
    todos = todos.filter((item) => item.id !== id);
    return jsonResponse(204, null);
  }

  const fetchMock = jest.fn(async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? "GET";
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
    requests.push({ method, url: input, headers, body });
    const failure = failures.shift();
    if (failure === "network") throw new TypeError("Failed to fetch");
    if (failure) return failure;
    return handle(method, new URL(input, "http://localhost"), headers, body);
  });
  global.fetch = fetchMock as unknown as typeof fetch;

  return {
    fetchMock,
    requests,
    todos: () => todos,
    // Changes the stored todo as another user would, without an event.
    changeBehindTheScenes(id: number, changes: Partial<Todo>) {
      todos = todos.map((todo) => (todo.id === id ? { ...todo, ...changes, version: todo.version + 1 } : todo));
    },
    failNext(...next: Failure[]) {
      failures.push(...next);
    },
  };
}
