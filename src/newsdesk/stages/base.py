"""What every stage shares: the `stage` decorator and the parse a stage reads.

A stage is a plain callable `(Document) -> Document` carrying three attributes: `name`,
`needs` (names of stages that must run before it) and `adds` (what it fills). The pipeline
(newsdesk.pipeline, the layer above) checks the order once and runs the stages; a stage never
parses: the pipeline fills `doc.spacy`, the sentences and the entities first (nlp.fill_from_parse).
"""
from __future__ import annotations

from typing import Callable

from ..errors import StageError
from ..model import Document


def stage(name: str, needs: tuple[str, ...] = (), adds: tuple[str, ...] = ()):
    """Mark a function as a stage: `@stage("quotes", needs=("actors",), adds=("quotes",))`."""

    def mark(fn: Callable[[Document], Document]):
        fn.name, fn.needs, fn.adds = name, tuple(needs), tuple(adds)
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
