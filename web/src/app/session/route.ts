// Sign-in and sign-out for the browser. The browser sends its email and
// password here; this server exchanges them for the API's token and keeps the
// token in an HttpOnly cookie, so no token ever reaches browser JavaScript
// (the /api proxy refuses the API's own login route for the same reason).
import * as z from "zod/mini";
import { backendUrl } from "@/lib/backend";
import { forwardClientAddress } from "@/lib/client-address";
import { logger } from "@/lib/logger";
import { problem } from "@/lib/problem";
import { BodyTooLarge, readBody } from "@/lib/read-body";
import { requestIdFrom } from "@/lib/request-id";
import { refuseCrossSite } from "@/lib/same-origin";
import { TokenSchema } from "@/lib/schemas";
import { clearedSessionCookie, isSessionToken, sessionCookie, sessionTokenFrom } from "@/lib/session";

export const dynamic = "force-dynamic";

// An email and a password fit in far less; more is not a sign-in.
export const MAX_CREDENTIALS_BYTES = 16 * 1024;
export const UPSTREAM_TIMEOUT_MS = 30_000;
// What the browser may see of the API's error answers (never WWW-Authenticate: no credentials prompt).
const FORWARDED_ERROR_HEADERS = ["content-type", "retry-after"];

const CredentialsSchema = z.object({ email: z.string(), password: z.string() });
type Credentials = z.infer<typeof CredentialsSchema>;

const NO_STORE = { "Cache-Control": "no-store" };

async function credentialsOf(request: Request): Promise<Credentials | null> {
  const body = await readBody(request, MAX_CREDENTIALS_BYTES);
  try {
    const parsed = CredentialsSchema.safeParse(JSON.parse(new TextDecoder().decode(body)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function signedIn(token: string, maxAgeSeconds: number, requestId: string): Response {
  const headers = new Headers({ ...NO_STORE, "X-Request-ID": requestId });
  headers.append("Set-Cookie", sessionCookie(token, maxAgeSeconds));
  return new Response(null, { status: 204, headers });
}

// The API's refusal (401, 403, 422, 429...), as the API wrote it.
function passedThrough(upstream: Response, requestId: string): Response {
  const headers = new Headers({ ...NO_STORE, "X-Request-ID": upstream.headers.get("x-request-id") ?? requestId });
  for (const name of FORWARDED_ERROR_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

export async function POST(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const refusal = refuseCrossSite(request, requestId);
  if (refusal) return refusal;
  const log = logger.child({ requestId, method: "POST", path: "/session" });

  let credentials: Credentials | null;
  try {
    credentials = await credentialsOf(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return problem(413, "Content Too Large", `The request body exceeds the limit of ${MAX_CREDENTIALS_BYTES} bytes.`, requestId);
    }
    return new Response(null, { status: 499 });
  }
  if (!credentials) {
    return problem(422, "Unprocessable Entity", "Send a JSON object with an email and a password.", requestId);
  }

  let upstream: Response;
  try {
    // OAuth2's password flow: a form, with the email as `username`.
    const headers = new Headers({
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/json",
      "X-Request-ID": requestId,
    });
    forwardClientAddress(request.headers, headers); // the API throttles failed sign-ins per client address
    upstream = await fetch(`${backendUrl()}/api/v1/auth/login`, {
      method: "POST",
      headers,
      body: new URLSearchParams({ username: credentials.email, password: credentials.password }),
      cache: "no-store",
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, "sign-in: backend unreachable");
    return problem(502, "Bad Gateway", "The API is not reachable", requestId);
  }
  log.info({ status: upstream.status }, "sign-in");
  if (!upstream.ok) return passedThrough(upstream, requestId);

  const token = TokenSchema.safeParse(await upstream.json().catch(() => null));
  if (!token.success || !isSessionToken(token.data.access_token)) {
    log.error("sign-in: the API answered 200 without a token");
    return problem(502, "Bad Gateway", "The API sent an unexpected answer", requestId);
  }
  return signedIn(token.data.access_token, token.data.expires_in, requestId);
}

export async function DELETE(request: Request): Promise<Response> {
  const requestId = requestIdFrom(request.headers);
  const refusal = refuseCrossSite(request, requestId);
  if (refusal) return refusal;

  const token = sessionTokenFrom(request.headers);
  if (token) {
    // Ending the API's session is a courtesy: the cookie goes whatever the API says.
    try {
      await fetch(`${backendUrl()}/api/v1/auth/logout`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "X-Request-ID": requestId },
        cache: "no-store",
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      logger.child({ requestId }).warn({ err: error instanceof Error ? error.message : String(error) }, "sign-out: backend unreachable");
    }
  }
  const headers = new Headers({ ...NO_STORE, "X-Request-ID": requestId });
  headers.append("Set-Cookie", clearedSessionCookie());
  return new Response(null, { status: 204, headers });
}
