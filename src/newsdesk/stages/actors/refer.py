"""A person's role that points back to a body: "Its director, Alfredo Romero", "Mohammed
Afif, a spokesman for the group" (`role_of_body`).

"its" and "the group" stand for a body the text named before ("Foro Penal ... Its director";
"Hezbollah ... a spokesman for the group"), not for whatever country the sentence or the
article is about: the person speaks for that body and takes its actor (a Hezbollah spokesman
is LBNREB, a rights group's director the group's), or, when "its" stands for a state named as
one ("Kenya said its ambassador, ..."), that state with the role's sector. With no such body
before it, the role says who the person works for without saying which one: no actor, rather
than the country of the sentence before (a rights group's director is no Venezuelan official).
"""
from __future__ import annotations

import re

from ...model import Document
from .context import STATE_SECTORS

# Nouns a text uses for a body it has named ("the group said", "a spokesman for the movement").
# ("the agency", "the company", "the union" may be a state's or any firm's: left out)
BODY_NOUNS = {"group", "movement", "organisation", "organization", "militia", "party",
              "alliance", "coalition", "faction", "network", "charity", "outfit"}
BODY_LABELS = ("ORG", "NORP", "GPE")
LOOK_BACK = 2  # sentences before the role's own that "its" / "the group" may reach
# the role phrase ends "its director", "their top negotiator" ("Kenya said its ambassador")
_POSSESSED = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+$", re.I)
_FOR_BODY = re.compile(r"\b(?:for|of|at|from)\s+the\s+(\w+)\s*$", re.I)


def points_back(phrase: str) -> bool:
    """Does a role phrase point back to a body ("its director", "a spokesman for the group")?"""
    if _POSSESSED.search(phrase.strip(" ,")):
        return True
    m = _FOR_BODY.search(phrase.strip(" ,"))
    return bool(m) and m.group(1).lower() in BODY_NOUNS


def role_of_body(doc: Document, phrase: str, at: int, role_actor: dict | None) -> dict | None:
    """The actor of a person whose role `phrase` (starting at offset `at`) points back to a
    body (see the module note); call only when `points_back(phrase)`."""
    possessed = _POSSESSED.search(phrase.strip(" ,"))
    if possessed:  # "Kenya recalled [its] ambassador": what stands before the "its"
        at += phrase.index(phrase.strip(" ,")) + possessed.start()
    body = _body_before(doc, at, bool(possessed))
    if body is None or not body.actor:
        return None
    if body.label == "GPE" or not body.actor.get("sector"):
        sector = (role_actor or {}).get("sector")
        country = body.actor.get("country")
        if not country:
            return None
        return {"code": country + (sector or ""), "country": country, "sector": sector}
    return dict(body.actor)


def _body_before(doc: Document, at: int, states_too: bool):
    """The last body (an organisation; with "its", also a state) named before `at`, within
    its sentence and the few before, that heads its own noun phrase ("Venezuela's attorney
    general" names an official, not Venezuela as what "its" stands for)."""
    here = doc.sentence_at(at)
    floor = here.i - LOOK_BACK if here else -1
    labels = BODY_LABELS if states_too else ("ORG", "NORP")
    for ent in reversed(doc.entities):
        if ent.end > at or ent.label not in labels or not ent.actor:
            continue
        sent = doc.sentence_at(ent.start)
        if sent is not None and sent.i < floor:
            break
        if not states_too and ent.actor.get("sector") in STATE_SECTORS | {"JRN", "MED"}:
            continue  # "the group", "the movement": no government, army or newspaper
        if ent.label == "GPE" and _modifier(doc, ent):
            continue  # "Venezuela's attorney general": an office, not what "its" stands for
        return ent
    return None


def _modifier(doc: Document, ent) -> bool:
    """A place that only modifies another noun: a possessive ("Venezuela's") or a word
    before a noun ("the Kenya office")."""
    if doc.text[ent.end:ent.end + 2] in ("'s", "\u2019s"):
        return True
    sdoc = doc.spacy
    span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand") if sdoc is not None \
        else None
    return span is not None and span.root.dep_ in ("poss", "compound", "amod") and \
        span.root.head.i >= span.end
