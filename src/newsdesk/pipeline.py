"""One document flows through small stages, in order.

A stage is a plain callable `(Document) -> Document` carrying three attributes: `name`,
`needs` (names of stages that must run before it) and `adds` (what it fills); see
stages/base.py. The pipeline parses each document (nlp.parse, then nlp.fill_from_parse), checks
the stage order once when it is built and checks each stage returns the document it got; a
stage's exception goes to the error policy in `Options.on_error` ("raise" in tests, "record"
in batch runs, where the failure is written on the article and the next stage still runs).
"""
from __future__ import annotations

import time
from typing import Iterable, Iterator

from . import nlp as nlp_module
from .errors import StageError
from .model import Document
from .options import Options
from .stages import default_stages
from .stages.base import stage

__all__ = ["Pipeline", "stage"]  # `stage` is re-exported: a custom stage is written for a Pipeline


class Pipeline:
    """spaCy parse, then the stages. Build once per process; call `run` or `pipe`."""

    def __init__(self, stages: list | None = None, options: Options | None = None):
        self.options = options or Options()
        self.stages = list(default_stages(self.options) if stages is None else stages)
        done = {"nlp"}
        for st in self.stages:
            for attr in ("name", "needs", "adds"):
                if not hasattr(st, attr):
                    raise StageError(repr(st), f"a stage needs a `{attr}` attribute (use @stage)")
            missing = [n for n in st.needs if n not in done]
            if missing:
                raise StageError(st.name, f"needs {missing} to run before it")
            done.add(st.name)

    def is_english(self, doc: Document) -> bool:
        lang = doc.meta.language
        return lang is None or lang.split("-")[0].lower() in self.options.languages

    def _skip_language(self, doc: Document) -> Document:
        doc.errors.append({
            "stage": "language",
            "reason": f"language {doc.meta.language!r} is not analysed (English stages only); "
                      f"stored without sentences, quotes or events",
        })
        return doc

    def _run_stages(self, doc: Document, parsed) -> Document:
        if len(doc.text) > nlp_module.MAX_CHARS:
            doc.errors.append({"stage": "nlp", "reason":
                               f"text longer than {nlp_module.MAX_CHARS} characters: "
                               f"only the first {nlp_module.MAX_CHARS} are analysed"})
        nlp_module.fill_from_parse(doc, parsed)
        for st in self.stages:
            t0 = time.perf_counter()
            try:
                out = st(doc)
                if out is not doc:
                    raise StageError(st.name, f"returned {type(out).__name__}, not the document")
            except Exception as exc:
                if self.options.on_error == "raise":
                    if isinstance(exc, StageError):
                        raise
                    raise StageError(st.name, f"{type(exc).__name__}: {exc}") from exc
                doc.errors.append({"stage": st.name, "reason": f"{type(exc).__name__}: {exc}"})
            doc.timings[st.name] = time.perf_counter() - t0
        return doc

    def run(self, doc: Document) -> Document:
        """Analyse one document in place and return it."""
        if not self.is_english(doc):
            return self._skip_language(doc)
        return self._run_stages(doc, nlp_module.parse(doc.text))

    def pipe(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Document]:
        """Analyse many documents, parsing them in batches (nlp.pipe); yields in input order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> Iterator[Document]:
        english = [d for d in batch if self.is_english(d)]
        parsed = dict(zip(map(id, english), nlp_module.parse_many([d.text for d in english])))
        for doc in batch:
            if id(doc) in parsed:
                yield self._run_stages(doc, parsed[id(doc)])
            else:
                yield self._skip_language(doc)
