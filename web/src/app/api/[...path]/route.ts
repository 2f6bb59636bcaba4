// Same-origin proxy: the browser calls /api/... on this app, which forwards to
// the backend. No CORS, one origin to secure, and the backend need not be
// exposed. Response bodies are passed through as streams, never buffered, so
// Server-Sent Events at /api/v1/todos/events arrive live.
//
// The browser never holds the API's token: this proxy turns the HttpOnly
// session cookie (set by /session) into `Authorization: Bearer`, and forwards
// no Authorization or Cookie header of the browser's own.
import { backendUrl } from "@/lib/backend";
import { forwardClientAddress } from "@/lib/client-address";
import { logger } from "@/lib/logger";
import { problem } from "@/lib/problem";
import { BodyTooLarge, readBody } from "@/lib/read-body";
import { requestIdFrom } from "@/lib/request-id";
import { refuseCrossSite } from "@/lib/same-origin";
import { sessionTokenFrom } from "@/lib/session";

export const dynamic = "force-dynamic";

// The API refuses larger bodies too; refusing them here keeps them out of our memory.
export const MAX_BODY_BYTES = 1024 * 1024;
// An answer (all of it) must come within this time, except an event stream, which never ends.
export const UPSTREAM_TIMEOUT_MS = 30_000;

const FORWARDED_REQUEST_HEADERS = ["accept", "content-type", "if-match", "last-event-id"];
const FORWARDED_RESPONSE_HEADERS = ["content-type", "etag", "location", "retry-after"];
const BODYLESS_STATUSES = new Set([101, 204, 205, 304]);

interface RouteContext {
  params: Promise<{ path: string[] }>;
}

// The backend's address stays in our logs: users and attackers need not learn it.
const badGateway = (requestId: string) => problem(502, "Bad Gateway", "The API is not reachable", requestId);
const gatewayTimeout = (requestId: string) =>
  problem(504, "Gateway Timeout", `The API did not answer within ${UPSTREAM_TIMEOUT_MS / 1000} seconds`, requestId);
const tooLarge = (requestId: string) =>
  problem(413, "Content Too Large", `The request body exceeds the limit of ${MAX_BODY_BYTES} bytes.`, requestId);
const notFound = (requestId: string) => problem(404, "Not Found", "No such API path", requestId);
// Its answer is a token, which must not reach the browser: /session signs in instead.
const LOGIN_PATH = "v1/auth/login";
const signInElsewhere = (requestId: string) =>
  problem(404, "Not Found", "Sign in with POST /session: the API's login route is not served here.", requestId);

async function proxy(request: Request, context: RouteContext): Promise<Response> {
  const started = performance.now();
  const requestId = requestIdFrom(request.headers);
  const { path } = await context.params;
  // "/api/%2E%2E/metrics" must not reach the backend's /metrics.
  if (path.some((segment) => segment === "." || segment === "..")) return notFound(requestId);
  if (path.join("/") === LOGIN_PATH) return signInElsewhere(requestId);
  const log = logger.child({ requestId, method: request.method, path: `/api/${path.join("/")}` });
  const refusal = refuseCrossSite(request, requestId);
  if (refusal) {
    log.warn({ status: 403, origin: request.headers.get("origin") }, "cross-site request refused");
    return refusal;
  }
  const apiUrl = backendUrl();
  const target = `${apiUrl}/api/${path.map(encodeURIComponent).join("/")}${new URL(request.url).search}`;

  const headers = new Headers({ "X-Request-ID": requestId });
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  forwardClientAddress(request.headers, headers); // the sign-up and reset throttles count the client, not us
  const token = sessionTokenFrom(request.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";

  let body: Uint8Array<ArrayBuffer> | undefined;
  try {
    body = hasBody ? await readBody(request, MAX_BODY_BYTES) : undefined;
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      log.info({ status: 413 }, "request body too large");
      return tooLarge(requestId);
    }
    log.info({ status: 499, err: error instanceof Error ? error.message : String(error) }, "request body not received");
    return new Response(null, { status: 499 });
  }

  // The browser closing an event stream closes the upstream one too; any
  // other request also ends when the backend takes too long.
  const eventStream = request.headers.get("accept")?.includes("text/event-stream") ?? false;
  const timeout = eventStream ? null : AbortSignal.timeout(UPSTREAM_TIMEOUT_MS);
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body,
      redirect: "manual",
      cache: "no-store",
      signal: timeout ? AbortSignal.any([request.signal, timeout]) : request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) {
      log.info({ status: 499 }, "client closed the request");
      return new Response(null, { status: 499 });
    }
    if (timeout?.aborted) {
      log.warn({ backend: apiUrl, timeoutMs: UPSTREAM_TIMEOUT_MS }, "backend timed out");
      return gatewayTimeout(requestId);
    }
    log.warn({ err: error instanceof Error ? error.message : String(error), backend: apiUrl }, "backend unreachable");
    return badGateway(requestId);
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
  const responseBody = BODYLESS_STATUSES.has(upstream.status) ? null : upstream.body;
  return new Response(responseBody, { status: upstream.status, headers: responseHeaders });
}

export { proxy as GET, proxy as POST, proxy as PATCH, proxy as DELETE };
