"""The public functions of newsdesk; `newsdesk/__init__.py` re-exports them.

    analyze(sources)          records (dicts) and InputErrors, nothing stored
    analyze_text(text)        the record of one pasted article
    ingest(sources, db=...)   analyse and store, every input accounted for (IngestReport)
    ingest_into(store, ...)   the same, into an open Store (the web server's writes)
    watch(sources, db=...)    poll feeds / URL lists every so often, ingest what is new
    Store, get_article, list_articles, list_events, list_stories, list_quotes, dyad_series,
    busiest_dyads, list_errors, update_corpus: what the store is queried with

One `Pipeline` carries its `Options` (`pipeline.options`): give either, not two that differ.
Everything below this module (runner/, store/, corpus/, pipeline, ingest/) is internal.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from importlib.metadata import version
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from . import corpus
from .corpus import CorpusOptions
from .errors import InputError
from .ingest import Item, clean_text, read_sources
from .model import Meta, to_record
from .options import DEFAULT_DB, Options
from .pipeline import Pipeline
from .runner import Accounted, IngestReport, InlineRunner, write_inputs
from .runner.dask import DaskRunner
from .runner.desk import LocalDesk, open_desk
from .runner.watch import Round
from .runner.watch import watch as _watch
from .runner.pool import WorkerPool
from .store import Store
from .corpus.dyads import dyad_series
from .store.queries import (busiest_dyads, get_article, get_event, get_story, list_articles,
                            list_errors, list_events, list_quotes, list_stories)

__version__ = version("newsdesk")
update_corpus = corpus.update  # (store, options=None, full=False): update the corpus tables

__all__ = [
    "analyze", "analyze_text", "ingest", "ingest_into", "keyed_inputs", "watch", "IngestReport",
    "Accounted", "Store", "update_corpus", "CorpusOptions", "get_article", "list_articles",
    "list_events", "get_event", "list_stories", "get_story", "list_quotes", "dyad_series",
    "busiest_dyads", "list_errors", "__version__",
]


def one_pipeline(options: Options | None = None, pipeline: Pipeline | None = None) -> Pipeline:
    """The Pipeline to run: `pipeline` as given, or the default one built with `options`.
    ValueError when both are given and the options differ from the pipeline's own."""
    if pipeline is None:
        return Pipeline(options=options)
    if options is not None and options != pipeline.options:
        raise ValueError("options differ from pipeline.options: a Pipeline carries its Options, "
                         "give one or the other")
    return pipeline


def analyze(sources: list[str], options: Options | None = None,
            pipeline: Pipeline | None = None) -> Iterator[dict | InputError]:
    """Records (dicts, the JSON contract) and InputErrors for the sources, in input order,
    without storing anything."""
    pipeline = one_pipeline(options, pipeline)
    errors: list[InputError] = []

    def documents():
        for item in read_sources(sources, pipeline.options):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                yield item

    for doc in pipeline.pipe(documents()):
        while errors:
            yield errors.pop(0)
        yield to_record(doc)
    while errors:
        yield errors.pop(0)


def analyze_text(text: str, *, options: Options | None = None, pipeline: Pipeline | None = None,
                 **meta) -> dict:
    """The article record for one pasted article (title and date lines are read from it);
    `meta` fills Meta fields the text does not give (title=, publisher=, published=, source=)."""
    pipeline = one_pipeline(options, pipeline)
    return to_record(pipeline.run(clean_text(text, Meta(**meta))))


def keyed_inputs(sources: list[str], options: Options) -> Iterator[tuple[str, Item]]:
    """Every input of the sources with its job key `SOURCE#n` (n: its ordinal within SOURCE;
    a SOURCE named twice is `SOURCE@2#n` the second time): what the ledger resumes by."""
    seen = Counter()
    for source in sources:
        seen[source] += 1
        job_part = source if seen[source] == 1 else f"{source}@{seen[source]}"
        for n, item in enumerate(read_sources([source], options)):
            yield f"{job_part}#{n}", item


def _progress(options: Options):
    if options.quiet or not sys.stderr.isatty():
        return None
    return tqdm(desc="ingest", unit=" docs", file=sys.stderr)


def _runner(pipeline: Pipeline, workers: int, distributed):
    if distributed:
        return DaskRunner(distributed, pipeline)
    if workers and workers > 0:
        return WorkerPool(workers, pipeline)
    return InlineRunner(pipeline)


def ingest(sources: list[str], db: str = DEFAULT_DB, options: Options | None = None,
           pipeline: Pipeline | None = None, workers: int = 0, distributed=None,
           update_corpus: bool = True) -> IngestReport:
    """Analyse every input and store it in the DuckDB file `db`; returns the accounting
    (inputs = articles + errors + duplicates). Running the same call again after a kill
    finishes the job (inputs already accounted for are skipped: `report.resumed`).

    workers: 0 analyses in this process; N > 0 in N worker processes (with the per-document
    time limit and crash isolation). distributed: a Dask scheduler address (or Client).
    update_corpus: bring the corpus tables (stories, merged events) up to date at the end.
    When a `newsdesk serve` holds `db`, the documents are analysed here and the records handed
    to that server, which writes them through the same ledger (runner/handoff.py).
    StoreError when the database cannot be opened (StoreBusyError: another process, not a
    server, holds it)."""
    pipeline = one_pipeline(options, pipeline)
    with open_desk(db) as desk:
        return _ingest_at(desk, keyed_inputs(sources, pipeline.options), pipeline,
                          _runner(pipeline, workers, distributed), update_corpus)


def ingest_into(store: Store, inputs: Iterable[tuple[str, Item]], pipeline: Pipeline,
                runner=None, update_corpus: bool = True,
                on_input: Callable[[Accounted], None] | None = None) -> IngestReport:
    """`ingest` into an open Store (e.g. a web server's), from keyed inputs (`keyed_inputs`,
    or your own `(key, Document or InputError)` pairs). `runner` defaults to the in-process
    one; `on_input` also hears of each input's outcome."""
    return _ingest_at(LocalDesk(store), inputs, pipeline, runner or InlineRunner(pipeline),
                      update_corpus, on_input)


def _ingest_at(desk, inputs: Iterable[tuple[str, Item]], pipeline: Pipeline, runner,
               update_corpus: bool, on_input: Callable[[Accounted], None] | None = None
               ) -> IngestReport:
    """Ingest through a desk (runner/desk.py: the store itself, or the server holding it)."""
    report = IngestReport()
    bar = _progress(pipeline.options)
    started = time.perf_counter()

    def heard(item: Accounted) -> None:
        report.count(item)
        if on_input is not None:
            on_input(item)
        if bar is not None and item.outcome != "resumed":
            bar.update()

    with runner as entered:
        desk.ingest(inputs, entered, heard)
        report.peak_worker_rss_mb = entered.peak_rss_mb
        report.stage_seconds = dict(entered.stage_seconds)
    if update_corpus:
        # Near-duplicates, stories, merged events over the whole store (a no-op when nothing
        # changed since the last update).
        desk.update_corpus(pipeline.options)
    if bar is not None:
        bar.close()
    report.seconds = time.perf_counter() - started
    return report


def watch(sources: list[str], db: str = DEFAULT_DB, every: float = 900.0, once: bool = False,
          options: Options | None = None, pipeline: Pipeline | None = None, workers: int = 0,
          on_round: Callable[[Round], None] | None = None) -> int:
    """Poll the feeds and pages of `sources` (URLs, or files listing URLs) every `every`
    seconds until interrupted, ingesting new items into `db` (or handing them to the
    `newsdesk serve` that holds it); `once`: one round. Returns the number of rounds
    (runner/watch.py says what a round does)."""
    pipeline = one_pipeline(options, pipeline)
    with _runner(pipeline, workers, None) as runner:
        return _watch(db, sources, runner, every, once, on_round)
