// The second layer against cross-site request forgery (the first: the session
// cookie is SameSite=Lax). Browsers send Origin with every POST, PUT, PATCH and
// DELETE, same-origin ones included, and a page cannot forge it: a request
// that changes something must come from a page of this app. A request with no
// Origin is not a browser's; it is refused only if it carries the session
// cookie (a script with no cookie has no credentials to abuse, and stays free
// to use the proxy, as the tests and `curl` do).
import { problem } from "./problem";
import { sessionTokenFrom } from "./session";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

// This app's own origins: the one Next.js built request.url from (its listening
// address), the one the browser asked for (Host: what `HOSTNAME=0.0.0.0` in a
// container does not know), and PUBLIC_ORIGIN's comma-separated list, for a
// TLS proxy in front that makes the browser's origin https://... .
export function ownOrigins(request: Request, publicOrigins = process.env.PUBLIC_ORIGIN): Set<string> {
  const url = new URL(request.url);
  const origins = new Set([url.origin]);
  const host = request.headers.get("host");
  if (host) {
    const fromHost = originOf(`${url.protocol}//${host}`);
    if (fromHost) origins.add(fromHost);
  }
  for (const entry of (publicOrigins ?? "").split(",")) {
    const origin = originOf(entry.trim());
    if (origin) origins.add(origin);
  }
  return origins;
}

// A 403 for an unsafe request from another origin or with none; null when it may go on.
export function refuseCrossSite(request: Request, requestId: string): Response | null {
  if (!UNSAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  if (origin === null ? sessionTokenFrom(request.headers) === null : ownOrigins(request).has(origin)) return null;
  // The answer does not echo the Origin it was sent: a fixed sentence says what was wrong.
  const why = origin === null ? "it has no Origin header" : "its Origin is not this app";
  return problem(403, "Forbidden", `Cross-site request refused: ${why}.`, requestId);
}
