"""`ingest`: sources → documents → analysis → the store, with every input accounted for.

inputs = articles stored + input errors + duplicates (inputs whose clean text was stored
before). Writes are committed in batches of `Options.batch_size` articles.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from ..errors import InputError
from ..ingest import read_sources
from ..model import Document, to_record
from ..options import DEFAULT_DB, Options
from ..pipeline import Pipeline
from ..store import Store


@dataclass
class IngestReport:
    inputs: int = 0
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    stage_errors: int = 0
    error_messages: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def add(self, outcome: str, message: str | None = None) -> None:
        self.inputs += 1
        setattr(self, outcome, getattr(self, outcome) + 1)
        if message:
            self.error_messages.append(message)

    def summary(self) -> str:
        return (f"{self.inputs} inputs = {self.articles} articles + {self.errors} errors"
                f" + {self.duplicates} duplicates"
                + (f" ({self.stage_errors} articles with a failed stage)" if self.stage_errors else ""))


def _progress(options: Options, desc: str):
    if options.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc=desc, unit=" docs", file=sys.stderr)


def ingest(sources: list[str], db: str = DEFAULT_DB, options: Options | None = None,
           pipeline: Pipeline | None = None) -> IngestReport:
    """Analyse every input and store it; returns the accounting."""
    options = options or Options()
    pipeline = pipeline or Pipeline(options=options)
    report = IngestReport()
    bar = _progress(options, "ingest")
    with Store(db) as store:
        pending = 0
        store.begin()

        def documents():
            # Input errors are written as they come; documents go on to the pipeline.
            for item in read_sources(sources, options):
                if isinstance(item, InputError):
                    store.write_input_error(item)
                    report.add("errors", str(item))
                    if bar:
                        bar.update()
                elif store.has_article(item.id):
                    store.write_record(to_record(item))  # recorded as a duplicate
                    report.add("duplicates")
                    if bar:
                        bar.update()
                else:
                    yield item

        for doc in pipeline.pipe(documents()):
            record = to_record(doc)
            if not store.write_record(record):  # same text twice in this run
                report.add("duplicates")
            else:
                report.add("articles")
                report.article_ids.append(record["id"])
                report.stage_errors += bool(record["errors"])
            pending += 1
            if bar:
                bar.update()
            if pending >= options.batch_size:
                store.commit()
                store.begin()
                pending = 0
        store.commit()
    if bar:
        bar.close()
    return report


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
