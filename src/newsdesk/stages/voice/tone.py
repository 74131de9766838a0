"""GDELT-style tone from newsdesk's own positive and negative word lists (lexicons/tone_*.txt).

GDELT's V2Tone counts words of an emotion dictionary per article:
tone = (positive - negative) / words * 100, positive and negative are each count / words * 100,
polarity = positive + negative (how emotionally charged, whatever the sign), activity = active
words / words * 100, self_group = first-person pronouns / words * 100, plus the word count.
Our figures use the same formulas on our own lists (which are not GDELT's LIWC-derived ones),
so they are comparable in kind and sign, not equal in value. A word right after a negation
("not", "no", "never", "n't", ...) counts on the other side.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[2] / "lexicons"  # newsdesk/lexicons
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NEGATIONS = frozenset("not no never nor without n't cannot hardly neither".split())
SELF_GROUP = frozenset("i me my mine myself we us our ours ourselves".split())


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[frozenset, tuple]:
    """(whole words, prefixes) of lexicons/tone_<name>.txt; a trailing * marks a prefix."""
    words, prefixes = set(), []
    for line in (LEXICONS / f"tone_{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if line.endswith("*"):
            prefixes.append(line[:-1])
        else:
            words.add(line)
    return frozenset(words), tuple(prefixes)


@functools.lru_cache(maxsize=65536)
def polarity_of(word: str) -> int:
    """+1 for a positive word, -1 for a negative one, 0 otherwise (cached per word form)."""
    for sign, name in ((1, "positive"), (-1, "negative")):
        words, prefixes = word_list(name)
        if word in words or word.startswith(prefixes):
            return sign
    return 0


def count(text: str) -> dict:
    """Raw counts for one stretch of text: words, positive, negative, self_group."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    pos = neg = 0
    for k, word in enumerate(words):
        sign = polarity_of(word)
        if not sign:
            continue
        before = words[max(0, k - 2):k]
        if any(b in NEGATIONS or b.endswith("n't") for b in before):
            sign = -sign
        pos += sign > 0
        neg += sign < 0
    return {"words": len(words), "positive": pos, "negative": neg,
            "self_group": sum(w in SELF_GROUP for w in words)}


def sentence_tone(counts: dict) -> float:
    n = counts["words"]
    return round((counts["positive"] - counts["negative"]) / n * 100, 3) if n else 0.0


def article_tone(sentence_counts: list[dict], active_words: int = 0) -> dict:
    """The V2Tone-like figures for the whole article from its sentences' counts."""
    n = sum(c["words"] for c in sentence_counts)
    pos = sum(c["positive"] for c in sentence_counts)
    neg = sum(c["negative"] for c in sentence_counts)
    selfg = sum(c["self_group"] for c in sentence_counts)
    pct = (lambda x: round(x / n * 100, 3)) if n else (lambda x: 0.0)
    return {"tone": round(pct(pos) - pct(neg), 3), "positive": pct(pos), "negative": pct(neg),
            "polarity": round(pct(pos) + pct(neg), 3), "activity": pct(active_words),
            "self_group": pct(selfg), "word_count": n}
