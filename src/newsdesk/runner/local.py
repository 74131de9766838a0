"""What every runner shares, and the in-process runner.

A runner is built from one `Pipeline` (which carries its Options: `pipeline.options`) and turns
a stream of `(tag, Document)` into `(tag, Document, outcome)` in input order, where the outcome
is the article record (a dict) or a `Failure` (the document could not be analysed: a time
limit, a dead worker, an exception outside the stages). Runners pull the stream lazily, so
memory stays bounded whatever the size of the input.

`in_order` is the loop the process pool and the Dask runner share: chunks of documents go out
as tasks while fewer than a window of them are in flight; results come back in input order;
a chunk that fails as a whole is tried again document by document, so only the culprit fails.

Every runner also sums the seconds its analyses spent per stage (`stage_seconds`: parse,
actors, quotes, voice, events, records; add_timings), which the ingest report carries: where
the time goes, measured on the real run at the cost of a few clock reads per document.
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from .. import nlp
from ..model import Document, to_record
from ..pipeline import Pipeline

# Documents per task: spaCy parses a batch ~1.4x faster than one by one (measured on this
# machine), and a batch is small enough that retrying it document by document after a
# failure is cheap.
CHUNK_SIZE = 8
# ... and at most this many characters per task (a longer document is a task alone). spaCy's
# tok2vec holds the whole batch's activations at once, so the characters of a chunk, not its
# count, set a worker's peak memory: measured +243 MB for one 76,553-character article (15,431
# tokens), and a worker peaking at 1,036 MB on a chunk of 110,833 characters. An average chunk
# of the AllSides corpus (8 x 5,860 characters) stays whole.
CHUNK_CHARS = 60_000

Tagged = tuple[Any, Document]


@dataclass(frozen=True)
class Failure:
    """A document that could not be analysed; it becomes an error row."""

    reason: str
    stage: str = "runner"


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def doc_chunks(items: Iterable[Tagged], size: int, chars: float = CHUNK_CHARS) -> Iterator[list[Tagged]]:
    """Chunks of at most `size` (tag, document) items and at most `chars` characters of text,
    in input order; a document longer than `chars` is a chunk alone."""
    chunk: list[Tagged] = []
    total = 0
    for item in items:
        n = len(item[1].text)
        if chunk and total + n > chars:
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        total += n
        if len(chunk) >= max(1, size):  # out at once: no item is read ahead of a full chunk
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def analyze_stream(pipeline: Pipeline, docs: list[Document],
                   timings: dict[str, float] | None = None) -> Iterator[dict | Failure]:
    """One outcome per document, in order, as each is done. The chunk is parsed as a batch;
    if that fails outside the stages (which record their own errors), the documents not yet
    done are analysed again one by one from a clean copy, so only the culprit fails.
    `timings`, if given, gets the seconds of each analysed document added per stage
    (add_timings)."""
    pristine = [_pristine(doc) for doc in docs]
    done = 0
    try:
        clock = time.perf_counter()
        for doc in pipeline.pipe(docs, batch_size=len(docs)):
            analysed = time.perf_counter()
            record = to_record(doc)
            if timings is not None:
                add_timings(timings, doc, analysed - clock, time.perf_counter() - analysed)
            done += 1
            yield record
            clock = time.perf_counter()  # the caller's time between two documents is not ours
        return
    except Exception:
        pass
    for doc in pristine[done:]:
        yield analyze_alone(pipeline, doc, timings)


def add_timings(timings: dict[str, float], doc: Document, analysis: float, record: float) -> None:
    """Add one document's seconds to `timings`: each stage's own (doc.timings, which the
    pipeline measures), "parse" (the rest of its `analysis` seconds: the spaCy parse, which
    for a batch is paid on its first document, and the sentences and entities read from it)
    and "records" (the article record built from the document)."""
    stages = sum(doc.timings.values())
    timings["parse"] = timings.get("parse", 0.0) + max(0.0, analysis - stages)
    for name, seconds in doc.timings.items():
        timings[name] = timings.get(name, 0.0) + seconds
    timings["records"] = timings.get("records", 0.0) + record


def merge_timings(into: dict[str, float], other: dict[str, float]) -> None:
    for name, seconds in other.items():
        into[name] = into.get(name, 0.0) + seconds


def _pristine(doc: Document) -> Document:
    return replace(doc, sentences=[], entities=[], quotes=[], events=[], errors=list(doc.errors),
                   article=dict(doc.article), spacy=None, timings={})


def analyze_alone(pipeline: Pipeline, doc: Document,
                  timings: dict[str, float] | None = None) -> dict | Failure:
    """The record of one document, or a Failure naming the exception that stopped it."""
    try:
        started = time.perf_counter()
        pipeline.run(doc)
        analysed = time.perf_counter()
        record = to_record(doc)
        if timings is not None:
            add_timings(timings, doc, analysed - started, time.perf_counter() - analysed)
        return record
    except Exception as exc:
        return Failure(f"analysis failed: {type(exc).__name__}: {exc}")


def in_order(items: Iterable[Tagged], chunk_size: int, window: int,
             submit: Callable[[list[Document]], Any],
             outcomes: Callable[[list[Tagged], Any], list | None],
             chunk_chars: float = float("inf")) -> Iterator[tuple[Any, Document, Any]]:
    """(tag, document, outcome) for every item, in input order, with at most about `window`
    documents submitted and not yet yielded.

    submit(docs) starts a task and returns its handle; outcomes(chunk, handle) waits for it and
    returns one outcome per document, or None when the task failed as a whole and the chunk
    holds more than one document (each is then submitted again on its own). A chunk holds at
    most `chunk_chars` characters (doc_chunks)."""
    chunks = doc_chunks(items, max(1, chunk_size), chunk_chars)
    inflight: deque = deque()  # (chunk, handle), in input order
    queued = 0  # documents in inflight
    exhausted = False
    while True:
        while not exhausted and queued < window:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
            else:
                inflight.append((chunk, submit([doc for _, doc in chunk])))
                queued += len(chunk)
        if not inflight:
            return
        chunk, handle = inflight.popleft()
        queued -= len(chunk)
        results = outcomes(chunk, handle)
        if results is None:  # the chunk failed as a whole: each document again, alone
            inflight.extendleft(([item], submit([item[1]])) for item in reversed(chunk))
            queued += len(chunk)
            continue
        for (tag, doc), outcome in zip(chunk, results):
            yield tag, doc, outcome


class InlineRunner:
    """Analysis in this process (`--workers 0`): no time limit, no crash isolation."""

    def __init__(self, pipeline: Pipeline, chunk_size: int = CHUNK_SIZE):
        self.pipeline = pipeline
        self.chunk_size = chunk_size
        self.peak_rss_mb = None
        self.stage_seconds: dict[str, float] = {}  # summed over the analysed documents

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        for chunk in doc_chunks(items, self.chunk_size):
            # Loaded before the first analysis, as a worker's initializer does, so that the
            # model's load (seconds) is not counted as the parse's time.
            nlp.load()
            outcomes = analyze_stream(self.pipeline, [doc for _, doc in chunk], self.stage_seconds)
            for (tag, doc), outcome in zip(chunk, outcomes):
                yield tag, doc, outcome
