"""Whose is "the government"? The state a story's clauses are about, not the last actor.

"Kenya asked Uganda to hand over the opposition leader. The government also banned his
party.": the cheap coreference of phrase_actors gives a bare role noun the last event's
source, and the last event coded there is the requested handover, done by Uganda. A state
organ named without its state ("the government", "the authorities", "the regime") is that of
the state a clause before has as its subject (Kenya), the way a reader follows the story's
main actor; an object, a complement's doer or a place is a third state.
"""
from __future__ import annotations

from ..actors import NON_STATE, on_a_thing
from .modality import REPORT_VERBS

# Nouns of a state's organs that a story uses for its own state once named.
STATE_BODIES = {"government", "regime", "authorities", "administration", "junta", "cabinet"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_INSIDE = {"compound", "amod", "poss", "appos", "nmod", "det", "case"}


def _main_subject(token) -> bool:
    """Is the token (part of) the subject of its sentence's main verb (or one coordinated
    with it)?"""
    for _ in range(4):
        if token.dep_ in _SUBJECTS:
            verb = token.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            return verb.dep_ == "ROOT"
        if token.dep_ not in _INSIDE or token.head.i == token.i:
            return False
        token = token.head
    return False


def subject_state(doc, token, reach: int = 2) -> tuple[str, object] | None:
    """(country, entity) of the state named as the main subject of the nearest sentence
    before `token`'s (up to `reach` back), else None."""
    parsed = token.doc
    here = doc.sentence_at(token.idx)
    if here is None:
        return None
    for back in range(1, reach + 1):
        found = None
        for ent in doc.entities:
            country = (ent.actor or {}).get("country")
            sent = doc.sentence_at(ent.start)
            if sent is None or sent.i != here.i - back or not country or country in NON_STATE:
                continue
            span = parsed.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None and _main_subject(span.root) and not on_a_thing(doc, ent):
                found = found or (country, ent)  # (not "Australian support will not ...")
        if found:
            return found
    return None


def story_state_body(doc, token, found: dict | None) -> dict | None:
    """The organ ("the government") of the state the sentence before has as its subject, as
    an actor record, when `token` heads such a bare organ noun with no country of its own;
    else None."""
    if token.lemma_.lower() not in STATE_BODIES or not found or found.get("country") \
            or not found.get("sector"):
        return None
    state = subject_state(doc, token)
    if state is None:
        return None
    country, ent = state
    sector = found["sector"]
    return dict(found, country=country, code=country + sector, entity=ent.id)


def body_of_speaking_org(token, found: dict, context) -> dict | None:
    """ "NATO's KFOR mission said its troops were patrolling near the border": "its" in the
    words of an international body is that body's; its troops are no state's (not those of
    the country the mission is in). The record with the body's code, else None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return None
    speaker = (context or {}).get("speaker") or {}
    country, code = speaker.get("country"), speaker.get("code") or ""
    if country not in NON_STATE or not code.startswith(country):
        return None
    # (the speaker record carries the code: IGO + org + a sector when one is named,
    # "IGONAT", "IGONATGOV")
    sector = speaker.get("sector")
    org = code[len(country):] if sector in (None, country) else \
        code[len(country):len(code) - len(sector)]
    if not org:
        return None
    sector = found["sector"]
    return dict(found, country=country, org=org, code=country + org + sector)


def own_subject_state(token, resolve) -> str | None:
    """The state of the subject of the clause that `token` ("its trade minister") is an
    object in: "South Korea's government sent its trade minister to Washington" -> KOR (the
    owner "its" is bound by its own clause's subject, before any earlier sentence's), or, for
    the subject of a reported clause, the state of the one who reports it.
    `resolve(tok)` codes a noun phrase; None when the subject is no state's."""
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "dobj", "dative", "conj", "appos") and \
            verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("nsubj", "nsubjpass"):
        # "The Israeli army said its jets downed the drones": the subject's owner is the
        # one who reports the clause (also a second clause of the report: "said 26 people
        # were killed, and that its forces had shot down five aircraft")
        while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORT_VERBS:
            return None
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i == token.i:
        return None
    found = resolve(subj)
    country = (found or {}).get("country")
    return country if country and country not in NON_STATE else None
