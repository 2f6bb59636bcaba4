// OpenTelemetry for the Next.js server, loaded by instrumentation.ts only when an
// OTLP endpoint is configured. @vercel/otel (the way Next.js documents) reads the
// standard variables: OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT, _PROTOCOL (http/protobuf
// by default), _HEADERS, OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER(_ARG) (always_on by
// default), OTEL_PROPAGATORS, OTEL_RESOURCE_ATTRIBUTES and OTEL_BSP_*. Next.js makes
// the server span of each request ("GET /api/[...path]"); the fetch instrumentation
// makes a client span for each fetch and sends its `traceparent` to the backend, and
// only to the backend.
import { registerOTel } from "@vercel/otel";
import { backendUrl } from "./backend";

export const DEFAULT_SERVICE_NAME = "todo-web";

export function startTracing(): void {
  registerOTel({
    // OTEL_SERVICE_NAME, when set, wins over this.
    serviceName: DEFAULT_SERVICE_NAME,
    // W3C trace context only, unless OTEL_PROPAGATORS says otherwise: a browser's
    // `baggage` header would otherwise reach the backend past the proxy's header allow-list.
    propagators: process.env.OTEL_PROPAGATORS ? undefined : ["tracecontext"],
    instrumentationConfig: {
      // The trace context goes to the backend and nowhere else (by default only to localhost).
      fetch: { propagateContextUrls: [`${backendUrl()}/`] },
    },
  });
}
