import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A self-contained server for the container image (phase 4).
  output: "standalone",
  // pino and its transports load worker threads at run time: keep them out of the bundle.
  serverExternalPackages: ["pino", "pino-pretty"],
  poweredByHeader: false,
};

export default nextConfig;
