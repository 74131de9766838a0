"""People the entity tagger took for a body or a place (labels ORG, GPE, FAC...).

spaCy's small model tags many names it has not seen as organisations or places: "A Turkish
foreign ministry spokesman, Oncu Keceli," (ORG), and, once a person is named in full, the
surname alone later ("Ahmed Salem, an Egyptian lawyer, ... Police said Salem had insulted
the president": "Salem" ORG). Coded as bodies they have no actor, so the acts they do lose
their doer. These rules read them as the people they are:

- `titled_names`: a mention of two or three capitalized words no table knows, introduced by a
  person's title ("Ukrainian lawmaker X") or role before a comma or after it ("a Turkish
  foreign ministry spokesman, X") is a person (relabelled PERSON) and takes that role's actor,
  as a person's name does (roles.py);
- `surname_mentions`: a one-word mention no table knows that is the surname of a person named
  earlier in the text is that person (PERSON, their actor and canonical name; entities.py
  `_corefer` does the same for mentions the tagger labels PERSON);
- `ranked_names`: a military or police rank the tagger took into an organisation's name
  ("[Brigadier General Moses Okello]" ORG) is a person's title: the mention is a PERSON, named
  by the words after the rank, so a "he" that follows can stand for them.

Used by the actors stage (entities.py) after people are coded.
"""
from __future__ import annotations

import re

from ...model import Document, Entity
from .lexicon import load, tokens
from .phrase import _candidates, code_text
from .roles import appositive, role_before

_NON_PERSON = {"ORG", "GPE", "FAC", "LOC", "NORP"}
# Labels of no actor the tagger also gives a surname ("Germany accused Tavakoli of spying":
# WORK_OF_ART); the stage passes their mentions here only
_OTHER_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT"}
_TITLE_WORDS = 5  # words of a title read before a name ("Turkish foreign ministry spokesman")


def _unknown_words(text: str, name_words: bool = False) -> list[str] | None:
    """The words of a mention when each is a capitalized word no table knows, else None.
    `name_words`: a word of a known person's name ("Fox" of Vicente Fox) counts as unknown
    (a surname stands for the person named in full before it, whoever else bears it)."""
    lex = load()
    words = [w for _, _, w in tokens(text) if w.lower() != "'s"]
    for w in words:
        low = w.lower()
        if not w[:1].isupper() or w.isupper() or low in lex.vocab or \
                (low in lex.name_words and not name_words) or _candidates(lex, [w]):
            return None
    return words


def _title_before(doc: Document, ent: Entity, date: str | None) -> dict | None:
    """The actor of a person's title right before the name ("Ukrainian lawmaker X"): the
    words up to the name, back to the last punctuation, ending in a person's role word."""
    sent = doc.sentence_at(ent.start)
    begin = sent.start if sent is not None else max(0, ent.start - 80)
    before = doc.text[max(begin, ent.start - 80):ent.start]
    title = re.split(r"[,;:()\"\u201c\u201d]", before)[-1]
    words = [w for _, _, w in tokens(title)][-_TITLE_WORDS:]
    if not words or words[-1].lower() not in load().role_heads or title[-1:] not in (" ",):
        return None
    actor, _ = code_text(" ".join(words), date)
    return actor if actor and actor.get("sector") else None


def titled_names(doc: Document, entities: list[Entity], date: str | None) -> list[Entity]:
    """Recode the untagged people introduced by a role (module note); returns them."""
    found = []
    for ent in entities:
        if ent.label not in _NON_PERSON:
            continue
        words = _unknown_words(doc.text[ent.start:ent.end])
        if not words or not 2 <= len(words) <= 3:
            continue
        actor = _title_before(doc, ent, date) or role_before(doc, ent, date) or \
            appositive(doc, ent, date)
        if actor is not None:
            # a person: so labelled, named without a possessive ("opposition leader [María
            # Corina Machado's] team"), coded by the role unless the words around coded it
            ent.actor = ent.actor or actor
            ent.label, ent.name = "PERSON", " ".join(words)
            found.append(ent)
    return found


def surname_mentions(doc: Document, entities: list[Entity], people: list[Entity]) -> None:
    """Give a later surname the tagger did not take for a person its person (module note).
    `people`: the mentions read as people besides those labelled PERSON."""
    named = sorted([e for e in entities if e.label == "PERSON"] + people, key=lambda e: e.start)
    for ent in entities:
        if ent.label not in _NON_PERSON | _OTHER_LABELS or ent.actor is not None:
            continue
        words = _unknown_words(doc.text[ent.start:ent.end], name_words=True)
        if not words or len(words) != 1:
            continue
        for person in reversed(named):
            if person.start >= ent.start or not person.actor:
                continue
            theirs = [w for _, _, w in tokens(doc.text[person.start:person.end])
                      if w.lower() != "'s"]
            if len(theirs) > 1 and theirs[-1] == words[0]:
                ent.actor = dict(person.actor)
                ent.name, ent.label = person.name, "PERSON"
                break


# Ranks that open a person's name in wire copy ("Brigadier General", "Lt. Col.", "Air Vice
# Marshal"); written for newsdesk.
# The words of a rank end in its head noun: "Major General X" is a rank, "Major League
# Baseball" and "Private Equity Partners" are none.
RANK_HEADS = {"brigadier", "general", "lieutenant", "colonel", "captain", "commander", "admiral",
              "sergeant", "corporal", "marshal", "brig", "gen", "lt", "col", "capt", "cmdr",
              "cdr", "adm", "sgt", "cpl", "superintendent", "inspector", "constable"}
RANKS = RANK_HEADS | {"major", "field", "air", "vice", "rear", "maj", "chief"}


def ranked_names(doc: Document) -> None:
    """Relabel PERSON a non-person mention that is a rank and then a name of two or three
    capitalized words no table knows ("Brigadier General Moses Okello"); its name is the words
    after the rank (module note). "General Motors" (one word after) or "Air Force Academy"
    (words the tables know) stay what they were."""
    for ent in doc.entities:
        if ent.label not in _NON_PERSON:
            continue
        words = [w for _, _, w in tokens(doc.text[ent.start:ent.end]) if w != "."]
        lead = 0
        while lead < len(words) and words[lead].rstrip(".").lower() in RANKS:
            lead += 1
        rest = words[lead:]
        if lead and words[lead - 1].rstrip(".").lower() in RANK_HEADS and \
                2 <= len(rest) <= 3 and _unknown_words(" ".join(rest)):
            ent.label = "PERSON"
            ent.name = " ".join(rest)

