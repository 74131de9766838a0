"""What every stage shares: the `stage` decorator and the parse a stage reads.

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
