"""HTTP throughput/latency and SSE fan-out benchmark for the Todo API.

Measures, in one run (so the ratios are comparable, absolute figures move between runs):
  * wrk load (50 connections, 2 threads, core 1) against `todo-app serve` (1 uvicorn worker, core 0) on
    SQLite and PostgreSQL: GET one todo, list, POST, PATCH; and a bare FastAPI hello-world as the reference.
  * SSE: 1,000 subscribers on /api/v1/todos/events, 5 changes, POST-to-`id:`-line delivery time; then
    5,000 idle subscribers and the server's RSS.
It prints figures next to the team's targets and asserts nothing. `cpu ms/req` is the server process's CPU time
per request: unlike req/s it hardly moves when something else shares the machine.

Run:  cd /work/main && uv run python bench/api_bench.py [--quick]     (--quick: 3 s per wrk scenario)
Needs `wrk` (apt-get install wrk) for the HTTP part, PostgreSQL server binaries for the PostgreSQL rows.
"""
import argparse, asyncio, os, resource, shutil, signal, subprocess, sys, tempfile, time
from pathlib import Path

import httpx
from todo_app.tests.support import PostgresServer, find_pg_bindir, free_port

CONNS, THREADS, SEED, FANOUT_N, IDLE_N, CHANGES = 50, 2, 100, 1000, 5000, 5
HELLO_APP = 'from fastapi import FastAPI\napp = FastAPI()\n\n@app.get("/")\nasync def hello():\n    return {"message": "Hello World"}\n'
# wrk calls done() once at the end; one parseable line instead of scraping wrk's human-readable report.
LUA_DONE = """
done = function(s, lat, req)
  local e = s.errors
  io.write(string.format("BENCH %d %d %.3f %.3f %d %d\\n", s.requests, s.duration,
    lat:percentile(50) / 1000, lat:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
"""
LUA_POST = 'wrk.method = "POST"\nwrk.body = \'{"title": "bench"}\'\nwrk.headers["Content-Type"] = "application/json"\n'
# Every PATCH carries a title never sent before (thread id + counter), so each one really writes and emits an
# event; the two threads start half the id range apart so they rarely race on the same row.
LUA_PATCH = """
local made = 0
function setup(thread) made = made + 1; thread:set("tid", made) end
local n = 0
function request()
  n = n + 1
  local id = FIRST + (n + tid * 50) % COUNT
  return wrk.format("PATCH", "/api/v1/todos/" .. id, {["Content-Type"] = "application/json"},
                    string.format('{"title": "bench %d-%d"}', tid, n))
end
"""
HAS_TASKSET = shutil.which("taskset") is not None


def pinned(core: int, cmd: list[str]) -> list[str]:
    return ["taskset", "-c", str(core), *cmd] if HAS_TASKSET else cmd


class Bench:
    "Owns every process and temp dir it makes, so `close()` can clean up after success, error or Ctrl-C."
    def __init__(self, quick: bool):
        self.duration = 3 if quick else 10
        self.tmp = Path(tempfile.mkdtemp(prefix="api-bench-"))
        self.procs: list[subprocess.Popen] = []
        self.pg = None

    def close(self):
        for p in self.procs:
            if p.poll() is None: p.terminate()
        for p in self.procs:
            try: p.wait(10)
            except subprocess.TimeoutExpired: p.kill(); p.wait()
        try:
            if self.pg: self.pg.stop()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def serve(self, cmd: list[str], env: dict, probe: str) -> tuple[subprocess.Popen, str]:
        "Start a server on core 0 (its own session, so a terminal Ctrl-C reaches only us) and wait for `probe`."
        port = free_port()
        with open(self.tmp / f"server-{port}.log", "w") as log:
            proc = subprocess.Popen(pinned(0, [*cmd, "--port", str(port)]), env={**os.environ, **env},
                                    stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(url + probe, timeout=1).status_code == 200: return proc, url
            except httpx.TransportError: time.sleep(0.1)
        raise RuntimeError(f"server {cmd} did not start:\n" + (self.tmp / f"server-{port}.log").read_text()[-2000:])

    def todo_server(self, db: str, database_url: str | None):
        env = {"TODO_ENVIRONMENT": "test", "TODO_LOG_LEVEL": "WARNING"}
        if database_url: env["TODO_DATABASE_URL"] = database_url
        else: env["TODO_DATA_DIR"] = tempfile.mkdtemp(prefix=f"{db}-", dir=self.tmp)
        return self.serve([str(Path(sys.executable).parent / "todo-app"), "serve"], env, "/health")

    def stop(self, proc: subprocess.Popen):
        proc.terminate()
        try: proc.wait(20)
        except subprocess.TimeoutExpired: proc.kill(); proc.wait()  # e.g. still flushing thousands of streams

    def wrk(self, url: str, lua: str, pid: int) -> dict:
        "One wrk scenario from core 1; the figures from our done() line, plus the server's CPU time per request."
        # Let the previous scenario's in-flight requests drain: on PostgreSQL, a PATCH burst landing on the tail
        # of the POST run stalls the pool for its 30 s timeout (all 15 connections held by requests waiting for a
        # threadpool token to serialise their response, all 40 tokens held by threads waiting for a connection).
        time.sleep(3)
        script = self.tmp / "scenario.lua"
        script.write_text(lua + LUA_DONE)
        cmd = pinned(1, ["wrk", f"-t{THREADS}", f"-c{CONNS}", f"-d{self.duration}s", "--latency", "-s", str(script), url])
        cpu = cpu_seconds(pid)
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=self.duration + 60).stdout
        line = next(l for l in out.splitlines() if l.startswith("BENCH "))
        reqs, dur_us, p50, p99, bad, sock = line.split()[1:]
        return {"rps": int(reqs) / (int(dur_us) / 1e6), "p50": float(p50), "p99": float(p99),
                "errors": int(bad) + int(sock), "cpu_ms": (cpu_seconds(pid) - cpu) * 1000 / max(1, int(reqs))}


def cpu_seconds(pid: int) -> float:
    "utime + stime of the whole process: CPU per request does not depend on what else shares the core."
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"): return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q / 100 * (len(values) - 1)))] if values else float("nan")


async def sse_run(url: str, pid: int, n: int, changes: int) -> tuple[int, list[float], float]:
    "Connect `n` raw-socket subscribers; make `changes` POSTs one at a time; (connected, delivery ms, RSS MB)."
    port = int(url.rsplit(":", 1)[1])
    arrivals: list[list[float]] = [[] for _ in range(changes)]  # arrivals[k]: when each subscriber saw event k
    connected = 0
    gate = asyncio.Semaphore(200)  # bound concurrent handshakes so the listen backlog never overflows

    async def subscriber():
        nonlocal connected
        async with gate:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
            writer.write(b"GET /api/v1/todos/events HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
            while not (line := await reader.readline()).startswith(b"retry:"):  # headers, chunk sizes, then retry:
                if not line: raise ConnectionError("stream closed before retry:")
        connected += 1
        seen = 0
        try:  # chunked framing lines never start with "id:", so matching on the prefix is enough
            while line := await reader.readline():
                if line.startswith(b"id:") and seen < changes:
                    arrivals[seen].append(time.perf_counter()); seen += 1
        finally:
            writer.close()

    tasks = [asyncio.create_task(subscriber()) for _ in range(n)]
    deadline = time.monotonic() + 180
    while connected < n and time.monotonic() < deadline and not all(t.done() for t in tasks):
        await asyncio.sleep(0.05)
    delays: list[float] = []
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:
        for k in range(changes):
            sent = time.perf_counter()
            (await client.post("/api/v1/todos", json={"title": f"fan-out {k}"})).raise_for_status()
            until = time.monotonic() + 30
            while len(arrivals[k]) < connected and time.monotonic() < until: await asyncio.sleep(0.002)
            delays += [(t - sent) * 1000 for t in arrivals[k]]
            if len(arrivals[k]) < connected: print(f"    event {k}: only {len(arrivals[k])}/{connected} received in 30 s")
    await asyncio.sleep(1)  # let the server settle, then sample RSS while every subscriber is still connected
    rss = rss_mb(pid)
    for t in tasks: t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return connected, delays, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 s per wrk scenario instead of 10 s")
    quick = parser.parse_args().quick
    # SIGTERM should clean up like Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    # 5,000 subscribers need >5,000 descriptors on both sides; servers inherit this limit from us.
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    bench, started = Bench(quick), time.monotonic()
    try:
        print(f"api_bench: {'quick' if quick else 'full'}, {bench.duration} s per scenario, {CONNS} connections, "
              f"{THREADS} wrk threads; taskset: {'server core 0, load core 1' if HAS_TASKSET else 'missing, unpinned'}; "
              f"open files {hard}; load {os.getloadavg()[0]:.2f}")
        dbs: list[tuple[str, str | None]] = [("sqlite", None)]
        if bindir := find_pg_bindir():
            bench.pg = PostgresServer(bindir).start()  # PostgreSQL itself is not pinned: it uses either core
            dbs.append(("postgres", bench.pg.create_database()))
        else:
            print("PostgreSQL binaries not found: PostgreSQL rows skipped")
        if HAS_TASKSET: os.sched_setaffinity(0, {1})  # this process (seeding, SSE clients) is load: core 1
        rows = []
        if not shutil.which("wrk"):
            print("wrk not found (apt-get install -y wrk): HTTP load part skipped")
        else:
            (bench.tmp / "hello_app.py").write_text(HELLO_APP)
            proc, url = bench.serve([sys.executable, "-m", "uvicorn", "hello_app:app", "--app-dir", str(bench.tmp),
                                     "--workers", "1", "--no-access-log", "--log-level", "warning"], {}, "/")
            hello = bench.wrk(url + "/", "", proc.pid)
            rows.append(("hello-world", "-", hello))
            bench.stop(proc)
            for db, database_url in dbs:
                proc, url = bench.todo_server(db, database_url)
                with httpx.Client(base_url=url) as client:
                    ids = [client.post("/api/v1/todos", json={"title": f"seed {i}"}).json()["id"] for i in range(SEED)]
                patch = LUA_PATCH.replace("FIRST", str(ids[0])).replace("COUNT", str(SEED))
                for name, path, lua in [("GET one", f"/api/v1/todos/{ids[SEED // 2]}", ""), ("list", "/api/v1/todos", ""),
                                        ("POST", "/api/v1/todos", LUA_POST), ("PATCH", "/api/v1/todos", patch)]:
                    rows.append((name, db, bench.wrk(url + path, lua, proc.pid)))
                bench.stop(proc)
            print(f"\n{'scenario':<12}{'db':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
                  f"{'cpu ms/req':>11}{'% hello':>9}{'target':>9}")
            for name, db, r in rows:
                ratio = f"{100 * r['rps'] / hello['rps']:.0f} %" if name != "hello-world" else ""
                target = ">= 40 %" if name == "GET one" else ""
                print(f"{name:<12}{db:<10}{r['rps']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}{r['errors']:>8}"
                      f"{r['cpu_ms']:>11.2f}{ratio:>9}{target:>9}")
        # SSE: a fresh server per part, so the idle figure is not inflated by the previous part's garbage.
        print(f"\n{'SSE':<26}{'db':<10}{'connected':>10}{'p50 ms':>9}{'p99 ms':>9}{'target p99':>11}"
              f"{'RSS MB':>9}{'target RSS':>11}")
        for db, database_url in dbs:
            for n, changes in [(FANOUT_N, CHANGES), (IDLE_N, 0)]:
                proc, url = bench.todo_server(db, database_url)
                base = rss_mb(proc.pid)
                connected, delays, rss = asyncio.run(sse_run(url, proc.pid, n, changes))
                label = f"{n} x {changes} events" if changes else f"{n} idle (base {base:.0f} MB)"
                p50 = f"{pct(delays, 50):.1f}" if delays else "-"
                p99 = f"{pct(delays, 99):.1f}" if delays else "-"
                print(f"{label:<26}{db:<10}{connected:>10}{p50:>9}{p99:>9}{'<= 250' if changes else '':>11}"
                      f"{rss:>9.0f}{'' if changes else '< 1024':>11}")
                bench.stop(proc)
        print(f"\ndone in {time.monotonic() - started:.0f} s; load {os.getloadavg()[0]:.2f}")
    finally:
        bench.close()


if __name__ == "__main__":
    main()
