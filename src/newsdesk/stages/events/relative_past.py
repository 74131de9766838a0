"""A past act told in a relative clause of a sentence about the present (report 19, item
32's class): "we owe it to the families of the 13 service members who were killed at Abbey
Gate", "the hostages who were seized in the raid remain in Gaza", "we honour the soldiers who
died defending the town". The relative clause identifies people or places by what once
happened to them; the sentence's news is its present (or future) main clause, so the act is
background (realnews guidelines: "presented as history/context"), not a new act of the day.
When the main clause is itself past ("police arrested the man who attacked the mosque") the
two acts are the same story and nothing is said here.
"""
from __future__ import annotations

from .time import tense_of

PAST_AUX = {"was", "were"}  # "who were killed"; "who have been detained" runs up to now


def past_relative(verb) -> bool:
    """Is `verb` a simple past relative clause ("who were killed", "that attacked") on a
    noun of a clause in the present or future tense?"""
    if verb.dep_ != "relcl":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"has", "have", "had", "will", "would", "is", "are"}:
        return False
    if not (verb.tag_ == "VBD" and not aux or aux & PAST_AUX):
        return False
    governor = verb.head
    for _ in range(6):  # up from the noun to the verb of its clause
        if governor.pos_ in ("VERB", "AUX") or governor.head.i == governor.i:
            break
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX"):
        return False
    return tense_of(governor) in ("present", "future") and governor.tag_ != "VBN"
