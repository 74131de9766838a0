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
from .lexicon import load
from .phrase import _candidates, code_text

# Nouns a text uses for a body it has named ("the group said", "a spokesman for the movement").
# ("the agency", "the company", "the union" may be a state's or any firm's: left out)
BODY_NOUNS = {"group", "movement", "organisation", "organization", "militia", "party",
              "alliance", "coalition", "faction", "network", "charity", "outfit"}
BODY_LABELS = ("ORG", "NORP", "GPE")
# Sectors of bodies that are no state's part: a person speaking for one takes its code.
NON_STATE_SECTORS = {"REB", "NGO", "IGO", "PTY", "OPP", "BUS", "JRN", "MED", "REL", "EDU", "LAB"}
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


def body_named_back(doc: Document, start: int, end: int) -> dict | None:
    """The actor of "the group" / "the movement" speaking: the body named before it (see
    the module note), or None."""
    words = doc.text[start:end].split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in BODY_NOUNS:
        return None
    return role_of_body(doc, "of " + doc.text[start:end], start, None)


def role_of_body(doc: Document, phrase: str, at: int, role_actor: dict | None) -> dict | None:
    """The actor of a person whose role `phrase` (starting at offset `at`) points back to a
    body (see the module note); call only when `points_back(phrase)`."""
    possessed = _POSSESSED.search(phrase.strip(" ,"))
    if possessed:  # "Kenya recalled [its] ambassador": what stands before the "its"
        at += phrase.index(phrase.strip(" ,")) + possessed.start()
    states_too = bool(possessed)
    found = _subject_body(doc, at, states_too)
    if found is None:
        body = _body_before(doc, at, states_too)
        found = dict(body.actor) if body is not None and body.actor else None
        if body is not None and body.label == "GPE" and found:
            found["sector"] = None
    elif not found:
        return None  # the subject before is a person: "its" stands for no body of hers
    if not found:
        return None
    if not found.get("sector") or found.get("country") and not found.get("org") and \
            found["sector"] not in STATE_SECTORS | NON_STATE_SECTORS:
        # a state itself ("Kenya recalled its ambassador"): the state, the role's sector
        country = found.get("country")
        if not country:
            return None
        sector = (role_actor or {}).get("sector")
        return {"code": country + (sector or ""), "country": country, "sector": sector}
    return {k: found.get(k) for k in ("code", "country", "sector", "org") if k in found}


def _subject_body(doc: Document, at: int, states_too: bool) -> dict | None:
    """The actor of the subject "its" or "the group" most likely stands for: the subject of
    the sentence before when the role opens its sentence ("Egypt's foreign ministry
    condemned the strikes. Its spokesman, ..."), else of its own sentence before it ("Kenya
    recalled its ambassador"). {} when that subject is a person (no body), None when there
    is no subject to read or it names no actor the role may take."""
    sdoc, here = doc.spacy, doc.sentence_at(at)
    if sdoc is None or here is None:
        return None
    opens = not doc.text[here.start:at].strip(" \"'\u201c")
    if opens and here.i == 0:
        return None
    sent = doc.sentences[here.i - 1] if opens else here
    span = sdoc.char_span(sent.start, sent.end if opens else at, alignment_mode="contract")
    if span is None:
        return None
    subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if not subjects:
        return None
    subj = subjects[0]
    lo, hi = sdoc[subj.left_edge.i].idx, subj.idx + len(subj.text)
    if subj.lower_ in ("he", "she", "i") or _person_role(subj.text) or any(
            e.label == "PERSON" and e.start <= subj.idx < e.end for e in doc.entities):
        return {}  # "Venezuela's attorney general said ...": a person, no body "its" names
    actor = code_text(doc.text[lo:hi], doc.meta.published)[0]
    if not actor:
        return None
    if not states_too and actor.get("sector") in STATE_SECTORS | {"JRN", "MED"}:
        return None  # "The military said ... a spokesman for the group": not the military
    return actor


def _person_role(word: str) -> bool:
    """A noun naming one person's role in the actor tables ("minister", "general")."""
    return any(e.kind == "inst" and "person" in e.role for e in _candidates(load(), [word]))


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
