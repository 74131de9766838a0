""""The North" and "the South" of a divided land: in a story that names both halves by their
states' names ("North Korea", "South Korea"), "the North fired two missiles" is the state
whose name opens with that word, not a region of no country (PRK, KOR). Used by
entities._code_entity for a GPE/LOC mention of the bare word after "the"."""
from __future__ import annotations

import re

from ...model import Document, Entity
from .phrase import NON_STATE, code_text

_OTHER = {"North": "South", "South": "North"}


def _states_named(doc: Document, word: str, date: str | None) -> set[str]:
    """The states the text names by a name opening with `word` ("North Korea")."""
    out = set()
    for m in re.finditer(rf"\b{word}\s+[A-Z][a-z]+", doc.text):
        actor, _ = code_text(m.group(0), date)
        if actor and actor.get("country") and not actor.get("sector") \
                and actor["country"] not in NON_STATE:
            out.add(actor["country"])
    return out


def half_state(doc: Document, ent: Entity, date: str | None):
    """(actor, name) of "the North"/"the South" when the text names both halves, else None."""
    word = doc.text[ent.start:ent.end]
    if word not in _OTHER or doc.text[max(0, ent.start - 4):ent.start].lower() != "the ":
        return None
    mine, theirs = _states_named(doc, word, date), _states_named(doc, _OTHER[word], date)
    if len(mine) != 1 or not theirs or mine & theirs:
        return None
    country = mine.pop()
    return {"code": country, "country": country, "sector": None}, word
