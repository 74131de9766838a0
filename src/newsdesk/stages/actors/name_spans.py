"""How far an entity's name reaches beyond what the tagger marked: the whole name of the
tables it is the end of ("AU Peace and Security Council" tagged "Security Council"), cut at a
hyphen ("Guinea" of "Guinea-Bissau"), the title or role words before it ("Chinese
President" Xi, "Sen." Wicker) and the role words after an adjective ("Chinese" troops).
entities.py codes the widened span.
"""
from __future__ import annotations

import re

from ...model import Document, Entity
from .lexicon import load, tokens
from .phrase import _candidates

_MAX_LEFT = 6  # words of title/role looked at before a name
_LINKING = {"of", "and", "'s", "the", "for", "to", "in"}
# Words that may precede an adjective of a people ("former", "senior" Chinese officials).
_MODIFIERS = {"former", "ex", "senior", "top", "ethnic", "anti", "pro", "late", "ousted",
              "exiled", "deposed", "acting", "then", "many", "some", "the", "a", "an"}


def _sentence_start(doc: Document, offset: int) -> int:
    sent = doc.sentence_at(offset)
    return sent.start if sent else max(0, offset - 200)


def longer_name(doc: Document, ent: Entity) -> str | None:
    """A name of the tables that the mention is only the end of ("AU Peace and Security
    Council" tagged as "Security Council", which alone is the UN's): that whole name."""
    lex = load()
    begin = max(_sentence_start(doc, ent.start), ent.start - 60)
    window = doc.text[begin:ent.end]
    for s, _, _ in tokens(window):
        if begin + s >= ent.start:
            break
        key = [w for _, _, w in tokens(window[s:])]
        if lex.lower.get(tuple(w.lower() for w in key)) or lex.exact.get(tuple(key)):
            return window[s:]  # the earliest start: the longest name
    return None


_HYPHEN_TAIL = re.compile(r"[-\u2010\u2011]\w[\w'.]*")


def hyphenated_name(doc: Document, ent: Entity) -> str | None:
    """A name of the tables the tagger cut at a hyphen ("Guinea" of "Guinea-Bissau", "Timor"
    of "Timor-Leste"): the whole name, else None."""
    m = _HYPHEN_TAIL.match(doc.text, ent.end)
    if m is None:
        return None
    whole = doc.text[ent.start:m.end()]
    key = [w for _, _, w in tokens(whole)]
    lex = load()
    return whole if lex.lower.get(tuple(w.lower() for w in key)) or lex.exact.get(tuple(key)) \
        else None


def left_extension(doc: Document, ent: Entity) -> int:
    """Start of the title/role words right before a mention ("Chinese President" Xi,
    "Russia's Defense Ministry"). A country name joins only as a possessive ("Russia's"),
    so a subject before its verb ("China forces American companies") stays out; before an
    adjective (NORP) only modifiers join ("senior", "former")."""
    lex = load()
    begin = max(_sentence_start(doc, ent.start), ent.start - 80)
    before = tokens(doc.text[begin:ent.start])[-_MAX_LEFT:]
    taken: list[tuple[int, int, str]] = []
    edge = ent.start
    for s, e, word in reversed(before):
        gap = doc.text[begin + e:edge].strip()
        if gap not in ("", "'s", "\u2019s") and not _abbreviated(word, gap):
            break  # punctuation between the words
        if not _joins_title(lex, word, taken, ent.label):
            break
        taken.insert(0, (s, e, word))
        edge = begin + s
    while taken and taken[0][2].lower() in _LINKING:  # never begin on "of", "and", "the"
        taken.pop(0)
    return begin + taken[0][0] if taken else ent.start


# Titles the press cuts with a dot ("Sen. Roger Wicker", "Gov. Ana Ruiz", "Gen. Ali Said");
# a dot after any other word ("U.S. President Trump and ...") ends what joins the name.
_ABBREVIATED_TITLES = {"sen", "rep", "gov", "gen", "lt", "col", "adm", "sgt", "maj", "capt",
                       "cmdr", "brig", "amb", "supt", "insp", "cpl", "pres"}


def _abbreviated(word: str, gap: str) -> bool:
    """A title cut with a dot right before the name or the next title word."""
    return gap == "." and word[:1].isupper() and word.lower() in _ABBREVIATED_TITLES


def _joins_title(lex, word: str, taken: list, label: str) -> bool:
    lower = word.lower()
    if label == "NORP":
        return lower in _MODIFIERS
    entries = [e for e in _candidates(lex, [word]) if e.kind != "person"]
    if any(e.kind == "country" and e.role in ("name", "capital", "place") for e in entries):
        return bool(taken) and taken[0][2] == "'s"
    return lower in lex.vocab or bool(entries) or (word[:1].isupper() and lower in lex.name_words)


def right_extension(doc: Document, ent: Entity) -> int:
    """End of role words right after an adjective ("Chinese" troops, "Russian" officials)."""
    lex = load()
    after = tokens(doc.text[ent.end:ent.end + 60])[:3]
    end = ent.end
    for s, e, word in after:
        if doc.text[end:ent.end + s].strip() not in ("",):
            break
        if word.lower() in lex.vocab and word.lower() not in ("of", "and", "'s", "for"):
            end = ent.end + e
        else:
            break
    return end
