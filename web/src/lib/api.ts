// The one place the browser talks to the API. Every URL is relative: the
// browser only ever calls the web app's own origin, whose /api route forwards
// to the backend (src/app/api/[...path]/route.ts).
import type * as z from "zod/mini";
import {
  ProblemSchema,
  TODO_FIELDS,
  TodoSchema,
  TodosPageSchema,
  type ProblemWithErrors,
  type Sort,
  type Todo,
  type TodoCreate,
  type TodoField,
  type TodosPage,
  type TodoUpdate,
} from "./schemas";

export const TODOS_PATH = "/api/v1/todos";
export const TODO_EVENTS_PATH = `${TODOS_PATH}/events`;

// The backend answered with an error status (a problem details body when it has one).
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemWithErrors | null;

  constructor(status: number, problem: ProblemWithErrors | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `The request failed (HTTP ${status}).`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

// Nothing usable came back: offline, or the proxy could not reach the backend.
// Worth retrying, unlike an ApiError.
export class NetworkError extends Error {
  constructor() {
    super("Could not reach the server. Check your connection and try again.");
    this.name = "NetworkError";
  }
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

async function problemOf(response: Response): Promise<ProblemWithErrors | null> {
  try {
    const parsed = ProblemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { cache: "no-store", ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new NetworkError();
  }
  if (GATEWAY_STATUSES.has(response.status)) throw new NetworkError();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response;
}

async function parsed<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T> {
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new ApiError(response.status, null, "The server sent an unexpected response.");
  return result.data;
}

function jsonInit(method: string, body: unknown, version?: number): RequestInit {
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (version !== undefined) headers["If-Match"] = `"${version}"`;
  return { method, headers, body: JSON.stringify(body) };
}

export interface TodoQuery {
  completed?: boolean; // undefined: all todos
  q?: string; // substring of title or description
  sort: Sort;
  limit: number;
  offset: number;
}

export function todoQueryString(query: TodoQuery): string {
  const params = new URLSearchParams();
  if (query.completed !== undefined) params.set("completed", String(query.completed));
  const q = query.q?.trim();
  if (q) params.set("q", q);
  params.set("sort", query.sort);
  params.set("limit", String(query.limit));
  params.set("offset", String(query.offset));
  return params.toString();
}

export async function listTodos(query: TodoQuery, signal?: AbortSignal): Promise<TodosPage> {
  const response = await send(`${TODOS_PATH}?${todoQueryString(query)}`, { signal });
  return parsed(response, TodosPageSchema);
}

export async function getTodo(id: number): Promise<Todo> {
  return parsed(await send(`${TODOS_PATH}/${id}`), TodoSchema);
}

export async function createTodo(body: TodoCreate): Promise<Todo> {
  return parsed(await send(TODOS_PATH, jsonInit("POST", body)), TodoSchema);
}

// `version` is the one the user saw: a 412 means someone changed the todo since.
export async function updateTodo(id: number, patch: TodoUpdate, version: number): Promise<Todo> {
  return parsed(await send(`${TODOS_PATH}/${id}`, jsonInit("PATCH", patch, version)), TodoSchema);
}

export async function deleteTodo(id: number, version: number): Promise<void> {
  await send(`${TODOS_PATH}/${id}`, { method: "DELETE", headers: { "If-Match": `"${version}"` } });
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return "Something went wrong. Please try again.";
}

export type FieldErrors = Partial<Record<TodoField, string>>;

// A 422's `errors[].loc` is like ["body", "title"]: the first known field name
// in it says which input the message belongs to.
export function fieldErrorsOf(error: unknown): FieldErrors {
  const fieldErrors: FieldErrors = {};
  if (!(error instanceof ApiError) || error.status !== 422) return fieldErrors;
  for (const item of error.problem?.errors ?? []) {
    const field = item.loc.find((part): part is TodoField => TODO_FIELDS.some((name) => name === part));
    if (field && !fieldErrors[field]) fieldErrors[field] = item.msg;
  }
  return fieldErrors;
}
