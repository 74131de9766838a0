"""Events that make an actor act on itself by an artefact of reading, not of the text.

"Kenya sent troops to Somalia. Kenya, Uganda and Ethiopia condemned them": "them" read as
Kenya makes the first conjunct condemn itself (KEN -> KEN); "France, Germany and the UK
defended it", with "it" read as France, gives FRA -> FRA. A coordination lists several doers
of one act on one other party, and a pronoun read from context stands for someone else than
the subject of its own clause (a reflexive would say "itself"), so such a pair is no event.

Internal acts are kept: police arresting protesters of their own country (KENCOP -> KENCVL:
two sectors), or one named official criticising another of the same government ("Germany's
foreign minister criticised the German chancellor": both sides named, no pronoun, no
coordination; or "she" criticising a named colleague: a personal pronoun).
"""
from __future__ import annotations

from ...model import Event

# Pronouns that stand for a state, a body or a group read from context. (A personal one,
# "she called Clinton's remarks pathetic", is a person acting on another of the same
# country: an internal act, kept.)
PRONOUNS = {"it", "its", "they", "them", "their", "this", "that", "these", "those"}


# Sectors that stand for the state itself: "France" and "the French government" are one
# party; its rebels, police or civilians are others ("Pakistan said it would arrest Pakistani
# militants" is PAK -> PAKREB, an internal act).
STATE_SECTORS = {None, "", "GOV"}


def _same_party(a: dict, b: dict) -> bool:
    """One state (or IGO) on both sides: the same sector, or the state and its government."""
    if not a.get("country") or a.get("country") != b.get("country"):
        return False
    if a.get("country") == "IGO":
        return a.get("code") == b.get("code")
    return a.get("sector") == b.get("sector") or \
        {a.get("sector"), b.get("sector")} <= STATE_SECTORS


def _pronoun(actor: dict) -> bool:
    return (actor.get("text") or "").strip().lower() in PRONOUNS


def _conjunct(event: Event, sentence: list[Event]) -> bool:
    """Is the event's source one of several coordinated doers of its act: another event of the
    sentence has the same act (code and evidence) with a different source?"""
    here = (event.evidence or {}).get("start")
    source = (event.source_actor or {}).get("code")
    return any(other is not event and other.cameo == event.cameo and
               (other.evidence or {}).get("start") == here and
               (other.source_actor or {}).get("code") != source for other in sentence)


def _pronoun_subject(event: Event, sent) -> bool:
    """Does the event's clause name its doer by a pronoun ("if they fire at American
    vessels"), whatever phrase the actor was then read from? (Counted only where both sides
    are states: "Yoruba leaders announced that they are willing to forgive President
    Obasanjo" is one group of a country acting on another.)"""
    if sent is None:
        return False
    at = (event.evidence or {}).get("start")
    verb = next((t for t in sent if t.idx == at), None)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and any(c.dep_ == "nsubj" and c.lower_ in PRONOUNS
                                    for c in verb.children)


def drop_self_targets(events: list[Event], sent=None) -> list[Event]:
    """`events` of one sentence (`sent`, its parse, when there is one), less those whose
    source and target are one party (same country, same or unsaid sector) because the
    source is a conjunct of several doers or a side is a pronoun read from context (see the
    module's docstring)."""
    out = []
    for event in events:
        source, target = event.source_actor or {}, event.target_actor or {}
        if source and target and _same_party(source, target) and (
                _pronoun(source) or _pronoun(target) or _conjunct(event, events) or
                not source.get("sector") and not target.get("sector") and
                _pronoun_subject(event, sent)):
            continue
        out.append(event)
    return out
