import {
  ApiError,
  createTodo,
  deleteTodo,
  errorMessage,
  fieldErrorsOf,
  getTodo,
  isNotFound,
  isStale,
  listTodos,
  NetworkError,
  todoQueryString,
  updateTodo,
} from "./api";
import { installFakeApi, jsonResponse, makeTodo, problem } from "../../test-utils/fake-api";
import { sessionExpired } from "./session-expiry";

jest.mock("./session-expiry", () => ({ sessionExpired: jest.fn() }));

describe("todoQueryString", () => {
  it("sends only the filters that are set", () => {
    expect(todoQueryString({ sort: "-created_at", limit: 20, offset: 0 })).toBe("sort=-created_at&limit=20&offset=0");
    expect(todoQueryString({ completed: false, q: "  milk ", sort: "title", limit: 5, offset: 10 })).toBe(
      "completed=false&q=milk&sort=title&limit=5&offset=10",
    );
  });
});

describe("API client", () => {
  it("lists, creates, reads, updates and deletes todos", async () => {
    const api = installFakeApi([makeTodo()]);
    const page = await listTodos({ sort: "-created_at", limit: 20, offset: 0 });
    expect(page.total).toBe(1);

    const created = await createTodo({ title: "Walk", description: null, priority: "low", due_date: null });
    expect(created).toMatchObject({ id: 2, title: "Walk" });
    expect(api.requests.at(-1)).toMatchObject({ method: "POST", url: "/api/v1/todos" });

    const updated = await updateTodo(1, { completed: true }, 1);
    expect(updated).toMatchObject({ completed: true, version: 2 });
    expect(api.requests.at(-1)?.headers["If-Match"]).toBe('"1"');

    expect(await getTodo(1)).toEqual(updated);
    await deleteTodo(1, 2);
    expect(api.requests.at(-1)).toMatchObject({ method: "DELETE", headers: { "If-Match": '"2"' } });
  });

  it("reports a stale version as a 412 ApiError", async () => {
    installFakeApi([makeTodo({ version: 3 })]);
    const error = await updateTodo(1, { title: "x" }, 2).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(isStale(error)).toBe(true);
    expect(errorMessage(error)).toBe("Version mismatch");
  });

  it("reports a missing todo as a 404", async () => {
    installFakeApi();
    expect(isNotFound(await getTodo(9).catch((caught: unknown) => caught))).toBe(true);
  });

  it("treats a failed fetch and a 502 from the proxy as network errors", async () => {
    const api = installFakeApi();
    api.failNext("network", problem(502, "The API is not reachable"));
    await expect(getTodo(1)).rejects.toBeInstanceOf(NetworkError);
    await expect(getTodo(1)).rejects.toBeInstanceOf(NetworkError);
  });

  it("lets an aborted request stay an abort", async () => {
    const api = installFakeApi();
    api.fetchMock.mockRejectedValueOnce(new DOMException("aborted", "AbortError"));
    await expect(getTodo(1)).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects a response that does not match the schema", async () => {
    const api = installFakeApi();
    api.failNext(jsonResponse(200, { id: "seven" }));
    await expect(getTodo(1)).rejects.toThrow("The server sent an unexpected response.");
  });

  it("describes an error without a problem body by its status", async () => {
    const api = installFakeApi();
    api.failNext({ ok: false, status: 500, headers: new Headers(), json: async () => Promise.reject(new SyntaxError("not json")) });
    await expect(getTodo(1)).rejects.toThrow("The request failed (HTTP 500).");
  });

  it("maps a 422's errors[].loc onto form fields", async () => {
    const api = installFakeApi();
    api.failNext(
      problem(422, "Validation failed", [
        { loc: ["body", "title"], msg: "String should have at least 1 character", type: "string_too_short" },
        { loc: ["body", "title"], msg: "second message for title", type: "x" },
        { loc: ["body", "due_date"], msg: "Input should be a valid date", type: "date_from_datetime_parsing" },
        { loc: ["body"], msg: "JSON decode error", type: "json_invalid" },
      ]),
    );
    const error = await createTodo({ title: "", priority: "medium" }).catch((caught: unknown) => caught);
    expect(fieldErrorsOf(error)).toEqual({
      title: "String should have at least 1 character",
      due_date: "Input should be a valid date",
    });
    expect(fieldErrorsOf(new NetworkError())).toEqual({});
  });

  it("never shows a raw error to the user", () => {
    expect(errorMessage(new Error("TypeError at line 3"))).toBe("Something went wrong. Please try again.");
  });

  it("says how long to wait after a 429 with Retry-After, else the API's words", async () => {
    const api = installFakeApi();
    api.failNext(problem(429, "Too many failed attempts; try again in 7 s.", undefined, { "Retry-After": "7" }));
    const throttled = await getTodo(1).catch((caught: unknown) => caught);
    expect(throttled).toMatchObject({ status: 429, retryAfter: 7 });
    expect(errorMessage(throttled)).toBe("Too many attempts: try again in 7 s");

    api.failNext(problem(429, "Slow down.", undefined, { "Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT" }));
    const dated = await getTodo(1).catch((caught: unknown) => caught);
    expect(dated).toMatchObject({ retryAfter: null });
    expect(errorMessage(dated)).toBe("Slow down.");
  });

  it("treats a todo call's 401 as an expired session", async () => {
    const api = installFakeApi();
    api.failNext(problem(401, "Sign in first: the token is missing, expired or no longer valid."));
    await expect(listTodos({ sort: "-created_at", limit: 20, offset: 0 })).rejects.toMatchObject({ status: 401 });
    expect(sessionExpired).toHaveBeenCalledTimes(1);
  });
});
