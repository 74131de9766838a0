"""One document flows through small stages, in order.

A stage is a plain callable `(Document) -> Document` carrying three attributes: `name`,
`needs` (names of stages that must run before it) and `adds` (what it fills); see
stages/base.py. The pipeline parses each document (nlp.parse, then nlp.fill_from_parse), checks
the stage order once when it is built and checks each stage returns the document it got; a
stage's exception goes to the error policy in `Options.on_error` ("raise" in tests, "record"
in batch runs, where the failure is written on the article and the next stage still runs).

`pipe` parses a batch of documents together and then runs each stage over the whole batch
before the next stage, so a stage with a `prepare` hook (the voice encoder) can do its work for
all of them at once: sentences of many articles sorted by length pad less than one article's.
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

    def _start(self, doc: Document, parsed) -> None:
        if len(doc.text) > nlp_module.MAX_CHARS:
            doc.errors.append({"stage": "nlp", "reason":
                               f"text longer than {nlp_module.MAX_CHARS} characters: "
                               f"only the first {nlp_module.MAX_CHARS} are analysed"})
        nlp_module.fill_from_parse(doc, parsed)

    def _failed(self, name: str, doc: Document | None, exc: Exception) -> None:
        """The error policy: raise a StageError, or write the failure on the document."""
        if self.options.on_error == "raise":
            if isinstance(exc, StageError):
                raise exc
            raise StageError(name, f"{type(exc).__name__}: {exc}") from exc
        if doc is not None:
            doc.errors.append({"stage": name, "reason": f"{type(exc).__name__}: {exc}"})

    def _run_stage(self, st, doc: Document, prepared: float = 0.0) -> None:
        """One stage on one document; its seconds (plus `prepared`, its share of the batch
        hook) go to doc.timings."""
        t0 = time.perf_counter()
        try:
            out = st(doc)
            if out is not doc:
                raise StageError(st.name, f"returned {type(out).__name__}, not the document")
        except Exception as exc:
            self._failed(st.name, doc, exc)
        doc.timings[st.name] = prepared + time.perf_counter() - t0

    def _prepare(self, st, docs: list[Document]) -> float:
        """Run a stage's batch hook; returns its seconds shared out over the documents.
        Under "record" a failing hook is passed over: the stage then does the work itself
        on each document (and records its own failure, if any)."""
        t0 = time.perf_counter()
        try:
            st.prepare(docs)
        except Exception as exc:
            self._failed(st.name, None, exc)
        return (time.perf_counter() - t0) / len(docs)

    def _run_all(self, docs: list[Document]) -> None:
        """Every stage over every document, a stage at a time (see the module note)."""
        for st in self.stages:
            hook = getattr(st, "prepare", None) is not None and docs
            prepared = self._prepare(st, docs) if hook else 0.0
            for doc in docs:
                self._run_stage(st, doc, prepared)

    def run(self, doc: Document) -> Document:
        """Analyse one document in place and return it."""
        if not self.is_english(doc):
            return self._skip_language(doc)
        self._start(doc, nlp_module.parse(doc.text))
        self._run_all([doc])
        return doc

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
        for doc, parsed in zip(english, nlp_module.parse_many([d.text for d in english])):
            self._start(doc, parsed)
        self._run_all(english)
        analysed = set(map(id, english))
        for doc in batch:
            yield doc if id(doc) in analysed else self._skip_language(doc)
