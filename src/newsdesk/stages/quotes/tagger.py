"""The learned part of the quotes stage: a CRF tags each paragraph's tokens as source, cue or
content (models/quotes_crf.bin, built by `python -m newsdesk.training quotes`)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import pycrfsuite

from .features import doc_context, paragraph_words, paragraphs, word_features

MODEL_FILE = "quotes_crf.bin"
ROLE_NAMES = {"SRC": "source", "CUE": "cue", "CON": "content"}


@dataclass
class TagSpan:
    """A run of tokens [first, last) tagged with one role, inside paragraph `para`."""

    role: str  # "source" | "cue" | "content"
    first: int
    last: int
    para: int


@functools.lru_cache(maxsize=1)
def tagger():
    """The CRF tagger, or None when the model file is not built yet."""
    path = resources.files("newsdesk.models").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    tag = pycrfsuite.Tagger()
    tag.open(str(path))
    return tag


def tag_spans(sdoc, ctx: dict | None = None) -> tuple[list[TagSpan], list[tuple[int, int]]]:
    """Tagged spans over the whole parse, and the paragraph token ranges."""
    ctx = ctx or doc_context(sdoc)
    paras = paragraphs(sdoc, ctx["tokens"])
    crf = tagger()
    if crf is None:
        return [], paras
    spans: list[TagSpan] = []
    for n, (first, last) in enumerate(paras):
        words = paragraph_words(sdoc, first, last, ctx)
        labels = crf.tag(word_features(sdoc, words, ctx)) if words else []
        spans.extend(_runs(_with_blanks(labels, words, first, last), first, n))
    return spans, paras


def _with_blanks(labels: list[str], words: list[int], first: int, last: int) -> list[str]:
    """The labels of the paragraph's words spread over all its tokens: a blank the tagger did
    not see continues the run it sits in (the word after it goes on that run), else is O."""
    out = ["O"] * (last - first)
    for i, label in zip(words, labels):
        out[i - first] = label
    for k in range(len(words) - 1):
        after = labels[k + 1]
        if words[k + 1] - words[k] > 1 and after.startswith("I-"):
            for i in range(words[k] + 1, words[k + 1]):
                out[i - first] = after
    return out


def _runs(labels: list[str], offset: int, para: int) -> list[TagSpan]:
    out: list[TagSpan] = []
    current = None
    for k, label in enumerate(labels):
        role = ROLE_NAMES.get(label[2:]) if label != "O" else None
        if current and (role != current.role or label.startswith("B-")):
            out.append(current)
            current = None
        if role and current is None:
            current = TagSpan(role, offset + k, offset + k + 1, para)
        elif role:
            current.last = offset + k + 1
    if current:
        out.append(current)
    return out
