// The security headers of every response. Imported by next.config.ts (the
// static ones, on every path) and src/proxy.ts (the pages' Content Security
// Policy, which needs a fresh nonce per request), so it imports nothing.

type NodeEnv = string | undefined;

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

// A page may run only the scripts Next.js marked with this request's nonce
// (it reads the nonce from this header), and those may load others
// ('strict-dynamic'): an injected <script> has no nonce, so it never runs.
// React's development build needs eval to rebuild server error stacks; production never does.
export function pageContentSecurityPolicy(nonce: string, nodeEnv: NodeEnv = process.env.NODE_ENV): string {
  const evalInDev = nodeEnv === "development" ? " 'unsafe-eval'" : "";
  return policy({
    "default-src": "'self'",
    "script-src": `'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}`,
    // React sets style attributes; a style cannot run code.
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  });
}

// JSON and event streams (/api, /session) are never documents: they may load nothing.
export const NON_PAGE_CONTENT_SECURITY_POLICY = policy({ "default-src": "'none'", "frame-ancestors": "'none'" });

export interface Header {
  key: string;
  value: string;
}

export function staticSecurityHeaders(nodeEnv: NodeEnv = process.env.NODE_ENV): Header[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  // Only a production server is reached over https; a browser remembers HSTS for two years.
  if (nodeEnv === "production") {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
