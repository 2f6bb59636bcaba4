// Where sign-in sends the browser afterwards: `?next=`, but only a path of this
// app. "https://evil.example", "//evil.example" or "/\evil.example" would make
// our sign-in page a trusted-looking link to someone else's site (an open redirect).
const THIS_APP = "http://this-app.invalid";

export function safeNextPath(next: string | string[] | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  try {
    // The URL parser, not a regular expression, says where the browser would go:
    // it also strips the tabs and newlines of "/\t/evil.example".
    const url = new URL(next, THIS_APP);
    return url.origin === THIS_APP ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

// The sign-in page, to come back to `next` after; slashes stay readable (/login?next=/).
export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next).replaceAll("%2F", "/")}`;
}
