"""The role written around a person's name: an appositive after it ("Sergei Shoigu, Russia's
defense minister,"), a role before a comma ("a Commerce Ministry spokesman, Gao Feng"), or a
U.S. party-and-state tag after it ("Sen. Jeff Flake (R-Ariz.)", `has_congress_tag`).
Split from entities.py, which reads a person through these when the name has no title.
"""
from __future__ import annotations

import re

from ...model import Document, Entity
from .lexicon import load, tokens
from .phrase import code_text
from .refer import points_back, role_of_body

# (up to 100 characters: "a spokesman for the People's Liberation Army Eastern Theater Command")
APPOSITIVE = re.compile(r"\s*,\s+((?:the\s+|a\s+)?[^,;.()\"]{3,100}?)\s*(?:,|\.|;|$)")
# (a dot only after a single capital, as in "the U.S. envoy, Jane Roe")
_ROLE_BEFORE = re.compile(r"((?:[^,;:.()\"]|(?<=\b[A-Z])\.){3,60}),\s*$")
# prepositions before a place (entities.py reads them too)
LOCATIVE = {"in", "at", "near", "outside", "from", "to", "into", "across", "around",
            "inside", "via", "through", "toward", "towards", "between"}
# First words of what follows a name after a comma that is no role: a place, a time, a
# clause ("Ana Roy, in Cairo on Monday, said"; "Ana Roy, who ...", "Ana Roy, said to be ...").
_NOT_A_ROLE = LOCATIVE | {"on", "during", "after", "before", "since", "for", "with", "by",
                           "who", "whom", "whose", "which", "that", "said", "says", "told",
                           "speaking", "according", "last", "earlier", "later", "then"}


def appositive(doc: Document, ent: Entity, date: str | None):
    """ "Sergei Shoigu, Russia's defense minister, said" → the role after the name."""
    m = APPOSITIVE.match(doc.text, ent.end)
    if not m:
        return None
    first = m.group(1).split(None, 1)[0].lower()
    if first in _NOT_A_ROLE:
        return None  # "the envoy, Sarah Jennings, in Cairo on Monday": where, not what she is
    if _opens_with_verb(doc, m.start(1)):
        return None  # "Its minister, Sheikh Ahmad, thanked US President Trump": the predicate
    actor, _ = code_text(m.group(1), date)
    if points_back(m.group(1)):  # "Alfredo Romero, its director": the body "its" stands for
        return role_of_body(doc, m.group(1), ent.start, actor)
    # Only a role tied to a country or body counts: "chief economist" is no office.
    return actor if actor and actor.get("sector") and actor.get("country") else None


def _opens_with_verb(doc: Document, at: int) -> bool:
    """The words after the comma open with a finite verb (the sentence's predicate, after
    an appositive that ended before the name), not a role."""
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(at, at + 1, alignment_mode="expand") if parsed is not None else None
    return span is not None and len(span) > 0 and span[0].pos_ in ("VERB", "AUX") \
        and span[0].tag_ in ("VBD", "VBZ", "VBP", "MD")


_OWNER_PREPS = {"for", "of", "at"}  # "a spokesman for X", "the head of X", "a director at X"


def role_before(doc: Document, ent: Entity, date: str | None):
    """ "said a Commerce Ministry spokesman, Gao Feng" → the role before the comma."""
    m = _ROLE_BEFORE.search(doc.text, max(0, ent.start - 70), ent.start)
    if not m:
        return None
    if points_back(m.group(1)):  # "Its director, Alfredo Romero": the body "its" stands for
        return role_of_body(doc, m.group(1), m.start(1), code_text(m.group(1), date)[0])
    # the noun phrase before the comma, not the clause it ends ("President Ruto met [the
    # U.S. envoy], Jane Roe"): from its last article on
    phrase = re.split(r"\b(?:the|a|an)\s+(?=\S)", m.group(1), flags=re.I)[-1]
    toks = tokens(phrase)
    if not toks or toks[-1][2].lower() not in load().role_heads:
        # "a spokesman for Iran's foreign ministry, Esmaeil Baghaei": the role is the last
        # role word before "for"/"of"/"at"; the body after it says whose
        whole = tokens(m.group(1))
        heads = load().role_heads
        role = next((i for i in range(len(whole) - 2, -1, -1)
                     if whole[i][2].lower() in heads and whole[i + 1][2].lower() in _OWNER_PREPS),
                    None)
        if role is None:
            return None
        opening = m.group(1)[:whole[role][1]]
        start = re.split(r"\b(?:the|a|an)\s+(?=\S)", opening, flags=re.I)[-1]
        phrase = m.group(1)[len(opening) - len(start):]
    actor, _ = code_text(phrase, date)
    return actor if actor and actor.get("sector") else None


# A party-and-state tag after a name ("Sen. Jeff Flake (R-Ariz.)", "Rep. Ana Roy, D-Calif.,",
# "(D-IL)"): the way U.S. papers mark a member of Congress, of no other state.
_CONGRESS_TAG = re.compile(r"\s*[(,]\s*[RDI]\s*-\s*[A-Z][A-Za-z.]{1,13}\s*[),]")


def has_congress_tag(doc: Document, ent: Entity) -> bool:
    """Is the name followed by a U.S. party-and-state tag ("(R-Ariz.)", ", D-Calif.,")?"""
    return bool(_CONGRESS_TAG.match(doc.text, ent.end))
