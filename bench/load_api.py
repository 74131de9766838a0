"""Load test of the web API on loopback: N concurrent requests (default 200), no errors allowed.

    .venv/bin/python bench/load_api.py                  # ingests examples/ into a temp store
    .venv/bin/python bench/load_api.py --db newsdesk.duckdb --requests 400

Starts `newsdesk serve` in a subprocess on 127.0.0.1 (a free port), with the GET cache off and
then on, and each time fires all requests at once
from one httpx.AsyncClient (a mix of API reads and two HTML pages), and reports latency
percentiles. Writes the result under "## Web API load" in bench/RESULTS.md (--no-write: don't).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
HEADING = "## Web API load"
SERVE = "import sys; from newsdesk.cli import main; sys.exit(main(sys.argv[1:]))"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(path: Path) -> None:
    from newsdesk import ingest
    from newsdesk.options import Options

    report = ingest([str(ROOT / "examples")], db=str(path), options=Options(quiet=True))
    print(f"store: {report.summary()}", file=sys.stderr)


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not start")


def request_mix(base: str, n: int) -> list[str]:
    """n URLs cycling over the API's read routes (and the reader and dyad pages)."""
    with httpx.Client(timeout=10) as client:
        articles = client.get(f"{base}/api/articles", params={"limit": 20}).json()["items"]
        dyads = client.get(f"{base}/api/dyads").json()["items"]
    aid = articles[0]["id"] if articles else "none"
    dyad = f"{dyads[0]['a']}:{dyads[0]['b']}" if dyads else "CHN:RUS"
    routes = ["/api/health", "/api/articles?limit=20", "/api/articles?q=minister",
              f"/api/articles/{aid}", "/api/events?limit=50", f"/api/events?dyad={dyad}",
              "/api/events?modality=asserted&since=2020-01-01", "/api/stories",
              f"/api/dyads?dyad={dyad}&by=month", "/api/dyads", "/api/quotes?limit=50",
              f"/articles/{aid}", f"/dyads?dyad={dyad}"]
    return [base + routes[i % len(routes)] for i in range(n)]


async def fire(urls: list[str]) -> tuple[list[float], list[str], float]:
    limits = httpx.Limits(max_connections=len(urls), max_keepalive_connections=len(urls))
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        async def one(url: str):
            t0 = time.perf_counter()
            try:
                resp = await client.get(url)
                error = None if resp.status_code == 200 else f"{resp.status_code} {url}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__} {url}"
            return time.perf_counter() - t0, error

        t0 = time.perf_counter()
        results = await asyncio.gather(*(one(u) for u in urls))
        wall = time.perf_counter() - t0
    return [r[0] for r in results], [r[1] for r in results if r[1]], wall


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def write_section(text: str) -> None:
    """Replace this benchmark's section of RESULTS.md (other sections are left as they are)."""
    old = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = text.rstrip("\n") + "\n\n"
    new = pattern.sub(lambda _: text, old) if pattern.search(old) else (
        old.rstrip("\n") + "\n\n" + text)
    new = new.rstrip("\n") + "\n"
    RESULTS.write_text(new)


def run_once(db: Path, n: int, cache: bool) -> tuple[str, int]:
    """One server, one burst of n concurrent GETs; (summary line, errors)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-c", SERVE, "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port),
                             "--cache", "512" if cache else "0"], env=env)
    try:
        wait_ready(base, proc)
        urls = request_mix(base, n)
        asyncio.run(fire(urls[:20]))  # warm-up (templates, first queries)
        latencies, errors, wall = asyncio.run(fire(urls))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    ms = [x * 1000 for x in latencies]
    summary = (f"{len(urls)} concurrent GETs, GET cache {'on' if cache else 'off'}: "
               f"{len(errors)} errors; latency ms p50 {statistics.median(ms):.0f}, "
               f"**p95 {percentile(ms, 95):.0f}**, max {max(ms):.0f}; wall {wall:.2f} s "
               f"({len(urls) / wall:.0f} req/s)")
    print(summary)
    for e in errors[:10]:
        print("  error:", e)
    return summary, len(errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="an existing store (default: ingest examples/ into a temp one)")
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        if not args.db:
            build_store(db)
        runs = [run_once(db, args.requests, cache) for cache in (False, True)]
    load = os.getloadavg()[0]
    if not args.no_write:
        write_section(
            f"{HEADING}\n\n`.venv/bin/python bench/load_api.py` ({time.strftime('%Y-%m-%d')}, "
            f"{os.cpu_count()} CPUs shared with other jobs, load average {load:.1f}, "
            f"Python {platform.python_version()}): `newsdesk serve` (one uvicorn process) on "
            f"127.0.0.1 over the examples/ store; one httpx.AsyncClient fires every request at "
            f"once, cycling over 13 routes (11 API reads, the reader and the dyad page). With the "
            f"cache on, GET responses are kept until the next write. On a busy machine these "
            f"numbers are mostly CPU contention; run it on a quiet one for representative "
            f"latencies.\n\n" + "".join(f"- {summary}\n" for summary, _ in runs))
    return 1 if any(errors for _, errors in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
