"""Conditions: clauses that suppose an act rather than tell it ("if they fire at ...", "in
case Serbia attacks Kosovo", "in the event that talks fail"). modality.py reads them as
hypothetical; here is what marks such a clause, and whether the doer a condition names by a
pronoun is anyone the text knows.

A condition's "they" with no antecedent ("If they fire at the U.S., we will respond") is a
doer the speaker has in mind, not an unidentified armed group of the place or of the target:
with no actor found for it the supposed act has no source, and no event.

Force or a threat vowed on a condition ("we will respond with force if Kabul does not act")
is a threat that was made, not a supposed act (conditional_force, conditional_threat).
"""
from __future__ import annotations

from ...vocab import Modality

CONDITION_MARKS = {"if", "unless", "whether"}
# Nouns of "in case X attacks", "in the event (that) X attacks": a condition, like "if".
CASE_NOUNS = {"case", "event"}
PRONOUNS = {"they", "he", "she", "it", "we", "you", "i"}


def case_condition(clause) -> bool:
    """Is the clause a condition opened by "in case" or "in the event (that)"? The parse
    hangs "In case" on the clause's verb ("In/prep case/pobj Serbia attacks") or the clause
    on the noun ("the event [that Serbia attacks]", relcl)."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in CASE_NOUNS and \
            clause.head.dep_ == "pobj" and clause.head.head.lower_ == "in":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and c.i < clause.i and any(
        g.dep_ == "pobj" and g.lower_ == "case" and not list(g.children) for g in c.children)
        for c in clause.children)


def inverted_condition(clause) -> bool:
    """ "Should Beijing invade Taiwan, ...", "Had Iran closed the strait, ...": a condition
    told by putting the auxiliary before the subject, at the start of the clause (the parse
    hangs it on the main verb as a clause of its own)."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.i > clause.head.i:
        return False
    aux = next((c for c in clause.children if c.dep_ == "aux"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return aux is not None and subject is not None and aux.lower_ in ("should", "had") and \
        aux.i < subject.i and aux.i == clause.left_edge.i


def case_of(verb) -> bool:
    """ "could impose sanctions in case of an attack", "would defend Estonia in the event of
    a Russian attack": a condition named by a noun phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CASE_NOUNS and
        any(o.dep_ == "prep" and o.lower_ == "of" for o in g.children) for g in c.children)
        for c in verb.children)


def in_condition(verb) -> bool:
    """Is the verb's own clause a condition ("if", "unless", "in case")?"""
    return case_condition(verb) or inverted_condition(verb) or any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def supposed_pronoun_doer(verb) -> bool:
    """A condition whose doer is a bare pronoun ("if they fire at", "unless he withdraws"):
    when no actor was found for it, nobody may be made up in its place."""
    return in_condition(verb) and any(
        c.dep_ == "nsubj" and c.lower_ in PRONOUNS for c in verb.children)


def conditional_force(verb, code: str, mod: Modality) -> bool:
    """Force announced for the future on a condition ("we will respond with force if Kabul
    does not act", "Iran will strike Israel if it is attacked"): CAMEO codes the statement as
    a threat of force (138) that was made, not as hypothetical force."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return code[:2] in ("18", "19", "20") and mod == "hypothetical" and \
        has_condition(verb) and bool(aux & {"will", "wo", "shall", "would"})


def has_condition(token) -> bool:
    """A conditional clause on the verb: "will withdraw ... unless X arranges a ceasefire",
    "could deploy troops in case Serbia attacks" (case_condition)."""
    return any(c.dep_ in ("advcl", "ccomp") and inverted_condition(c) or
               c.dep_ == "advcl" and (case_condition(c) or any(
                   m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children))
               for c in token.children) or case_of(token) or any(
        c.dep_ == "prep" and case_condition(g) for c in token.children
        for n in c.children for g in n.children if g.dep_ == "relcl")


def conditional_threat(verb) -> bool:
    """A threat whose only hypothesis is its condition ("... if the US does not agree")."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return has_condition(verb) and not aux & {"would", "should", "could", "might", "may",
                                              "can", "ca"}
