"""Ingest scaling: `newsdesk ingest` with 1 and 2 worker processes on the same 300 articles.

    .venv/bin/python bench/ingest_scale.py [--n 300]

Each run starts from an empty database and includes everything a user waits for: starting the
workers (spaCy model load), reading, analysis, and the single writer's DuckDB commits.
Goals: 2 workers >= 1.4x one worker on 2 cores; peak memory per worker < 1.5 GB (the largest
resident set of any worker process, from getrusage in the worker).
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import FIELDS, corpus_lines, machine, write_section  # noqa: E402

from newsdesk import Options, ingest  # noqa: E402
from newsdesk.ingest.records import read_jsonl_lines  # noqa: E402
from newsdesk.pipeline import Pipeline  # noqa: E402
from newsdesk.runner.pool import WorkerPool  # noqa: E402


def timed_ingest(src: str, db: str, workers: int) -> tuple[float, object]:
    t = time.perf_counter()
    report = ingest([src], db=db, options=Options(quiet=True, fields=FIELDS), workers=workers)
    return time.perf_counter() - t, report


def timed_pool(lines: list[str], workers: int) -> float:
    """The pool alone (analysis, records sent back), without the store: what the writer costs
    is the difference from the full ingest."""
    options = Options(quiet=True, fields=FIELDS)
    docs = [d for d in read_jsonl_lines([l.encode() for l in lines], "allsides", options)]
    t = time.perf_counter()
    with WorkerPool(workers, Pipeline(options=options)) as pool:
        for _ in pool.map(enumerate(docs)):
            pass
    return time.perf_counter() - t


def run(n: int = 300, write: bool = True) -> dict:
    header = machine()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("\n".join(corpus_lines(n)) + "\n", encoding="utf-8")
        runs = {w: timed_ingest(str(src), str(Path(tmp) / f"w{w}.duckdb"), w) for w in (1, 2)}
    lines = corpus_lines(n)
    pool = {w: timed_pool(lines, w) for w in (1, 2)}
    (t1, r1), (t2, r2) = runs[1], runs[2]
    speedup = t1 / t2
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = "\n".join(
        f"| {w} | {t:.1f} | {r.inputs / t:.2f} | {r.peak_worker_rss_mb:.0f} | {r.summary()} |"
        for w, (t, r) in runs.items())
    body = f"""`.venv/bin/python bench/ingest_scale.py --n {n}` — {header}.

| workers | seconds | articles/s | peak RSS per worker (MB) | accounting |
| ---: | ---: | ---: | ---: | --- |
{rows}

**Speed-up with 2 workers: {speedup:.2f}x** (goal >= 1.4x). Peak worker memory
{max(r1.peak_worker_rss_mb, r2.peak_worker_rss_mb):.0f} MB (goal < 1,536 MB); the main process
(reader and single writer) peaked at {main_rss:.0f} MB.

The pool alone (same articles, analysis and records sent back, no store): 1 worker
{pool[1]:.1f} s, 2 workers {pool[2]:.1f} s, **{pool[1] / pool[2]:.2f}x**. The single writer runs in
the main process and competes with the workers for the 2 cores.
"""
    if write:
        write_section("Ingest scaling (1 vs 2 workers)", body)
    else:
        print(body)
    return {"speedup": speedup, "seconds": {1: t1, 2: t2}}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    args = ap.parse_args()
    run(args.n, write=not args.no_write)
