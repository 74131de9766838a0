"""Acts on ground, not on people (issue 19, real news): taking or holding ground (192),
cutting the roads an opponent uses (191), and pulling one's forces out of a place (0874).

- A blockade and an occupation are acts of their own beside an attack, and beside each
  other ("controlled 22 miles of the highway, cutting off a supply route": two acts, as the
  guidelines list them): `discourse.one_act` does not merge them with another act of force.
- The ground one side takes in a sentence is taken from the opponent its other act there
  names ("controlled the highway, cutting off a supply route for the Islamic State"): an
  act on ground with no one acted on takes that target (`share_opponent`).
- A withdrawal is from a place, not from one's own troops: "bring French soldiers in Mali
  home", "pull its troops out of Syria" are acts towards Mali and Syria, not towards the
  soldiers (`withdrawn_from`).
"""
from __future__ import annotations

from ...model import Event
from ..actors import NON_STATE, code_phrase
from .implied import actor_record

GROUND_ACTS = ("191", "192")
VIOLENCE = ("18", "19", "20")
WITHDRAWAL = "0874"
# Prepositions that name the place a force is in or leaves: "troops in Iraq", "out of Syria".
_PLACE_PREPS = {"in", "from", "of", "inside"}


def separate_acts(a: Event, b: Event) -> bool:
    """An act on ground and another act of force (or two acts on ground of different codes)
    are two acts, not one told twice."""
    return (a.cameo[:3] in GROUND_ACTS or b.cameo[:3] in GROUND_ACTS) and \
        a.cameo[:3] != b.cameo[:3]


def share_opponent(kept: list[Event], event: Event) -> None:
    """An act on ground with no one acted on takes the target of the same doer's other act
    of force in the sentence, told by the same voice (and lends its own target back)."""
    doer = (event.source_actor or {}).get("country")
    if doer is None or event.cameo[:2] not in VIOLENCE:
        return
    for other in kept:
        if other.cameo[:2] not in VIOLENCE or (other.source_actor or {}).get("country") != doer \
                or other.attributed_to != event.attributed_to:
            continue
        if other.target_actor is None and event.target_actor is not None and \
                other.cameo[:3] in GROUND_ACTS:
            other.target_actor = event.target_actor
        elif event.target_actor is None and other.target_actor is not None and \
                event.cameo[:3] in GROUND_ACTS:
            event.target_actor = other.target_actor


def withdrawn_from(event: Event, sent) -> None:
    """A withdrawal whose target is the withdrawing side's own forces (or no one) takes the
    foreign state the clause names as where those forces are or leave ("in Mali", "from
    Syria"); left alone when the clause names none."""
    if event.cameo != WITHDRAWAL or sent is None:
        return
    doer = (event.source_actor or {}).get("country")
    target = event.target_actor or {}
    if doer is None or (target.get("country") not in (None, doer)):
        return
    verb = next((t for t in sent if t.idx == (event.evidence or {}).get("start")), None)
    if verb is None:
        return
    for place in _places(verb):
        span = next((e for e in sent.doc.ents if e.start <= place.i < e.end), None)
        if span is None or span.label_ not in ("GPE", "LOC"):
            continue
        actor = code_phrase(span.text) or {}
        country = actor.get("country")
        if country and country != doer and country not in NON_STATE:
            event.target_actor = actor_record(actor, span.start_char, span.end_char, None)
            return


def _places(verb) -> list:
    """The objects of place prepositions on the verb, its particle and its object ("bring
    the troops in Iraq home", "pulled its forces out of Syria")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")]
    objs = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
            for g in p.children if g.dep_ == "pobj"]
    # "in Mali home": the parser may take the place for a modifier of the next word
    return objs + [c for g in objs for c in g.children if c.dep_ == "compound"]
