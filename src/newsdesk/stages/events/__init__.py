"""The `events` stage: clauses → CAMEO-coded events with PLOVER type, source and target actors,
modality, time, background flag, attribution and evidence.

    clauses.py     the stage: triggers, frames ("agreed to", "urged ... to"), one Event each
    coding.py      the CAMEO table, CAMEO → PLOVER, the verb/noun lexicon over the parse
    actors.py      source and target actors of a trigger, from the parse
    refine.py      structural rules that keep, recode or drop a lexicon hit (metaphors,
                   releases of documents, abductions, suicide attacks, visits, slogans)
    objects.py     what kind of thing a noun phrase names (person, place, thing, abstract)
    modality.py    asserted / planned / hedged / negated / hypothetical / requested
    time.py        the time expression resolved to a date; background events
    classifier.py  the 5-class sentence classifier that weighs the confidence
"""
from __future__ import annotations

from .clauses import events

__all__ = ["events"]
