// Prints how much JavaScript the home page makes a browser download, gzipped,
// read from the last `pnpm build` (no server needed). Pass --json for a
// machine-readable line.
//
// With --timing [URL] it also loads the running app (default
// http://127.0.0.1:3000/) in headless Chromium (CHROMIUM, default
// /usr/bin/chromium) RUNS times (default 5), each in a fresh profile with an
// empty cache, and prints the median first paint and the time until the todo
// list is on screen (which needs the JavaScript, the API and the backend).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { measurePageLoads } from "./chromium-timing.mjs";
import { gzipSync } from "node:zlib";

const nextDir = fileURLToPath(new URL("../.next/", import.meta.url));
const manifestPath = join(nextDir, "server/app/page_client-reference-manifest.js");
if (!existsSync(manifestPath)) {
  console.error("No build output: run `pnpm --dir web build` first.");
  process.exit(1);
}

// Scripts every App Router page loads (the runtime, React, the router)...
const { rootMainFiles } = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8"));
// ...and the client components of the root layout and the home page.
const sandbox = { globalThis: {} };
sandbox.globalThis = sandbox;
runInNewContext(readFileSync(manifestPath, "utf8"), sandbox);
const { entryJSFiles } = sandbox.__RSC_MANIFEST["/page"];
const pageFiles = Object.entries(entryJSFiles)
  .filter(([entry]) => entry.endsWith("/src/app/layout") || entry.endsWith("/src/app/page"))
  .flatMap(([, files]) => files);

const files = [...new Set([...rootMainFiles, ...pageFiles])];
const rows = files.map((file) => {
  const bytes = readFileSync(join(nextDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
});
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });

const timingFlag = process.argv.indexOf("--timing");
const timing =
  timingFlag === -1
    ? null
    : await measurePageLoads({
        url: process.argv[timingFlag + 1]?.startsWith("http") ? process.argv[timingFlag + 1] : "http://127.0.0.1:3000/",
        runs: Number(process.env.RUNS ?? 5),
        chromium: process.env.CHROMIUM ?? "/usr/bin/chromium",
      });

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ files: rows, total, timing }));
} else {
  for (const row of rows) console.log(`${kib(row.gzip).padStart(10)} gzip ${kib(row.raw).padStart(10)} raw  ${row.file}`);
  console.log(`${kib(total.gzip).padStart(10)} gzip ${kib(total.raw).padStart(10)} raw  total JavaScript for /`);
  if (timing) {
    console.log(`median of ${timing.runs} cold loads of ${timing.url} (ms):`);
    for (const [name, ms] of Object.entries(timing.medianMs)) console.log(`${String(ms).padStart(10)}  ${name}`);
  }
}
