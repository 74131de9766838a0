"""Worker memory over a long run: corpus articles through `WorkerPool`, the workers' resident
sets sampled every second, and the pool's own peak (ru_maxrss of any worker, what the ingest
report gives) at the end.

    .venv/bin/python bench/worker_memory.py [--n 400] [--start 0] [--workers 2] [--max-tasks N]

Prints a line every `--every` documents: documents done, seconds, the resident set (MB) of each
live worker, and how many worker processes have served so far (a worker is replaced after
`--max-tasks` chunks; 0: never). Goal (issue 18): peak worker memory <= 1 GB with 2 workers.
Nothing is written to RESULTS.md: the numbers depend on the load of the machine, which the
last line reports.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import FIELDS, corpus_lines  # noqa: E402

from newsdesk import Options  # noqa: E402
from newsdesk.ingest.records import read_jsonl_lines  # noqa: E402
from newsdesk.pipeline import Pipeline  # noqa: E402
from newsdesk.runner import pool as pool_module  # noqa: E402
from newsdesk.runner.local import Failure  # noqa: E402


class Sampler(threading.Thread):
    """The resident set of each worker process (children running multiprocessing's spawn_main,
    not its resource tracker), every second."""

    def __init__(self):
        super().__init__(daemon=True)
        self.current: dict[int, float] = {}
        self.peak: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self.stop.wait(1.0):
            current = {}
            for child in me.children():
                try:
                    if "spawn_main" in " ".join(child.cmdline()):
                        current[child.pid] = child.memory_info().rss / 2**20
                except psutil.Error:
                    continue
            self.current = current
            for pid, mb in current.items():
                self.peak[pid] = max(self.peak.get(pid, 0.0), mb)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--start", type=int, default=0, help="skip this many corpus articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-tasks", type=int, default=None,
                    help=f"chunks per worker process (default: the pool's, {getattr(pool_module, 'MAX_TASKS', 0)})")
    ap.add_argument("--every", type=int, default=50)
    a = ap.parse_args()
    options = Options(quiet=True, fields=FIELDS)
    lines = corpus_lines(a.start + a.n)[a.start:]
    docs = [d for d in read_jsonl_lines([l.encode() for l in lines], "allsides", options)]
    kwargs = {} if a.max_tasks is None else {"max_tasks": a.max_tasks}
    sampler = Sampler()
    sampler.start()
    load0 = os.getloadavg()
    started = time.perf_counter()
    done = 0
    failures = []
    with pool_module.WorkerPool(a.workers, Pipeline(options=options), **kwargs) as pool:
        for _, _, outcome in pool.map(enumerate(docs)):
            done += 1
            if isinstance(outcome, Failure):
                failures.append(outcome.reason)
            if done % a.every == 0:
                live = " ".join(f"{mb:.0f}" for mb in sampler.current.values())
                print(f"{done} docs, {time.perf_counter() - started:.0f} s, live workers RSS MB: "
                      f"{live}; worker processes so far: {len(sampler.peak)}; "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
    seconds = time.perf_counter() - started
    sampler.stop.set()
    print(f"--n {a.n} --start {a.start} --workers {a.workers} --max-tasks "
          f"{getattr(pool, 'max_tasks', 0)}: {done} documents ({len(failures)} failures) in {seconds:.0f} s, "
          f"{done / seconds:.2f} docs/s (workers' start included); peak worker RSS "
          f"(ru_maxrss) {pool.peak_rss_mb:.0f} MB, sampled {max(sampler.peak.values()):.0f} MB; "
          f"{len(sampler.peak)} worker processes; load average at start "
          f"{load0[0]:.1f}, at end {os.getloadavg()[0]:.1f}")
    for reason in failures:
        print("failure:", reason)


if __name__ == "__main__":
    main()
