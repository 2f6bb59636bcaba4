// Loads a page in headless Chromium and reads the browser's own timings.
// Talks the DevTools protocol over a pipe (--remote-debugging-pipe), so it
// needs no library and no browser download: only a Chromium binary.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Runs in the page: resolves once the todo list (or its empty state) is shown.
const READ_TIMINGS = `new Promise((resolve) => {
  const done = () => document.querySelector('ul[aria-label="Todos"], .empty');
  const report = () => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    resolve({
      firstByte: nav.responseStart,
      firstContentfulPaint: paint ? paint.startTime : null,
      domContentLoaded: nav.domContentLoadedEventEnd,
      todoListShown: performance.now(),
    });
  };
  if (done()) return report();
  new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); report(); } })
    .observe(document.documentElement, { childList: true, subtree: true });
})`;

function connect(chromium, profileDir) {
  const browser = spawn(
    chromium,
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", `--user-data-dir=${profileDir}`, "--remote-debugging-pipe"],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const [toBrowser, fromBrowser] = [browser.stdio[3], browser.stdio[4]];
  const pending = new Map();
  const waiters = [];
  let nextId = 1;
  let buffered = "";
  fromBrowser.on("data", (chunk) => {
    buffered += chunk.toString("utf8");
    let end;
    while ((end = buffered.indexOf("\0")) !== -1) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      } else {
        for (const waiter of waiters.filter((w) => w.method === message.method && w.sessionId === message.sessionId)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message.params);
        }
      }
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }) + "\0");
    });
  const once = (method, sessionId) => new Promise((resolve) => waiters.push({ method, sessionId, resolve }));
  const exited = new Promise((resolve) => browser.once("exit", resolve));
  const close = async () => {
    const forced = setTimeout(() => browser.kill("SIGKILL"), 5000);
    await send("Browser.close").catch(() => browser.kill());
    await exited;
    clearTimeout(forced);
  };
  return { send, once, close };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};

export async function measurePageLoads({ url, runs, chromium }) {
  const profileDir = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const cdp = connect(chromium, profileDir);
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh browser context per run: empty cache, like a first visit.
      const { browserContextId } = await cdp.send("Target.createBrowserContext");
      const { targetId } = await cdp.send("Target.createTarget", { url: "about:blank", browserContextId });
      const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: true });
      await cdp.send("Page.enable", {}, sessionId);
      const loaded = cdp.once("Page.loadEventFired", sessionId);
      await cdp.send("Page.navigate", { url }, sessionId);
      await loaded;
      const { result } = await cdp.send(
        "Runtime.evaluate",
        { expression: READ_TIMINGS, awaitPromise: true, returnByValue: true, timeout: 15000 },
        sessionId,
      );
      samples.push(result.value);
      await cdp.send("Target.disposeBrowserContext", { browserContextId });
    }
  } finally {
    await cdp.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const medianMs = Object.fromEntries(
    Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key] ?? Number.NaN))]),
  );
  return { url, runs, medianMs };
}
