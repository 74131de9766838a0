"""The sector of a speaker who speaks or works for a body (`for_the_body`).

The actor tables code a role any body may have ("spokesman", "negotiator", "leader",
"economist") as government (GOV) when nothing else in the phrase names a sector, and the
quotes stage then gives it the story's state: "a union negotiator" in a story from the
Netherlands became NLDGOV. The role says nothing of the state; the body it stands for does:
- a body named in the phrase that the tables code ("a union negotiator", "the union's general
  secretary": LAB; "a spokesman for the hospital": MED; "a government spokesman", "a Kremlin
  spokesman": the state's, as before) gives its own actor;
- a body named that the tables do not know ("a KLM spokesperson", "a spokesman for Schiphol
  airport", "chief economist at ING": a company, a club, an airport of unknown sector) leaves
  the speaker uncoded rather than made the government;
- a person spoken for ("a spokesman for Prime Minister X") or no body at all ("the
  spokesman") changes nothing.
"""
from __future__ import annotations

from ...model import Document
from ..actors import code_phrase

# Roles any body has (lower-case words): who holds one speaks or works for the body named with
# it. Offices of a state ("minister", "governor", "ambassador") are not among them, nor titles
# a state's office shares ("president", "secretary"; but "general secretary" is a union's or
# a party's). "head of state" and "chief of staff" name no body the tables know: unchanged.
ANY_BODY_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
    "negotiator", "negotiators", "leader", "leaders", "representative", "representatives",
    "official", "officials", "chairman", "chairwoman", "chairperson", "director", "head",
    "chief",
    "economist", "economists", "analyst", "analysts", "boss", "executive", "manager",
    "secretary-general", "member", "members",
}
# Words that describe the role, not the body ("a senior union official", "its chief economist").
ROLE_WORDS = {"a", "an", "the", "senior", "chief", "top", "junior", "deputy", "general",
              "lead", "head", "former", "acting", "interim", "its", "their", "his", "her",
              "one", "two", "three", "several", "some", "other", "another", "vice"}
# Prepositions that name the body after the role ("a spokesman for X", "economist at X").
BODY_PREPS = ("for", "of", "at", "from", "with")
NO_BODY = object()  # marker: the phrase names no body


def for_the_body(doc: Document, start: int, end: int, actor: dict | None) -> dict | None:
    """The actor of the speaker text[start:end], given `actor` as the tables coded it: the
    body's when the phrase is a role of a body (see the module note), else `actor`."""
    if not actor or actor.get("sector") != "GOV" or doc.spacy is None:
        return actor
    body = _body_named(doc, start, end)
    if body is NO_BODY:
        return actor
    lo, hi = body
    if any(e.label == "PERSON" and e.start < hi <= e.end for e in doc.entities):
        return actor  # "a spokesman for Prime Minister X": the person's, as coded (a name
        # the entity tagger took for a person before a noun, "Schiphol airport", is a body)
    # the tables' reading of the body's own words: the actors stage may have lent the role's
    # GOV to an organisation's name it does not know ("a [KLM] spokesperson")
    own = code_phrase(doc.text[lo:hi], doc.meta.published)
    if own is None:
        # a name the tables do not know ("KLM", "Schiphol airport"): a body of no known
        # sector, not the state; a common noun they do not know ("the country") says nothing
        named = any(t.pos_ == "PROPN" for t in doc.spacy.char_span(
            lo, hi, alignment_mode="expand") or [])
        return None if named else actor
    if not own.get("sector"):
        return actor  # "a Kenyan spokesman": a nationality, no body
    if own["sector"] == "GOV":
        return actor if not own.get("country") or actor.get("country") else own
    return own


def _body_named(doc: Document, start: int, end: int):
    """The character span of the body a role phrase names (before the role: "a [union]
    negotiator", "[KLM]'s spokesperson"; after it: "a spokesman for [Schiphol airport]"), or
    NO_BODY when the phrase is no role of ANY_BODY_ROLES or names none."""
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    if span is None:
        return NO_BODY
    words = list(span)
    cut = next((k for k, t in enumerate(words) if k and t.lower_ in BODY_PREPS), len(words))
    head = words[:cut]
    roles = [k for k, t in enumerate(head) if t.lower_ in ANY_BODY_ROLES or
             t.lower_ == "secretary" and k and head[k - 1].lower_ == "general"]
    if not roles or roles[-1] != len(head) - 1 and not all(
            t.is_punct for t in head[roles[-1] + 1:]):
        return NO_BODY  # the role is not the phrase's head ("the leader's office")
    before = [t for t in head[:roles[-1]] if t.lower_ not in ROLE_WORDS and
              t.lower_ not in ANY_BODY_ROLES and t.text not in ("'s", "’s") and not t.is_punct]
    if before:
        return before[0].idx, before[-1].idx + len(before[-1].text)
    after = [t for t in words[cut + 1:] if not t.is_punct]
    if cut < len(words) and after:
        return after[0].idx, after[-1].idx + len(after[-1].text)
    return NO_BODY
