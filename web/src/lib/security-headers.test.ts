import { NON_PAGE_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name, ...values] = directive.split(" ");
      return [name, values.join(" ")];
    }),
  );
}

it("runs only scripts with this request's nonce, never inline ones", () => {
  const policy = directives(pageContentSecurityPolicy("bm9uY2U=", "production"));
  expect(policy["script-src"]).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
  expect(policy["script-src"]).not.toContain("unsafe-inline");
  expect(policy).toMatchObject({
    "default-src": "'self'",
    "connect-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  });
});

it("allows eval in development only, for React's error overlay", () => {
  expect(directives(pageContentSecurityPolicy("n", "development"))["script-src"]).toContain("'unsafe-eval'");
  expect(pageContentSecurityPolicy("n", "production")).not.toContain("unsafe-eval");
  expect(pageContentSecurityPolicy("n", "test")).not.toContain("unsafe-eval");
});

it("lets an API answer load nothing, nor be framed", () => {
  expect(NON_PAGE_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
});

it("sends HSTS from a production server only", () => {
  const keys = (nodeEnv: string) => staticSecurityHeaders(nodeEnv).map((header) => header.key);
  expect(staticSecurityHeaders("production")).toEqual([
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  ]);
  expect(keys("development")).not.toContain("Strict-Transport-Security");
  expect(keys("test")).not.toContain("Strict-Transport-Security");
});
