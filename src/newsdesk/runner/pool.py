"""A small process pool for the pipeline (`newsdesk ingest --workers N`).

Why not `concurrent.futures.ProcessPoolExecutor`: a worker that dies breaks the whole
executor (BrokenProcessPool) without saying which task killed it, and a task that runs too long
cannot be stopped. Here each worker has its own pipe, so the pool knows which documents each
worker holds and which of them are done:

- a worker loads one `Pipeline` when it starts and keeps it (spaCy model included);
- it gets a chunk of documents, parses them as a batch and sends back one result per document;
- a worker that dies (segfault, kill) or sends nothing for `Options.time_limit` seconds is
  killed and replaced, and the document it was on becomes a `Failure` (an error row): if part of
  its chunk was done, that is the first document not done; if not (it failed in the batch parse),
  the chunk's documents are tried again one by one to find it;
- documents are pulled from the input only while fewer than `window` are in flight or waiting
  to be written, so memory is bounded whatever the size of the input;
- results come out in input order, so every worker count writes the same rows.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from contextlib import contextmanager
from multiprocessing.connection import wait
from typing import Any, Iterable, Iterator

from ..errors import NewsdeskError
from ..model import Document
from ..options import Options
from ..pipeline import Pipeline
from .local import CHUNK_SIZE, Failure, Tagged, analyse_stream

# One BLAS/OpenMP thread per worker: N workers on N cores, not N x cores threads fighting.
_ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def _serve(conn, pipeline: Pipeline | None, options: Options) -> None:
    """A worker: load the pipeline once, then analyse chunks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from .. import nlp

    pipeline = pipeline or Pipeline(options=options)
    nlp.load()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):  # the main process is gone
            return
        if chunk is None:
            return
        seqs, docs = chunk
        for seq, outcome in zip(seqs, analyse_stream(pipeline, docs)):
            conn.send(("done", seq, outcome))
        conn.send(("idle", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


@contextmanager
def _one_thread_env():
    saved = {k: os.environ.get(k) for k in _ONE_THREAD}
    os.environ.update({k: v for k, v in _ONE_THREAD.items() if saved[k] is None})
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)


class _Worker:
    def __init__(self, ctx, pipeline: Pipeline | None, options: Options):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, pipeline, options), daemon=True,
                                   name="newsdesk-worker")
        with _one_thread_env():
            self.process.start()
        child.close()
        self.ready = False
        self.chunk: list[int] | None = None  # sequence numbers of its documents not yet done
        self.alone = False  # it holds a single document: a failure is that document's
        self.progressed = False  # a document of its chunk is done: the batch parse is over
        self.deadline: float | None = None

    def give(self, seqs: list[int], docs: list[Document], time_limit: float) -> None:
        self.conn.send((seqs, docs))
        self.chunk, self.alone, self.progressed = list(seqs), len(seqs) == 1, False
        self.deadline = time.monotonic() + time_limit if time_limit else None

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    def __init__(self, workers: int, options: Options, pipeline: Pipeline | None = None,
                 chunk_size: int = CHUNK_SIZE, window: int | None = None):
        self.size = max(1, workers)
        self.options = options
        self.pipeline = pipeline  # None: each worker builds the default pipeline itself
        self.chunk_size = max(1, chunk_size)
        self.window = window or self.size * self.chunk_size * 4
        self.ctx = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB
        self.workers: list[_Worker] = []
        self.peak_rss_mb = 0.0  # largest resident set of any worker
        self.replaced = 0
        self._start_failures = 0

    # -- lifetime ----------------------------------------------------------------------
    def __enter__(self):
        self.workers = [self._spawn() for _ in range(self.size)]
        return self

    def __exit__(self, *exc) -> None:
        for w in self.workers:
            try:
                if w.process.is_alive() and w.chunk is None:
                    w.conn.send(None)
            except OSError:
                pass
        for w in self.workers:
            w.process.join(2)
            w.kill()
        self.workers = []

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.pipeline, self.options)

    # -- the work ----------------------------------------------------------------------
    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        """(tag, document, outcome) for every item, in input order."""
        source = iter(items)
        held: dict[int, Tagged] = {}  # seq -> item, until written
        results: dict[int, dict | Failure] = {}
        queue: deque[list[int]] = deque()  # chunks waiting for a worker
        next_seq = next_out = 0
        exhausted = False
        while True:
            # Pull new input only while the window has room.
            while not exhausted and len(queue) < self.size and next_seq - next_out < self.window:
                seqs = []
                for tag, doc in source:
                    held[next_seq] = (tag, doc)
                    seqs.append(next_seq)
                    next_seq += 1
                    if len(seqs) >= self.chunk_size:
                        break
                else:
                    exhausted = True
                if seqs:
                    queue.append(seqs)
            self._dispatch(queue, held, results)
            while next_out in results:
                tag, doc = held.pop(next_out)
                yield tag, doc, results.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_seq:
                return
            if next_out not in results:
                self._wait(queue, results)

    def _dispatch(self, queue: deque, held: dict, results: dict) -> None:
        for w in self.workers:
            if not queue:
                return
            if w.ready and w.chunk is None and w.process.is_alive():
                seqs = queue.popleft()
                try:
                    w.give(seqs, [held[s][1] for s in seqs], self.options.time_limit)
                except OSError:  # it just died: the chunk waits for another worker
                    queue.appendleft(seqs)

    def _wait(self, queue: deque, results: dict) -> None:
        """Block until something happens: a result, a worker ready or dead, a deadline."""
        deadlines = [w.deadline for w in self.workers if w.chunk is not None and w.deadline]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = wait([w.conn for w in self.workers] + [w.process.sentinel for w in self.workers], timeout)
        for w in self.workers:
            if w.conn in ready:
                self._read(w, results)
        now = time.monotonic()
        for i, w in enumerate(self.workers):
            if not w.process.is_alive():
                self._replace(i, queue, results,
                              f"the worker process died (exit code {w.process.exitcode}) "
                              f"while analysing this document")
            elif w.chunk is not None and w.deadline and now > w.deadline:
                self._replace(i, queue, results,
                              f"analysis took longer than the {self.options.time_limit:g} s time limit")

    def _read(self, w: _Worker, results: dict) -> None:
        try:
            while w.conn.poll():
                msg = w.conn.recv()
                if msg[0] == "done":
                    _, seq, outcome = msg
                    results[seq] = outcome
                    if w.chunk and seq in w.chunk:
                        w.chunk.remove(seq)
                        w.progressed = True
                    if self.options.time_limit:
                        w.deadline = time.monotonic() + self.options.time_limit
                elif msg[0] == "idle":
                    w.chunk, w.deadline = None, None
                    self.peak_rss_mb = max(self.peak_rss_mb, msg[1] / 1024)
                elif msg[0] == "ready":
                    w.ready = True
        except (EOFError, OSError):
            pass  # it died; the sentinel says so

    def _replace(self, i: int, queue: deque, results: dict, reason: str) -> None:
        """Kill worker i, start another; its unfinished documents go back alone, or fail."""
        w = self.workers[i]
        w.kill()
        if not w.ready:
            self._start_failures += 1
            if self._start_failures > 2 * self.size:
                raise NewsdeskError(f"worker processes keep dying on start (exit code {w.process.exitcode})")
        unfinished = list(w.chunk or [])
        if unfinished and (w.alone or w.progressed):
            # The chunk was parsed as a batch before any document's stages ran, so once one is
            # done the culprit is the first unfinished one; the rest go again as a chunk.
            results[unfinished.pop(0)] = Failure(reason + "; the worker was replaced")
            if unfinished:
                queue.appendleft(unfinished)
        else:  # it failed in the batch parse: the culprit is one of them, each goes alone
            queue.extendleft([s] for s in reversed(unfinished))
        self.workers[i] = self._spawn()
        self.replaced += 1
