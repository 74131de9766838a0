"""`newsdesk ingest --distributed tcp://scheduler:8786`: the analysis on a Dask cluster.

The main process reads the inputs and stays the single writer (ledger, batches, resume are
the same as with a local pool); chunks of documents go to the cluster as tasks, and article
records come back. Each Dask worker builds the pipeline once, in a worker plugin, so the spaCy
model is loaded once per worker process, not once per task.

Running on a real cluster: every machine needs the same environment (`pip install newsdesk`
with its spaCy model), then
    dask scheduler                                   # on one machine, port 8786
    dask worker tcp://SCHEDULER:8786 --nworkers auto --nthreads 1   # on each machine
    newsdesk ingest big.jsonl --db news.duckdb --distributed tcp://SCHEDULER:8786
One thread per worker process: the pipeline holds the GIL for most of its work.

Failures: a chunk whose task fails (an exception, a worker lost more times than Dask's
`allowed-failures`) is tried again document by document, and a document that fails on its own
becomes an error row. A chunk slower than `Options.time_limit` per document is given up the
same way; Dask cannot stop the running task, so that worker thread stays busy until it ends.
"""
from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator

from ..errors import NewsdeskError
from ..model import Document
from ..options import Options
from ..pipeline import Pipeline
from .local import CHUNK_SIZE, Failure, Tagged, analyse_stream, chunked

PLUGIN = "newsdesk-pipeline"


def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Builds the pipeline (and loads the spaCy model) once per worker."""

        name = PLUGIN

        def __init__(self, pipeline: Pipeline | None, options: Options):
            self.pipeline, self.options = pipeline, options

        def setup(self, worker):
            from .. import nlp

            self.pipeline = self.pipeline or Pipeline(options=self.options)
            nlp.load()

    return PipelinePlugin


def _analyse_on_worker(docs: list[Document]) -> list:
    from distributed import get_worker

    pipeline = get_worker().plugins[PLUGIN].pipeline
    return list(analyse_stream(pipeline, docs))


class DaskRunner:
    def __init__(self, address, options: Options, pipeline: Pipeline | None = None,
                 chunk_size: int = CHUNK_SIZE, window: int | None = None):
        self.address = address  # "tcp://host:8786", or a distributed.Client / LocalCluster
        self.options = options
        self.pipeline = pipeline
        self.chunk_size = max(1, chunk_size)
        self.window = window
        self.client = None
        self.peak_rss_mb = None

    def __enter__(self):
        from distributed import Client

        try:
            self.client = self.address if isinstance(self.address, Client) else Client(self.address)
        except (OSError, TimeoutError, ValueError) as exc:
            raise NewsdeskError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc
        self._own_client = self.client is not self.address
        self.client.register_plugin(_plugin_class()(self.pipeline, self.options), name=PLUGIN)
        threads = sum(self.client.nthreads().values()) or 1
        self.window_chunks = max(2, (self.window or threads * self.chunk_size * 4) // self.chunk_size)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None and self._own_client:
            self.client.close()
        self.client = None

    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        """(tag, document, outcome) for every item, in input order."""
        chunks = chunked(items, self.chunk_size)
        inflight: deque = deque()  # (chunk, future), in input order
        exhausted = False
        while True:
            while not exhausted and len(inflight) < self.window_chunks:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    inflight.append((chunk, self._submit(chunk)))
            if not inflight:
                return
            chunk, future = inflight.popleft()
            outcomes = self._outcomes(chunk, future)
            if outcomes is None:  # the chunk failed as a whole: each document again alone
                inflight.extendleft((([item], self._submit([item])) for item in reversed(chunk)))
                continue
            for (tag, doc), outcome in zip(chunk, outcomes):
                yield tag, doc, outcome

    def _submit(self, chunk: list[Tagged]):
        return self.client.submit(_analyse_on_worker, [doc for _, doc in chunk], pure=False)

    def _outcomes(self, chunk: list[Tagged], future) -> list | None:
        """The chunk's outcomes; None if it failed as a whole and has more than one document."""
        limit = self.options.time_limit * len(chunk) if self.options.time_limit else None
        try:
            return future.result(timeout=limit)
        except Exception as exc:
            if _is_timeout(exc):
                future.cancel()
                reason = f"analysis took longer than the {self.options.time_limit:g} s time limit"
            else:
                reason = f"the Dask task failed: {type(exc).__name__}: {exc}"
        if len(chunk) > 1:
            return None
        return [Failure(reason)]


def _is_timeout(exc: Exception) -> bool:
    from distributed import TimeoutError as DaskTimeout

    return isinstance(exc, (TimeoutError, DaskTimeout))
