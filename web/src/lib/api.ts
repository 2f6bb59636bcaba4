// The one place the browser talks to the API (accounts and sign-in: account-api.ts).
// Every URL is relative: the browser only ever calls the web app's own origin,
// whose /api route forwards to the backend (src/app/api/[...path]/route.ts),
// adding the session cookie's token.
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
import { sessionExpired } from "./session-expiry";

export const TODOS_PATH = "/api/v1/todos";
export const TODO_EVENTS_PATH = `${TODOS_PATH}/events`;

// The backend answered with an error status (a problem details body when it has one).
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemWithErrors | null;
  // Seconds to wait, from a 429's or 503's Retry-After.
  readonly retryAfter: number | null;

  constructor(status: number, problem: ProblemWithErrors | null, message?: string, retryAfter: number | null = null) {
    super(message ?? problem?.detail ?? problem?.title ?? `The request failed (HTTP ${status}).`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
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

// Retry-After in seconds (the API never sends the HTTP-date form).
function retryAfterOf(response: Response): number | null {
  const value = response.headers.get("retry-after");
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { cache: "no-store", ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new NetworkError();
  }
  if (GATEWAY_STATUSES.has(response.status)) throw new NetworkError();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), undefined, retryAfterOf(response));
  return response;
}

// A request that needs the session: a 401 means it has expired, so off to sign in.
export async function sendSignedIn(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await send(path, init);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) sessionExpired();
    throw error;
  }
}

export async function parsed<T>(response: Response, schema: z.ZodMiniType<T>): Promise<T> {
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new ApiError(response.status, null, "The server sent an unexpected response.");
  return result.data;
}

export function jsonInit(method: string, body: unknown, version?: number): RequestInit {
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
  const response = await sendSignedIn(`${TODOS_PATH}?${todoQueryString(query)}`, { signal });
  return parsed(response, TodosPageSchema);
}

export async function getTodo(id: number): Promise<Todo> {
  return parsed(await sendSignedIn(`${TODOS_PATH}/${id}`), TodoSchema);
}

export async function createTodo(body: TodoCreate): Promise<Todo> {
  return parsed(await sendSignedIn(TODOS_PATH, jsonInit("POST", body)), TodoSchema);
}

// `version` is the one the user saw: a 412 means someone changed the todo since.
export async function updateTodo(id: number, patch: TodoUpdate, version: number): Promise<Todo> {
  return parsed(await sendSignedIn(`${TODOS_PATH}/${id}`, jsonInit("PATCH", patch, version)), TodoSchema);
}

export async function deleteTodo(id: number, version: number): Promise<void> {
  await sendSignedIn(`${TODOS_PATH}/${id}`, { method: "DELETE", headers: { "If-Match": `"${version}"` } });
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 429 && error.retryAfter !== null) {
    return `Too many attempts: try again in ${error.retryAfter} s`;
  }
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
