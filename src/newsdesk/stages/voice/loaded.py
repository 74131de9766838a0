"""Loaded words: which words of a sentence carry the writer's slant (BABE's "biased words").

A token classifier over the word's form and its neighbours (no parse needed, so the same
features serve training on BABE and the stage), trained by training/voice.py. With the voice
encoder, the outlet's own sentences take the encoder's `loaded` head instead (encoder.py;
training/voice_loaded.py: word F1 0.455 on BABE's internal test part against 0.341).
"""
from __future__ import annotations

import re

from .features import load_model

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
# Function words are never loaded; skipping them keeps the classifier's job small.
FUNCTION_WORDS = frozenset("""a an the and or but if of in on at to for from by with as is are
was were be been being am do does did have has had it its this that these those he she they we
you i me him her them us my your his our their not no so than then there here who whom which
what when where why how all any each some such can could will would shall should may might must
into onto about over under after before during between through up down out off also just very
said says say""".split())


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for each word of the text."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title"
    return "lower"


def token_features(toks: list[tuple[int, int, str]], k: int) -> list[str]:
    word = toks[k][2]
    low = word.lower()
    prev = toks[k - 1][2].lower() if k > 0 else "<s>"
    nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else "</s>"
    feats = ["w=" + low, "s3=" + low[-3:], "s4=" + low[-4:], "p3=" + low[:3],
             "shape=" + _shape(word) + ("_first" if k == 0 else ""),
             "prev=" + prev, "next=" + nxt, f"len={min(len(low), 12)}"]
    if low in FUNCTION_WORDS:
        feats.append("function")
    return feats


def loaded_candidates(text: str) -> list[tuple[int, int]]:
    """The words of a sentence that may be loaded (not function words), as (start, end)."""
    return [(a, b) for a, b, w in word_tokens(text) if w.lower() not in FUNCTION_WORDS]


def loaded_spans(texts_with_offsets: list[tuple[int, str]]) -> list[list[tuple[int, int]]]:
    """For each (offset, sentence text): the loaded words as absolute (start, end) spans."""
    model = load_model("loaded")
    items, owners = [], []
    for n, (offset, text) in enumerate(texts_with_offsets):
        toks = word_tokens(text)
        for k, (start, end, word) in enumerate(toks):
            if word.lower() in FUNCTION_WORDS:
                continue
            items.append(token_features(toks, k))
            owners.append((n, offset + start, offset + end))
    out: list[list[tuple[int, int]]] = [[] for _ in texts_with_offsets]
    if not items:
        return out
    probs = model.proba([""] * len(items), items)
    for (n, start, end), p in zip(owners, probs):
        if p >= model.threshold:
            out[n].append((start, end))
    return out
