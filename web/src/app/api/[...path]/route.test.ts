/**
 * @jest-environment node
 */
import { DELETE, GET, MAX_BODY_BYTES, PATCH, POST, UPSTREAM_TIMEOUT_MS } from "./route";
import { logger } from "@/lib/logger";

const context = (...path: string[]) => ({ params: Promise.resolve({ path }) });
// What a browser sends with every request that changes something, from a page of this app.
const SAME_ORIGIN = { Origin: "http://web.test" };
const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

beforeEach(() => {
  process.env.BACKEND_URL = "http://backend.test:8000/";
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

afterEach(() => jest.restoreAllMocks());

it("forwards the path, query string and chosen headers with a request id", async () => {
  fetchMock.mockResolvedValue(
    new Response('{"items":[]}', { status: 200, headers: { "Content-Type": "application/json", "X-Request-ID": "abc" } }),
  );
  const request = new Request("http://web.test/api/v1/todos?completed=true&q=a%20b", {
    headers: {
      Accept: "application/json",
      "X-Request-ID": "abc",
      Cookie: "secret=1",
      "Last-Event-ID": "41",
      "X-Forwarded-For": "10.0.0.9, 203.0.113.7",
    },
  });
  const response = await GET(request, context("v1", "todos"));

  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe("http://backend.test:8000/api/v1/todos?completed=true&q=a%20b");
  const sent = new Headers(init.headers);
  expect(sent.get("x-request-id")).toBe("abc");
  expect(sent.get("accept")).toBe("application/json");
  expect(sent.get("last-event-id")).toBe("41");
  expect(sent.get("cookie")).toBeNull();
  expect(sent.get("x-forwarded-for")).toBe("203.0.113.7"); // the client as the nearest hop saw it
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toBe("abc");
  expect(response.headers.get("cache-control")).toBe("no-cache");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  expect(await response.text()).toBe('{"items":[]}');
});

it("replaces an invalid request id with a new one", async () => {
  fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
  const request = new Request("http://web.test/api/v1/todos/1", { method: "PATCH", headers: { ...SAME_ORIGIN, "X-Request-ID": "bad id!" } });
  const response = await PATCH(request, context("v1", "todos", "1"));
  const sentId = new Headers(fetchMock.mock.calls[0]![1].headers).get("x-request-id");
  expect(sentId).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.headers.get("x-request-id")).toBe(sentId);
  expect(response.status).toBe(204);
});

it("forwards a JSON body with If-Match and rewrites the Location", async () => {
  fetchMock.mockResolvedValue(
    new Response("{}", { status: 201, headers: { Location: "http://backend.test:8000/api/v1/todos/7", ETag: '"1"' } }),
  );
  const request = new Request("http://web.test/api/v1/todos", {
    method: "POST",
    headers: { ...SAME_ORIGIN, "Content-Type": "application/json", "If-Match": '"3"' },
    body: '{"title":"x"}',
  });
  const response = await POST(request, context("v1", "todos"));
  const init = fetchMock.mock.calls[0]![1];
  expect(init.method).toBe("POST");
  expect(new TextDecoder().decode(init.body as ArrayBuffer)).toBe('{"title":"x"}');
  expect(new Headers(init.headers).get("if-match")).toBe('"3"');
  expect(response.headers.get("location")).toBe("/api/v1/todos/7");
  expect(response.headers.get("etag")).toBe('"1"');
});

it("streams the body through without waiting for its end", async () => {
  let push: (text: string) => void = () => undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (text) => controller.enqueue(new TextEncoder().encode(text));
    },
  });
  fetchMock.mockResolvedValue(new Response(stream, { headers: { "Content-Type": "text/event-stream" } }));
  const response = await GET(new Request("http://web.test/api/v1/todos/events"), context("v1", "todos", "events"));
  expect(response.headers.get("content-type")).toBe("text/event-stream");

  const reader = response.body!.getReader();
  push("retry: 3000\n\n");
  expect(new TextDecoder().decode((await reader.read()).value)).toBe("retry: 3000\n\n");
  push("id: 1\nevent: reset\ndata: {}\n\n");
  expect(new TextDecoder().decode((await reader.read()).value)).toContain("id: 1");
  await reader.cancel();
});

it("answers 502 problem details when the backend is unreachable, naming it only in the log", async () => {
  const warn = jest.fn();
  jest.spyOn(logger, "child").mockReturnValue({ info: jest.fn(), warn } as unknown as ReturnType<typeof logger.child>);
  fetchMock.mockRejectedValue(new TypeError("fetch failed"));
  const response = await GET(new Request("http://web.test/api/v1/todos"), context("v1", "todos"));
  expect(response.status).toBe(502);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.text();
  expect(body).not.toContain("backend.test");
  expect(JSON.parse(body)).toEqual({
    type: "about:blank",
    title: "Bad Gateway",
    status: 502,
    detail: "The API is not reachable",
  });
  expect(warn).toHaveBeenCalledWith(
    { err: "fetch failed", backend: "http://backend.test:8000" },
    "backend unreachable",
  );
});

const postWith = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://web.test/api/v1/todos", {
    method: "POST",
    headers: { ...SAME_ORIGIN, "Content-Type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toEqual({
    type: "about:blank",
    title: "Content Too Large",
    status: 413,
    detail: `The request body exceeds the limit of ${MAX_BODY_BYTES} bytes.`,
  });
  expect(fetchMock).not.toHaveBeenCalled();
}

it("refuses a body declared larger than 1 MiB without reading it", async () => {
  const request = postWith("{}", { "Content-Length": String(MAX_BODY_BYTES + 1) });
  const read = jest.spyOn(request, "arrayBuffer");
  await expectTooLarge(await POST(request, context("v1", "todos")));
  expect(read).not.toHaveBeenCalled();
  expect(request.bodyUsed).toBe(false);
});

it("stops reading a body that grows past 1 MiB, whatever its length said", async () => {
  let pulled = 0;
  const chunk = new Uint8Array(256 * 1024);
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      controller.enqueue(chunk);
    },
  });
  await expectTooLarge(await POST(postWith(endless), context("v1", "todos")));
  expect(pulled).toBeLessThan(10);
});

it("gives up quietly when the browser stops sending the body", async () => {
  const broken = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.error(new TypeError("terminated"));
    },
  });
  const response = await POST(postWith(broken), context("v1", "todos"));
  expect(response.status).toBe(499);
  expect(fetchMock).not.toHaveBeenCalled();
});

it("forwards a body of exactly 1 MiB", async () => {
  fetchMock.mockResolvedValue(new Response("{}", { status: 201 }));
  const response = await POST(postWith("x".repeat(MAX_BODY_BYTES)), context("v1", "todos"));
  expect(response.status).toBe(201);
  expect((fetchMock.mock.calls[0]![1].body as Uint8Array).byteLength).toBe(MAX_BODY_BYTES);
});

it("answers 504 problem details when the backend does not answer in time", async () => {
  const deadline = new AbortController();
  const timeout = jest.spyOn(AbortSignal, "timeout").mockReturnValue(deadline.signal);
  fetchMock.mockImplementation(
    (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal!.addEventListener("abort", () => reject(init.signal!.reason));
        deadline.abort(new DOMException("timed out", "TimeoutError"));
      }),
  );
  const response = await GET(new Request("http://web.test/api/v1/todos"), context("v1", "todos"));
  expect(timeout).toHaveBeenCalledWith(UPSTREAM_TIMEOUT_MS);
  expect(response.status).toBe(504);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toEqual({
    type: "about:blank",
    title: "Gateway Timeout",
    status: 504,
    detail: "The API did not answer within 30 seconds",
  });
});

it("gives an event stream no deadline, and other requests the browser's signal too", async () => {
  const timeout = jest.spyOn(AbortSignal, "timeout");
  fetchMock.mockImplementation(async () => new Response("", { status: 200 }));
  const browser = new AbortController();
  const events = new Request("http://web.test/api/v1/todos/events", {
    headers: { Accept: "text/event-stream" },
    signal: browser.signal,
  });
  await GET(events, context("v1", "todos", "events"));
  expect(timeout).not.toHaveBeenCalled();

  const list = new Request("http://web.test/api/v1/todos", { signal: browser.signal });
  await GET(list, context("v1", "todos"));
  expect(timeout).toHaveBeenCalledTimes(1);
  const sent = fetchMock.mock.calls[1]![1].signal!;
  expect(sent.aborted).toBe(false);
  browser.abort();
  expect(sent.aborted).toBe(true);
});

it("refuses dot segments instead of forwarding them", async () => {
  const response = await GET(new Request("http://web.test/api/x"), context("..", "metrics"));
  expect(response.status).toBe(404);
  expect(fetchMock).not.toHaveBeenCalled();
});

it("does not blame the backend when the browser went away", async () => {
  const controller = new AbortController();
  fetchMock.mockImplementation(async () => {
    controller.abort();
    throw new DOMException("aborted", "AbortError");
  });
  const request = new Request("http://web.test/api/v1/todos/events", { signal: controller.signal });
  const response = await GET(request, context("v1", "todos", "events"));
  expect(response.status).toBe(499);
});

describe("the session", () => {
  const TOKEN = "tok_abc-123";

  it("turns the session cookie into a bearer token, and forwards no credentials of the browser's own", async () => {
    fetchMock.mockResolvedValue(new Response("{}", { status: 200 }));
    const request = new Request("http://web.test/api/v1/todos", {
      headers: { Cookie: `theme=dark; todo_session=${TOKEN}`, Authorization: "Bearer someone-elses" },
    });
    await GET(request, context("v1", "todos"));
    const sent = new Headers(fetchMock.mock.calls[0]![1].headers);
    expect(sent.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(sent.get("cookie")).toBeNull();
  });

  it("adds the bearer token to the event stream too", async () => {
    fetchMock.mockResolvedValue(new Response("", { headers: { "Content-Type": "text/event-stream" } }));
    const request = new Request("http://web.test/api/v1/todos/events", {
      headers: { Accept: "text/event-stream", Cookie: `todo_session=${TOKEN}` },
    });
    await GET(request, context("v1", "todos", "events"));
    expect(new Headers(fetchMock.mock.calls[0]![1].headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  it("forwards no Authorization at all without the cookie, nor for a cookie that holds no token", async () => {
    fetchMock.mockImplementation(async () => new Response("{}", { status: 401 }));
    await GET(new Request("http://web.test/api/v1/todos", { headers: { Authorization: "Bearer x" } }), context("v1", "todos"));
    await GET(
      new Request("http://web.test/api/v1/todos", { headers: { Cookie: "todo_session=a b" } }),
      context("v1", "todos"),
    );
    for (const [, init] of fetchMock.mock.calls) expect(new Headers(init.headers).get("authorization")).toBeNull();
  });

  it("refuses the API's login route, whose answer is a token: /session signs in", async () => {
    const request = new Request("http://web.test/api/v1/auth/login", {
      method: "POST",
      headers: { ...SAME_ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
      body: "username=a%40b.c&password=secret",
    });
    const response = await POST(request, context("v1", "auth", "login"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).detail).toContain("/session");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("cross-site requests", () => {
  const unsafe = [
    ["POST", POST],
    ["PATCH", PATCH],
    ["DELETE", DELETE],
  ] as const;

  it.each(unsafe)("refuses a %s from another origin or with no Origin at all", async (method, handler) => {
    const origins: Record<string, string>[] = [{ Origin: "https://evil.example" }, {}, { Origin: "null" }];
    for (const headers of origins) {
      const request = new Request("http://web.test/api/v1/todos/1", {
        method,
        headers: { ...headers, Cookie: "todo_session=tok" },
      });
      const response = await handler(request, context("v1", "todos", "1"));
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ type: "about:blank", title: "Forbidden", status: 403 });
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("says why in the problem's detail", async () => {
    const request = new Request("http://web.test/api/v1/todos/1", { method: "DELETE", headers: { Cookie: "todo_session=tok" } });
    const response = await DELETE(request, context("v1", "todos", "1"));
    expect((await response.json()).detail).toMatch(/^Cross-site request refused: /);
  });

  it("lets a same-origin change through, and a GET with no Origin", async () => {
    fetchMock.mockImplementation(async () => new Response(null, { status: 204 }));
    const remove = new Request("http://web.test/api/v1/todos/1", { method: "DELETE", headers: SAME_ORIGIN });
    expect((await DELETE(remove, context("v1", "todos", "1"))).status).toBe(204);
    expect((await GET(new Request("http://web.test/api/v1/todos"), context("v1", "todos"))).status).toBe(204);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
