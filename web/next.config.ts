import type { NextConfig } from "next";
import { NON_PAGE_CONTENT_SECURITY_POLICY, staticSecurityHeaders } from "./src/lib/security-headers";

const nextConfig: NextConfig = {
  // A self-contained server for the container image (phase 4).
  output: "standalone",
  // pino and its transports load worker threads at run time: keep them out of the bundle.
  serverExternalPackages: ["pino", "pino-pretty"],
  poweredByHeader: false,
  // Pages get their Content Security Policy, with a nonce, from src/proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
      { source: "/session", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
