"""`newsdesk ingest --distributed tcp://scheduler:8786`: the analysis on a Dask cluster.

The main process reads the inputs and stays the single writer (ledger, batches, resume are
the same as with a local pool); chunks of documents go to the cluster as tasks, and article
records come back. Each Dask worker receives the caller's Pipeline (which carries its
Options) once, in a worker plugin, so the spaCy model is loaded once per worker process, not
once per task.

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

dask/distributed are imported inside the functions that use them: they are heavy (about a
second to import) and only `--distributed` needs them.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from .. import nlp
from ..errors import NewsdeskError
from ..model import Document
from ..pipeline import Pipeline
from .local import CHUNK_SIZE, Failure, Tagged, analyze_stream, in_order, merge_timings

PLUGIN = "newsdesk-pipeline"


def _plugin_class():
    # Heavy, optional dependency (see the module docstring).
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Holds the worker's Pipeline and loads the spaCy model once per worker."""

        name = PLUGIN

        def __init__(self, pipeline: Pipeline):
            self.pipeline = pipeline

        def setup(self, worker):
            nlp.load()

    return PipelinePlugin


def _analyze_on_worker(docs: list[Document]) -> tuple[list, dict[str, float]]:
    """A task: (one outcome per document, the seconds spent per stage)."""
    # Heavy, optional dependency (see the module docstring).
    from distributed import get_worker

    pipeline = get_worker().plugins[PLUGIN].pipeline
    timings: dict[str, float] = {}
    return list(analyze_stream(pipeline, docs, timings)), timings


class DaskRunner:
    def __init__(self, address, pipeline: Pipeline, chunk_size: int = CHUNK_SIZE,
                 window: int | None = None):
        self.address = address  # "tcp://host:8786", or a distributed.Client / LocalCluster
        self.pipeline = pipeline
        self.time_limit = pipeline.options.time_limit
        self.chunk_size = max(1, chunk_size)
        self.window = window
        self.client = None
        self.peak_rss_mb = None
        self.stage_seconds: dict[str, float] = {}  # summed over the analysed documents

    def __enter__(self):
        # Heavy, optional dependency (see the module docstring).
        from distributed import Client

        try:
            self.client = self.address if isinstance(self.address, Client) else Client(self.address)
        except (OSError, TimeoutError, ValueError) as exc:
            raise NewsdeskError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc
        self._own_client = self.client is not self.address
        self.client.register_plugin(_plugin_class()(self.pipeline), name=PLUGIN)
        threads = sum(self.client.nthreads().values()) or 1
        self.window = max(2 * self.chunk_size, self.window or threads * self.chunk_size * 4)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None and self._own_client:
            self.client.close()
        self.client = None

    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        """(tag, document, outcome) for every item, in input order."""
        return in_order(items, self.chunk_size, self.window, self._submit, self._outcomes)

    def _submit(self, docs: list[Document]):
        return self.client.submit(_analyze_on_worker, docs, pure=False)

    def _outcomes(self, chunk: list[Tagged], future) -> list | None:
        """The chunk's outcomes; None if it failed as a whole and has more than one document."""
        # Heavy, optional dependency (see the module docstring).
        from distributed import TimeoutError as DaskTimeout

        limit = self.time_limit * len(chunk) if self.time_limit else None
        try:
            outcomes, timings = future.result(timeout=limit)
            merge_timings(self.stage_seconds, timings)
            return outcomes
        except (TimeoutError, DaskTimeout):
            future.cancel()
            reason = f"analysis took longer than the {self.time_limit:g} s time limit"
        except Exception as exc:  # a task's own exception, re-raised here by Dask
            reason = f"the Dask task failed: {type(exc).__name__}: {exc}"
        if len(chunk) > 1:
            return None
        return [Failure(reason)]
