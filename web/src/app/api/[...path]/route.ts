// Same-origin proxy: the browser calls /api/... on this app, which forwards to
// the backend. No CORS, one origin to secure, and the backend need not be
// exposed. Response bodies are passed through as streams, never buffered, so
// Server-Sent Events at /api/v1/todos/events arrive live.
import { backendUrl } from "@/lib/backend";
import { logger } from "@/lib/logger";
import { requestIdFrom } from "@/lib/request-id";

export const dynamic = "force-dynamic";

const FORWARDED_REQUEST_HEADERS = ["accept", "content-type", "if-match", "last-event-id"];
const FORWARDED_RESPONSE_HEADERS = ["content-type", "etag", "location", "retry-after"];
const BODYLESS_STATUSES = new Set([101, 204, 205, 304]);

interface RouteContext {
  params: Promise<{ path: string[] }>;
}

function problem(status: number, title: string, detail: string, requestId: string): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, detail }), {
    status,
    headers: { "Content-Type": "application/problem+json", "X-Request-ID": requestId },
  });
}

const badGateway = (apiUrl: string, requestId: string) =>
  problem(502, "Bad Gateway", `The API at ${apiUrl} is not reachable`, requestId);
const notFound = (requestId: string) => problem(404, "Not Found", "No such API path", requestId);

async function proxy(request: Request, context: RouteContext): Promise<Response> {
  const started = performance.now();
  const requestId = requestIdFrom(request.headers);
  const { path } = await context.params;
  // "/api/%2E%2E/metrics" must not reach the backend's /metrics.
  if (path.some((segment) => segment === "." || segment === "..")) return notFound(requestId);
  const apiUrl = backendUrl();
  const target = `${apiUrl}/api/${path.map(encodeURIComponent).join("/")}${new URL(request.url).search}`;

  const headers = new Headers({ "X-Request-ID": requestId });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const log = logger.child({ requestId, method: request.method, path: `/api/${path.join("/")}` });

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      // Request bodies are small JSON documents (the API caps them at 1 MiB).
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: "manual",
      cache: "no-store",
      // The browser closing an event stream closes the upstream one too.
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) {
      log.info({ status: 499 }, "client closed the request");
      return new Response(null, { status: 499 });
    }
    log.warn({ err: error instanceof Error ? error.message : String(error), backend: apiUrl }, "backend unreachable");
    return badGateway(apiUrl, requestId);
  }

  log.info({ status: upstream.status, durationMs: Math.round(performance.now() - started) }, "proxied");

  const responseHeaders = new Headers({
    "X-Request-ID": upstream.headers.get("x-request-id") ?? requestId,
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
  });
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  // An absolute Location names the backend, which the browser cannot reach.
  const location = responseHeaders.get("location");
  if (location?.startsWith(apiUrl)) responseHeaders.set("location", location.slice(apiUrl.length));
  const body = BODYLESS_STATUSES.has(upstream.status) ? null : upstream.body;
  return new Response(body, { status: upstream.status, headers: responseHeaders });
}

export { proxy as GET, proxy as POST, proxy as PATCH, proxy as DELETE };
