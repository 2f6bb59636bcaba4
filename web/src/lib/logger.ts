// Server-side structured logs. Production writes one JSON object per line
// (for the log collector); development pretty-prints through pino-pretty;
// tests stay quiet unless LOG_LEVEL asks otherwise.
import { isSpanContextValid, trace } from "@opentelemetry/api";
import pino from "pino";

function defaultLevel(): string {
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

export type TraceFields = { trace_id: string; span_id: string } | Record<string, never>;

// The ids of the span active where a line is written, under the same names as the
// API's logs, so one search finds a request's lines on both sides. Without tracing
// (no SDK registered) there is never an active span: an empty object, nothing else.
export function traceFields(): TraceFields {
  const span = trace.getActiveSpan();
  if (span === undefined) return {};
  const context = span.spanContext();
  return isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}

// Tests pass a destination to read the lines back; the app writes to stdout.
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    name: "todo-web",
    level: process.env.LOG_LEVEL ?? defaultLevel(),
    mixin: traceFields,
    ...(process.env.NODE_ENV === "development" && {
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } },
    }),
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
