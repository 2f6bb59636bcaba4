/**
 * @jest-environment node
 */
import { GET, PATCH, POST } from "./route";

const context = (...path: string[]) => ({ params: Promise.resolve({ path }) });
const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();

beforeEach(() => {
  process.env.BACKEND_URL = "http://backend.test:8000/";
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

it("forwards the path, query string and chosen headers with a request id", async () => {
  fetchMock.mockResolvedValue(
    new Response('{"items":[]}', { status: 200, headers: { "Content-Type": "application/json", "X-Request-ID": "abc" } }),
  );
  const request = new Request("http://web.test/api/v1/todos?completed=true&q=a%20b", {
    headers: { Accept: "application/json", "X-Request-ID": "abc", Cookie: "secret=1", "Last-Event-ID": "41" },
  });
  const response = await GET(request, context("v1", "todos"));

  const [url, init] = fetchMock.mock.calls[0]!;
  expect(url).toBe("http://backend.test:8000/api/v1/todos?completed=true&q=a%20b");
  const sent = new Headers(init.headers);
  expect(sent.get("x-request-id")).toBe("abc");
  expect(sent.get("accept")).toBe("application/json");
  expect(sent.get("last-event-id")).toBe("41");
  expect(sent.get("cookie")).toBeNull();
  expect(response.status).toBe(200);
  expect(response.headers.get("x-request-id")).toBe("abc");
  expect(response.headers.get("cache-control")).toBe("no-cache");
  expect(response.headers.get("x-accel-buffering")).toBe("no");
  expect(await response.text()).toBe('{"items":[]}');
});

it("replaces an invalid request id with a new one", async () => {
  fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
  const request = new Request("http://web.test/api/v1/todos/1", { method: "PATCH", headers: { "X-Request-ID": "bad id!" } });
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
    headers: { "Content-Type": "application/json", "If-Match": '"3"' },
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

it("answers 502 problem details when the backend is unreachable", async () => {
  fetchMock.mockRejectedValue(new TypeError("fetch failed"));
  const response = await GET(new Request("http://web.test/api/v1/todos"), context("v1", "todos"));
  expect(response.status).toBe(502);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toEqual({
    type: "about:blank",
    title: "Bad Gateway",
    status: 502,
    detail: "The API at http://backend.test:8000 is not reachable",
  });
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
