"""`ingest`: sources → documents → analysis → the store, with every input accounted for.

inputs = articles stored + errors + duplicates (inputs whose clean text, or URL, was stored
before). The analysis runs in this process (`workers=0`), in a pool of worker processes
(`workers=N`, see runner.pool) or on a Dask cluster (`distributed=ADDRESS`, see runner.dask);
results are written by this process alone, in input order, in transactions of
`Options.batch_size` inputs, each input with its row in the `inputs` ledger (runner.ledger), so
a run killed at any moment is finished by running the same command again.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from ..errors import InputError
from ..ingest import read_sources
from ..model import Document, to_record
from ..options import DEFAULT_DB, Options
from ..pipeline import Pipeline
from ..store import Store
from .ledger import InputKey, LedgerWriter, fingerprint
from .local import Failure, InlineRunner


# The report keeps this many article ids and error messages (all are in the store): a
# ten-million-article run must not hold ten million ids in memory.
KEEP_IDS, KEEP_MESSAGES = 100_000, 1_000


@dataclass
class IngestReport:
    inputs: int = 0
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    stage_errors: int = 0
    resumed: int = 0  # inputs an earlier run of the same job already accounted for (skipped)
    seconds: float = 0.0
    peak_worker_rss_mb: float | None = None
    error_messages: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def add(self, outcome: str, message: str | None = None) -> None:
        self.inputs += 1
        setattr(self, outcome, getattr(self, outcome) + 1)
        if message and len(self.error_messages) < KEEP_MESSAGES:
            self.error_messages.append(message)

    def summary(self) -> str:
        return (f"{self.inputs} inputs = {self.articles} articles + {self.errors} errors"
                f" + {self.duplicates} duplicates"
                + (f" ({self.stage_errors} articles with a failed stage)" if self.stage_errors else "")
                + (f"; {self.resumed} inputs already accounted for by an earlier run were skipped"
                   if self.resumed else ""))


def _progress(options: Options, desc: str):
    if options.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc=desc, unit=" docs", file=sys.stderr)


def _runner(options: Options, pipeline: Pipeline | None, workers: int, distributed):
    if distributed:
        from .dask import DaskRunner

        return DaskRunner(distributed, options, pipeline)
    if workers and workers > 0:
        from .pool import WorkerPool

        return WorkerPool(workers, options, pipeline)
    return InlineRunner(options, pipeline)


def ingest(sources: list[str], db: str = DEFAULT_DB, options: Options | None = None,
           pipeline: Pipeline | None = None, workers: int = 0, distributed=None,
           update_corpus: bool = True) -> IngestReport:
    """Analyse every input and store it; returns the accounting.

    workers: 0 analyses in this process; N > 0 in N worker processes (with the per-document
    time limit and crash isolation). distributed: a Dask scheduler address (or Client).
    update_corpus: bring the corpus tables (stories, merged events) up to date at the end.
    """
    options = options or Options()
    report = IngestReport()
    bar = _progress(options, "ingest")
    started = time.perf_counter()

    def tick():
        if bar:
            bar.update()

    with Store(db) as store:
        writer = LedgerWriter(store, options.batch_size)
        with _runner(options, pipeline, workers, distributed) as runner:
            fresh = _new_inputs(sources, options, writer, report, tick)
            for key, doc, outcome in runner.map(fresh):
                _write_outcome(writer, report, key, doc, outcome)
                tick()
            report.peak_worker_rss_mb = runner.peak_rss_mb
        writer.close()
        if update_corpus:
            # Duplicates, stories, merged events and dyads over the whole store (a no-op when
            # nothing new was stored).
            from ..corpus import update

            update(store)
    if bar:
        bar.close()
    report.seconds = time.perf_counter() - started
    return report


def _new_inputs(sources, options, writer: LedgerWriter, report: IngestReport,
                tick) -> Iterator[tuple[InputKey, Document]]:
    """Documents still to analyse, keyed. Inputs an earlier run accounted for are skipped;
    input errors and documents already stored are written here and not analysed."""
    seen = Counter()
    for source in sources:
        seen[source] += 1
        job_part = source if seen[source] == 1 else f"{source}@{seen[source]}"
        for n, item in enumerate(read_sources([source], options)):
            key = InputKey(f"{job_part}#{n}", fingerprint(item))
            if writer.accounted(key):
                report.resumed += 1
                continue
            if isinstance(item, InputError):
                writer.error(key, item.source, item.doc_id, item.reason)
                report.add("errors", str(item))
                tick()
                continue
            stored = writer.stored_as(item.id, item.meta.url)
            if stored:
                writer.duplicate(key, item.meta.source, item.meta.doc_id, stored)
                report.add("duplicates")
                tick()
                continue
            yield key, item


def _write_outcome(writer: LedgerWriter, report: IngestReport, key: InputKey, doc: Document,
                   outcome: dict | Failure) -> None:
    meta = doc.meta
    if isinstance(outcome, Failure):
        writer.error(key, meta.source, meta.doc_id, outcome.reason, stage=outcome.stage)
        report.add("errors", f"{meta.source}{' ' + meta.doc_id if meta.doc_id else ''}: {outcome.reason}")
        return
    # Same text or URL as an article written since this document was read (in flight).
    stored = writer.stored_as(outcome["id"], outcome["meta"].get("url"))
    if stored:
        writer.duplicate(key, meta.source, meta.doc_id, stored)
        report.add("duplicates")
        return
    writer.article(key, outcome)
    report.add("articles")
    if len(report.article_ids) < KEEP_IDS:
        report.article_ids.append(outcome["id"])
    report.stage_errors += bool(outcome["errors"])


def analyze(sources: list[str], options: Options | None = None, pipeline: Pipeline | None = None):
    """Records (dicts) and InputErrors for the sources, in order, without storing anything."""
    options = options or Options()
    pipeline = pipeline or Pipeline(options=options)
    errors: list[InputError] = []

    def documents():
        for item in read_sources(sources, options):
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


def analyze_text(text: str, pipeline: Pipeline | None = None, **meta) -> dict:
    """The article record for one pasted article (title and date lines are read from it)."""
    from ..ingest import clean_text
    from ..model import Meta

    doc: Document = clean_text(text, Meta(**meta))
    return to_record((pipeline or Pipeline()).run(doc))
