"""What every runner shares, and the in-process runner.

A runner is built from one `Pipeline` (which carries its Options: `pipeline.options`) and turns
a stream of `(tag, Document)` into `(tag, Document, outcome)` in input order, where the outcome
is the article record (a dict) or a `Failure` (the document could not be analysed: a time
limit, a dead worker, an exception outside the stages). Runners pull the stream lazily, so
memory stays bounded whatever the size of the input.

`in_order` is the loop the process pool and the Dask runner share: chunks of documents go out
as tasks while fewer than a window of them are in flight; results come back in input order;
a chunk that fails as a whole is tried again document by document, so only the culprit fails.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from ..model import Document, to_record
from ..pipeline import Pipeline

# Documents per task: spaCy parses a batch ~1.4x faster than one by one (measured on this
# machine), and a batch is small enough that retrying it document by document after a
# failure is cheap.
CHUNK_SIZE = 8

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


def analyze_stream(pipeline: Pipeline, docs: list[Document]) -> Iterator[dict | Failure]:
    """One outcome per document, in order, as each is done. The chunk is parsed as a batch;
    if that fails outside the stages (which record their own errors), the documents not yet
    done are analysed again one by one from a clean copy, so only the culprit fails."""
    pristine = [_pristine(doc) for doc in docs]
    done = 0
    try:
        for doc in pipeline.pipe(docs, batch_size=len(docs)):
            record = to_record(doc)
            done += 1
            yield record
        return
    except Exception:
        pass
    for doc in pristine[done:]:
        yield analyze_alone(pipeline, doc)


def _pristine(doc: Document) -> Document:
    return replace(doc, sentences=[], entities=[], quotes=[], events=[], errors=list(doc.errors),
                   article=dict(doc.article), spacy=None, timings={})


def analyze_alone(pipeline: Pipeline, doc: Document) -> dict | Failure:
    """The record of one document, or a Failure naming the exception that stopped it."""
    try:
        return to_record(pipeline.run(doc))
    except Exception as exc:
        return Failure(f"analysis failed: {type(exc).__name__}: {exc}")


def in_order(items: Iterable[Tagged], chunk_size: int, window: int,
             submit: Callable[[list[Document]], Any],
             outcomes: Callable[[list[Tagged], Any], list | None]) -> Iterator[tuple[Any, Document, Any]]:
    """(tag, document, outcome) for every item, in input order, with at most about `window`
    documents submitted and not yet yielded.

    submit(docs) starts a task and returns its handle; outcomes(chunk, handle) waits for it and
    returns one outcome per document, or None when the task failed as a whole and the chunk
    holds more than one document (each is then submitted again on its own)."""
    chunks = chunked(items, max(1, chunk_size))
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

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def map(self, items: Iterable[Tagged]) -> Iterator[tuple[Any, Document, dict | Failure]]:
        for chunk in chunked(items, self.chunk_size):
            outcomes = analyze_stream(self.pipeline, [doc for _, doc in chunk])
            for (tag, doc), outcome in zip(chunk, outcomes):
                yield tag, doc, outcome
