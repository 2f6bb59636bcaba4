/**
 * @jest-environment node
 */
import { registerOTel } from "@vercel/otel";
import { register, tracingEnabled } from "./instrumentation";
import { DEFAULT_SERVICE_NAME } from "./lib/tracing";

jest.mock("@vercel/otel", () => ({ registerOTel: jest.fn() }));

const OTEL_VARIABLES = [
  "OTEL_EXPORTER_OTLP_ENDPOINT",
  "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
  "OTEL_SDK_DISABLED",
  "OTEL_TRACES_EXPORTER",
  "OTEL_PROPAGATORS",
];
const saved = { ...process.env };

beforeEach(() => {
  for (const name of OTEL_VARIABLES) delete process.env[name];
  process.env.NEXT_RUNTIME = "nodejs";
  delete process.env.BACKEND_URL;
  jest.mocked(registerOTel).mockClear();
});

afterAll(() => {
  process.env = saved;
});

it("does nothing without an OTLP endpoint", async () => {
  expect(tracingEnabled()).toBe(false);
  await register();
  expect(registerOTel).not.toHaveBeenCalled();
});

it("does nothing on the edge runtime", async () => {
  process.env.NEXT_RUNTIME = "edge";
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "http://collector:4318";
  await register();
  expect(registerOTel).not.toHaveBeenCalled();
});

it.each([
  [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }, true],
  [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" }, true],
  [{ OTEL_EXPORTER_OTLP_ENDPOINT: "" }, false],
  [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "TRUE" }, false],
  [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "false" }, true],
  [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_TRACES_EXPORTER: "none" }, false],
])("reads the standard variables: %o is %s", (env, enabled) => {
  expect(tracingEnabled(env)).toBe(enabled);
});

it("registers the SDK, sending the trace context to the backend only", async () => {
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "http://collector:4318";
  process.env.BACKEND_URL = "http://api:8000/";
  await register();
  expect(registerOTel).toHaveBeenCalledTimes(1);
  expect(registerOTel).toHaveBeenCalledWith({
    serviceName: DEFAULT_SERVICE_NAME,
    propagators: ["tracecontext"],
    instrumentationConfig: { fetch: { propagateContextUrls: ["http://api:8000/"] } },
  });
});

it("leaves the propagators to OTEL_PROPAGATORS when it is set", async () => {
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = "http://collector:4318";
  process.env.OTEL_PROPAGATORS = "tracecontext,baggage";
  await register();
  expect(jest.mocked(registerOTel).mock.calls[0]![0]).toMatchObject({ propagators: undefined });
});
