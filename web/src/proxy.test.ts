/**
 * @jest-environment node
 */
import { NextRequest } from "next/server";
import { config, proxy } from "./proxy";

const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];

it("gives each page a fresh nonce, on the request for Next.js and on the response for the browser", () => {
  const first = proxy(new NextRequest("http://web.test/"));
  const policy = first.headers.get("content-security-policy");
  const nonce = nonceOf(policy);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  // How NextResponse.next hands the changed request headers on to the page's rendering.
  expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);

  const second = proxy(new NextRequest("http://web.test/login"));
  expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
});

it("runs on pages, not on route handlers or static files", () => {
  const { source } = config.matcher[0]!;
  const matches = (path: string) => new RegExp(`^${source}$`).test(path);
  expect(matches("/")).toBe(true);
  expect(matches("/login")).toBe(true);
  expect(matches("/reset-password")).toBe(true);
  expect(matches("/api/v1/todos")).toBe(false);
  expect(matches("/session")).toBe(false);
  expect(matches("/_next/static/chunks/main.js")).toBe(false);
});
