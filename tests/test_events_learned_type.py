"""The learned PLOVER type as a veto on the rules' type (stages/events/learned.py `retype`,
which the analysis does not run): the encoder's plover head overrules a rule type it finds
very unlikely, in a document's first sentence only.

Sentences written for this test (not from NGEC, PLOVER GSR or any other data), coded by hand
before the system ran on them: a strike with a demand is a PROTEST in PLOVER (the strike is
the act; the demand is what it is for), where the verb lexicon codes the demand (REQUEST).
"""
from __future__ import annotations

import pytest

from newsdesk.evaluate.events import event_documents, top_event
from newsdesk.stages.events import learned

STRIKES = [
    "Garment workers in Phnom Penh went on strike, demanding that factories pay a minimum wage.",
    "Nurses in Manila went on strike on Tuesday, demanding that hospitals hire more staff.",
    "Bank employees across Nigeria went on strike, demanding the reinstatement of sacked "
    "colleagues.",
    "Dock workers in Santos went on strike and demanded better safety rules.",
]

pytestmark = pytest.mark.skipif(not learned.available(),
                                reason="the package holds no encoder with a plover head")


def _coded(texts: list[str]):
    """The texts through the analysis, then the head's veto on each one's events."""
    docs = event_documents(texts, published="2025-05-01")
    for doc in docs:
        learned.retype(doc, doc.events)
    return docs


def test_strikes_with_a_demand_are_protests():
    types = [(top_event(d).plover or {}).get("event") if top_event(d) else None
             for d in _coded(STRIKES)]
    assert types == ["PROTEST"] * len(STRIKES), list(zip(STRIKES, types))


def test_a_retyped_event_says_so_and_takes_the_type_root():
    (doc,) = _coded(STRIKES[:1])
    event = top_event(doc)
    assert event.plover.get("by") == "head"
    assert event.cameo == "14"  # PLOVER PROTEST: CAMEO's root 14, with its name and quad class
    assert event.quad_class == 3 and event.goldstein < 0


def test_later_sentences_are_left_to_the_rules():
    (doc,) = _coded(["The talks on the new wage law broke down on Monday. " + STRIKES[0]])
    later = [e for e in doc.events if e.sentence == 1]
    assert later and all("by" not in (e.plover or {}) for e in later)


def test_a_rule_type_the_head_finds_plausible_stays():
    (doc,) = _coded(["Israeli aircraft bombed a weapons depot near Damascus."])
    event = top_event(doc)
    assert event.plover["event"] == "ASSAULT" and "by" not in event.plover


def test_the_analysis_does_not_run_the_veto():
    (doc,) = event_documents(STRIKES[:1], published="2025-05-01")
    assert all("by" not in (e.plover or {}) for e in doc.events)
