// The session cookie: the API's bearer token, kept where browser JavaScript
// cannot read it (HttpOnly), so an injected script cannot steal it. Only the
// server side reads it: /session sets and clears it, the /api proxy turns it
// into `Authorization: Bearer`.
export const SESSION_COOKIE = "todo_session";

// RFC 6750's token characters: anything else is not a token of ours, and
// could not sit in a cookie unquoted either.
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/-]{1,200}=*$/;

export function isSessionToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

// Secure everywhere but `next dev` and the tests, which run on plain http.
export function secureCookie(nodeEnv: string | undefined = process.env.NODE_ENV): boolean {
  return nodeEnv !== "development" && nodeEnv !== "test";
}

function attributes(maxAgeSeconds: number, nodeEnv: string | undefined): string {
  // Lax: a cross-site page may link here, but its forms and scripts send no cookie.
  const secure = secureCookie(nodeEnv) ? "; Secure" : "";
  return `Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

export function sessionCookie(token: string, maxAgeSeconds: number, nodeEnv = process.env.NODE_ENV): string {
  return `${SESSION_COOKIE}=${token}; ${attributes(maxAgeSeconds, nodeEnv)}`;
}

export function clearedSessionCookie(nodeEnv = process.env.NODE_ENV): string {
  return `${SESSION_COOKIE}=; ${attributes(0, nodeEnv)}`;
}

// The token in a request's Cookie header, if it holds one.
export function sessionTokenFrom(headers: Headers): string | null {
  const prefix = `${SESSION_COOKIE}=`;
  for (const pair of (headers.get("cookie") ?? "").split(";")) {
    const cookie = pair.trim();
    if (!cookie.startsWith(prefix)) continue;
    const value = cookie.slice(prefix.length);
    if (isSessionToken(value)) return value;
  }
  return null;
}
