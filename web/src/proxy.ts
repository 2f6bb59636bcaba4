// Next.js runs this before rendering a page (Next 16 renamed middleware.ts to
// proxy.ts): it draws a nonce for the page's Content Security Policy and sets
// the policy on the request, where Next.js reads the nonce to put on its own
// scripts, and on the response, where the browser enforces it. The pages are
// rendered per request (the root layout is dynamic), so each gets its own nonce.
import { NextResponse, type NextRequest } from "next/server";
import { pageContentSecurityPolicy } from "@/lib/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Pages only. Not /api or /session: route handlers render no HTML (next.config.ts
// gives them a policy of their own), and a proxy would buffer their request
// bodies. Not static files, and not prefetches (the official guide's advice).
export const config = {
  matcher: [
    {
      source: "/((?!api|session|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
