"""What every stage shares: the `stage` decorator, the parse a stage reads and the datelines.

A stage is a plain callable `(Document) -> Document` carrying three attributes: `name`,
`needs` (names of stages that must run before it) and `adds` (what it fills), and optionally
`prepare`: a function given all the documents of a batch before the stage runs on each, for
work that is cheaper done once for many (the voice encoder's batches); the stage gives the same
result without it. The pipeline
(newsdesk.pipeline, the layer above) checks the order once and runs the stages; a stage never
parses: the pipeline fills `doc.spacy`, the sentences and the entities first (nlp.fill_from_parse).
"""
from __future__ import annotations

from typing import Callable

from ..errors import StageError
from ..model import Document
from ..nlp import dateline_at


def stage(name: str, needs: tuple[str, ...] = (), adds: tuple[str, ...] = (),
          prepare: Callable[[list[Document]], None] | None = None):
    """Mark a function as a stage: `@stage("quotes", needs=("actors",), adds=("quotes",))`;
    `prepare` (see the module note) is kept as the function's `prepare` attribute."""

    def mark(fn: Callable[[Document], Document]):
        fn.name, fn.needs, fn.adds = name, tuple(needs), tuple(adds)
        fn.prepare = prepare
        return fn

    return mark


def parse_of(doc: Document, stage_name: str):
    """The document's spaCy parse (`doc.spacy`). Raises StageError when the document was not
    parsed: run it through `Pipeline`, or build it with `nlp.parsed_document(text)` or
    `nlp.fill_from_parse(doc, nlp.parse(doc.text))`."""
    if doc.spacy is None:
        raise StageError(stage_name, "the document was not parsed (doc.spacy is None): run it "
                                     "through Pipeline or fill it with nlp.fill_from_parse")
    return doc.spacy


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening text[start:end] ends (start when there is none): it names
    where the story was filed, never an actor or a speaker (the forms: nlp.DATELINE)."""
    m = dateline_at(text, start, end)
    return m.end() if m else start


def after_dateline(doc: Document, start: int, end: int) -> int:
    """Where a span [start, end) begins once the dateline of its sentence is cut off: a
    span the parse began inside the dateline ("Colombia, May 8 (Reuters) - Defence
    Minister Pedro Sanchez") begins after it; one outside it, or wholly inside, is kept."""
    sent = doc.sentence_at(start)
    opening = sent.start if sent is not None else start
    cut = dateline_end(doc.text, opening, sent.end if sent is not None else end)
    return cut if start < cut < end else start


def datelines(doc: Document) -> list[tuple[int, int]]:
    """Character spans of datelines at the start of sentences."""
    spans = []
    for sent in doc.sentences:
        cut = dateline_end(doc.text, sent.start, sent.end)
        if cut > sent.start:
            spans.append((sent.start, cut))
    return spans
