/**
 * @jest-environment node
 */
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { createLogger, logger, traceFields } from "./logger";

const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("test");

function capture(): { lines: Record<string, unknown>[]; log: ReturnType<typeof createLogger> } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ write: (line: string) => lines.push(JSON.parse(line)) });
  log.level = "info";
  return { lines, log };
}

describe("without an OpenTelemetry SDK", () => {
  it("adds nothing to a line", () => {
    expect(traceFields()).toEqual({});
    const { lines, log } = capture();
    log.child({ requestId: "abc" }).info("proxied");
    expect(lines[0]).toMatchObject({ requestId: "abc", msg: "proxied", name: "todo-web" });
    expect(lines[0]).not.toHaveProperty("trace_id");
    expect(lines[0]).not.toHaveProperty("span_id");
  });

  it("keeps the app's logger silent in tests", () => {
    expect(logger.level).toBe("silent");
  });
});

describe("with a context manager", () => {
  beforeAll(() => context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable()));
  afterAll(() => context.disable());

  it("puts the active span's ids on every line, a child logger's too", async () => {
    const { lines, log } = capture();
    const ids = await tracer.startActiveSpan("GET /api/[...path]", async (span) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.child({ requestId: "abc" }).info("proxied");
      span.end();
      return span.spanContext();
    });
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(ids.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(lines[0]).toMatchObject({ requestId: "abc", trace_id: ids.traceId, span_id: ids.spanId });
  });

  it("adds nothing outside a span or inside an invalid one", () => {
    const { lines, log } = capture();
    log.info("outside");
    const invalid = trace.wrapSpanContext({ traceId: "0".repeat(32), spanId: "0".repeat(16), traceFlags: 0 });
    context.with(trace.setSpan(context.active(), invalid), () => log.info("invalid"));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toHaveProperty("trace_id");
  });
});
