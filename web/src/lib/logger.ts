// Server-side structured logs. Production writes one JSON object per line
// (for the log collector); development pretty-prints through pino-pretty;
// tests stay quiet unless LOG_LEVEL asks otherwise.
import pino from "pino";

function defaultLevel(): string {
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}

export const logger = pino({
  name: "todo-web",
  level: process.env.LOG_LEVEL ?? defaultLevel(),
  ...(process.env.NODE_ENV === "development" && {
    transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } },
  }),
});
