"""The worker-process pool (`newsdesk ingest --workers N`), on pebble's ProcessPool.

pebble gives what `concurrent.futures.ProcessPoolExecutor` lacks here: a task that runs past
its timeout is stopped (its worker is killed and replaced), and a worker that dies (segfault,
kill) fails only the task it held (ProcessExpired), not the whole pool. On top of it:

- one `Pipeline` per worker process: the initializer receives the caller's Pipeline (which
  carries its Options) once, when the worker starts, and loads the spaCy model;
- one BLAS/OpenMP thread per worker (OMP_NUM_THREADS=1 and friends, and threadpoolctl for the
  libraries already loaded): N workers on N cores, not N x cores threads fighting;
- a task is a chunk of documents, parsed as a batch (runner.local.CHUNK_SIZE documents and
  CHUNK_CHARS characters at most: the batch's size sets a worker's peak); its timeout is
  `Options.time_limit` per document. A chunk that times out or whose worker dies is tried
  again document by document (each with the time limit), and the document that fails alone
  becomes a `Failure` (an error row) saying why;
- documents are submitted only while fewer than `window` are in flight or waiting to be
  written, so memory is bounded whatever the size of the input;
- a worker's own memory is bounded too: pebble replaces each worker after `max_tasks` chunks
  (MAX_TASKS), so what a worker accumulates (new words in spaCy's Vocab, a heap grown by the
  largest batches) does not depend on the size of the corpus; and the spaCy model is loaded
  with torch hidden from thinc (`_load_model_without_torch`: 180 MB a worker).
  onnxruntime's CPU memory arena (the voice encoder) is left on: with it off, the same
  batches left the process 107-125 MB larger instead of 35-42 MB (glibc keeps the freed
  tensors' pages), and ran no faster;
- results come out in input order, so every worker count writes the same rows.

Where pebble falls short of the hand-built pool it replaces: a task reports nothing until it
is done, so a hanging document is found only when its whole chunk times out and the chunk is
retried alone: up to (CHUNK_SIZE + 1) x time_limit (9 x 60 s) of one worker, where the old
pool, which heard of each finished document, needed 1 x time_limit. Measured on
test_runner.py's hanging-and-crashing test (time_limit 4 s, the hang in a chunk of 8): 17.5 s
with the old pool, 50.6 s with this one. Hangs are rare; batch parsing (1.4x faster) is kept.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import resource
import sys
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator

from pebble import ProcessExpired, ProcessPool
from threadpoolctl import threadpool_limits

from .. import nlp
from ..errors import NewsdeskError
from ..model import Document
from ..pipeline import Pipeline
from .local import (CHUNK_CHARS, CHUNK_SIZE, Failure, Tagged, analyze_stream, in_order,
                    merge_timings)

ONE_THREAD = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

# The worker process's one Pipeline, set by `_start_worker` when pebble starts the process.
# A module global is the only place a pebble task can find what its initializer built.
_PIPELINE: Pipeline | None = None

# Chunks a worker analyses before pebble replaces it with a fresh process (`max_tasks`). A
# worker's resident set creeps up with what it has read (spaCy's Vocab and StringStore keep
# every new word, and a heap that held the largest batches so far is not handed back), so a
# long-lived worker's peak depends on the size of the corpus; a replaced one's does not. A
# start (spawn, imports, the spaCy model, the encoder) took 18 s at load average 10, when a
# chunk took ~90 s: replacing a worker every 50 chunks (400 documents) costs under 1 %.
MAX_TASKS = 50


def _start_worker(pipeline_bytes: bytes) -> None:
    """pebble's initializer, run once in each new worker: one thread, one Pipeline, the model."""
    global _PIPELINE
    os.environ.update(ONE_THREAD)  # read by onnxruntime and OpenMP when they start
    threadpool_limits(1)  # numpy's BLAS was loaded (by the imports) before this ran
    _PIPELINE = pickle.loads(pipeline_bytes)
    _load_model_without_torch()


def _load_model_without_torch() -> None:
    """Load the spaCy model with torch hidden. thinc (under spaCy) imports torch whenever it is
    installed (training needs it), though nothing a worker runs uses it: 180 MB more resident
    memory per worker (measured: 355 MB with the model loaded, 176 MB without torch). A None in
    sys.modules makes `import torch` fail, so thinc records has_torch = False; the None is
    removed again at once, because scipy's array-API checks (sklearn, under the voice stage)
    read sys.modules["torch"] and fail on a None."""
    hidden = "torch" not in sys.modules
    if hidden:
        sys.modules["torch"] = None
    try:
        nlp.load()
    finally:
        if hidden and "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


def _run_chunk(docs: list[Document]) -> tuple[list, float, dict[str, float], int]:
    """A pebble task: (one outcome per document, the worker's peak resident set in MB, the
    seconds spent per stage, the worker's process id)."""
    timings: dict[str, float] = {}
    outcomes = list(analyze_stream(_PIPELINE, docs, timings))
    return outcomes, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, timings, os.getpid()


class WorkerPool:
    """`with WorkerPool(n, pipeline) as pool: for tag, doc, outcome in pool.map(items): ...`"""

    def __init__(self, workers: int, pipeline: Pipeline, chunk_size: int = CHUNK_SIZE,
                 window: int | None = None, max_tasks: int = MAX_TASKS):
        self.size = max(1, workers)
        self.pipeline = pipeline
        self.time_limit = pipeline.options.time_limit
        self.chunk_size = max(1, chunk_size)
        self.window = window or self.size * self.chunk_size * 4
        self.max_tasks = max(0, max_tasks)  # chunks per worker process; 0: never replaced
        self.peak_rss_mb = 0.0  # largest resident set of any worker
        self.worker_pids: set[int] = set()  # the worker processes that analysed a chunk
        self.stage_seconds: dict[str, float] = {}  # summed over the analysed documents
        self._pool: ProcessPool | None = None

    def __enter__(self):
        self._pool = ProcessPool(
            max_workers=self.size, max_tasks=self.max_tasks, initializer=_start_worker,
            initargs=(pickle.dumps(self.pipeline),),
            context=multiprocessing.get_context("spawn"))  # no fork of a process holding DuckDB
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.stop()  # nothing is left to wait for: stop the workers now
            self._pool.join()
            self._pool = None

    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        """(tag, document, outcome) for every item, in input order."""
        return in_order(items, self.chunk_size, self.window, self._submit, self._outcomes,
                        CHUNK_CHARS)

    def _submit(self, docs: list[Document]):
        return self._pool.schedule(_run_chunk, args=(docs,), timeout=self.timeout(docs))

    def timeout(self, docs: list[Document]) -> float | None:
        """A task's time limit: `time_limit` per document, or per CHUNK_CHARS / CHUNK_SIZE
        characters where that counts more. A long article is a chunk alone (CHUNK_CHARS), where
        it once shared a chunk's 8 x time_limit: the spaCy parse alone of a 76,553-character
        article took 43 s at load average 10, most of the default 60 s."""
        if not self.time_limit:
            return None
        chars = sum(len(doc.text) for doc in docs)
        return self.time_limit * max(len(docs), chars / (CHUNK_CHARS / CHUNK_SIZE))

    def _outcomes(self, chunk: list[Tagged], future) -> list | None:
        """The chunk's outcomes; None when it failed as a whole and has more than one document."""
        try:
            outcomes, rss_mb, timings, pid = future.result()
        except FutureTimeout:
            reason = f"analysis took longer than the {self.time_limit:g} s time limit"
        except ProcessExpired as exc:
            reason = f"the worker process died (exit code {exc.exitcode}) while analysing this document"
        except BrokenProcessPool as exc:
            raise NewsdeskError(f"the worker processes could not start or keep running ({exc})") from exc
        else:
            self.peak_rss_mb = max(self.peak_rss_mb, rss_mb)
            self.worker_pids.add(pid)
            merge_timings(self.stage_seconds, timings)
            return outcomes
        if len(chunk) > 1:
            return None
        return [Failure(reason + "; the worker was replaced")]
