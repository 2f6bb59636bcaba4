// Next.js calls register() once when a server starts. Tracing is on only when the
// standard OpenTelemetry variables name where spans go; otherwise the SDK is not
// even loaded, and the app costs what it cost before.

// OTEL_SDK_DISABLED and OTEL_TRACES_EXPORTER=none switch it off, as in every OpenTelemetry SDK.
export function tracingEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === "none") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

export async function register(): Promise<void> {
  // The edge runtime has no use for it: everything here runs on Node.
  if (process.env.NEXT_RUNTIME !== "nodejs" || !tracingEnabled()) return;
  const { startTracing } = await import("./lib/tracing");
  startTracing();
}
