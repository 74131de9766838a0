"""The query commands and `update-corpus` on a real store, read from the file and through a
running `newsdesk serve` (runner/reads.py): wall time per command, and whether the output is
the same.

    .venv/bin/python bench/live_queries.py --db COPY_OF_A_STORE.duckdb [--runs 3] [--no-write]

Each command is run as a user runs it (a new `newsdesk` process, so the times include the
CLI's start-up, measured alone as `newsdesk --version`); the median of --runs. Then the same
commands while `newsdesk serve` holds the store. `update-corpus --full` recomputes the corpus
tables (once each way). The store is written to (the corpus tables): give it a copy.
"""
from __future__ import annotations

import argparse
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine, write_section  # noqa: E402

BIN = Path(sys.executable).parent / "newsdesk"
QUERIES = [
    ("articles",), ("articles", "--limit", "500", "--format", "json"),
    ("events",), ("events", "--actor", "USA", "--limit", "500", "--format", "json"),
    ("stories",), ("dyads",), ("quotes", "--speaker", "Biden"), ("errors",),
]


def timed(args: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    done = subprocess.run([str(BIN), *args], capture_output=True, text=True)
    return time.perf_counter() - t, done


def median_run(args: list[str], runs: int) -> tuple[float, subprocess.CompletedProcess]:
    results = [timed(args) for _ in range(runs)]
    return statistics.median(t for t, _ in results), results[-1][1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def update_line(done: subprocess.CompletedProcess) -> str:
    return (done.stdout.strip() or done.stderr.strip()).splitlines()[-1]


def run(db: str, runs: int) -> str:
    header = machine()
    start_up, _ = median_run(["--version"], runs)
    alone = {q: median_run([*q, "--db", db], runs) for q in QUERIES}
    local_unchanged = timed(["update-corpus", "--db", db])
    local_full = timed(["update-corpus", "--full", "--db", db])

    port = free_port()
    server = subprocess.Popen([str(BIN), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("newsdesk serve did not start")
            time.sleep(0.5)
        served = {q: median_run([*q, "--db", db], runs) for q in QUERIES}
        served_unchanged = timed(["update-corpus", "--db", db])
        served_full = timed(["update-corpus", "--full", "--db", db])
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)

    rows = ["| command | file | through `serve` | same output |", "|---|---|---|---|"]
    for q in QUERIES:
        (t_file, a), (t_srv, b) = alone[q], served[q]
        same = (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr)
        rows.append(f"| `newsdesk {' '.join(q)}` | {t_file:.2f} s | {t_srv:.2f} s | {'yes' if same else 'NO'} |")
    for name, (t_file, a), (t_srv, b) in (("update-corpus", local_unchanged, served_unchanged),
                                           ("update-corpus --full", local_full, served_full)):
        rows.append(f"| `newsdesk {name}` | {t_file:.2f} s | {t_srv:.2f} s | "
                    f"file: {update_line(a)}; served: {update_line(b)} |")
    return (f"`.venv/bin/python bench/live_queries.py --db {Path(db).name} --runs {runs}` — {header}.\n\n"
            f"Wall time of each command as a user runs it (a new process; median of {runs}; "
            f"`newsdesk --version` alone takes {start_up:.2f} s), reading the file, then while "
            "`newsdesk serve` holds it (the server runs the same read: runner/reads.py).\n\n"
            + "\n".join(rows) + "\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--title", default="Query commands while serving")
    ap.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    args = ap.parse_args()
    body = run(args.db, args.runs)
    if args.no_write:
        print(body)
    else:
        write_section(args.title, body)
