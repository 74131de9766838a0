"""The writer's asides on what someone claimed: "Mr. Trump has repeatedly claimed contacts with
foreign leaders that their governments later disputed", "the president cited calls with Gulf
rulers, which their governments denied". The relative clause is no part of the claim (no
speaker disputes his own words): it is the writer's, and the disputers are the third party
its "their" stands for (the leaders' governments), not the one who claimed.

- `relative_clause(verb)`: the verb heads a clause on a noun before it (a relative clause,
  or one the parser hangs on the main verb, with "that"/"which" and the main verb's own
  object before it).
- `possessor_noun(token)`: the plural noun "their" at the head of a phrase in such a clause
  stands for (the nearest plural people noun before the clause).
- `others_dispute(verb)`: a denial verb heading such a clause with a subject of its own:
  the event it codes is not told by the speaker of the quote it sits in.
- `charge_denied(verb)`, `charge_answered(verb)`: "X accused Y of arming Z, a charge Y
  denies": the tail that answers an accusation, which the parse makes the verb the
  accusation hangs on; it denies the act charged (not that the accusation was made) and is
  aimed at the accuser.
"""
from __future__ import annotations

from .objects import is_people, kind_of

RELATIVES = {"that", "which", "whom"}
# Verbs that deny or contest what the noun before them names.
DISPUTE_VERBS = {"dispute", "deny", "reject", "refute", "contradict", "contest", "challenge",
                 "question", "rebut", "dismiss"}
# Subjects that may be the speaker himself ("claims that he later denied"): not a third party.
SELF = {"he", "she", "i", "we", "they", "it", "who", "that", "which"}


def relative_clause(verb) -> bool:
    """Does the verb head a clause on a noun before it (see the module docstring)?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl":
        return True
    if verb.dep_ != "ccomp" or not any(c.dep_ == "dobj" and c.i < verb.left_edge.i
                                       for c in verb.head.children):
        return False  # "claimed that X disputed it": the claim itself, not an aside on it
    first = verb.doc[verb.left_edge.i]
    return first.lower_ in RELATIVES and first.dep_ in ("dobj", "mark", "nsubj")


def possessor_noun(token):
    """The plural people noun "their" on `token` stands for when the phrase sits in a
    relative clause: "contacts with foreign leaders that [their] governments disputed" →
    leaders; None when the phrase has no "their", sits in no such clause, or no plural
    people noun precedes the clause in its sentence."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
        return None
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or not relative_clause(clause):
        return None
    start = clause.left_edge.i
    for prev in reversed(list(token.sent)[:start - token.sent.start]):
        if prev.tag_ in ("NNS", "NNPS") and is_people(kind_of(prev)):
            return prev
    return None


def others_dispute(verb) -> bool:
    """A denial verb heading a relative clause with a subject that is not (or may not be)
    the speaker: "that their governments later disputed", "which Beijing denied"."""
    if verb is None or verb.lemma_.lower() not in DISPUTE_VERBS or not relative_clause(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in SELF


CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}


def charge_denied(verb, deny_verbs) -> bool:
    """ "..., a charge Abu Dhabi denies": a verb of `deny_verbs` with a noun of charging
    before it, outside the clause the parse hangs on it."""
    return verb.lemma_.lower() in deny_verbs and any(
        c.i < verb.i and c.dep_ != "ccomp" and any(t.lemma_.lower() in CHARGE_NOUNS
                                                    for t in c.subtree)
        for c in verb.children)  # (the parse makes "a charge" a subject or an object)


# Verbs of charging someone, whose sentence a "which X denies" tail answers.
CHARGING_VERBS = {"accuse", "blame", "charge", "allege"}


def charge_answered(verb, deny_verbs):
    """The accusation such a tail answers (the clause the parse hangs on it), or None. So is
    a tail "which X denies" on a sentence of accusing ("accused Rwanda of backing the rebels,
    which Kigali denies": the accusing, though the parse hangs the tail on "rebels")."""
    if charge_denied(verb, deny_verbs):
        return next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if verb.lemma_.lower() in deny_verbs and verb.dep_ == "relcl" and any(
            c.lower_ == "which" and c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return next((a for a in verb.ancestors if a.lemma_.lower() in CHARGING_VERBS), None)
    return None
