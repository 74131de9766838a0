"""A pair noun as the one acted on ("accused both sides of war crimes", "condemned the two
governments") stands for the two parties named before it, one event each, as it does as the
doer (pairs.the_two; events/actors.py); two bodies of one state ("Sudan's army" and the
RSF) stay two ("Sudan's army" is the army, pairs._owned_body). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, targets", [
    ("Ethiopian and Eritrean troops massed along the border last month. The African Union "
     "accused both sides of violating the 2018 peace accord.", "11", {"ETH", "ERI"}),
    ("Sudan's army and the Rapid Support Forces fought in Omdurman on Monday. Human Rights "
     "Watch accused both sides of war crimes.", "11", {"SDNMIL", "SDNPRM"}),
    ("Israel and Hezbollah exchanged fire across the border overnight. The United Nations "
     "condemned both sides on Tuesday.", "11", {"ISR", "LBN"}),
])
def test_both_sides_acted_on_are_the_two_named_before(pipe, text, root, targets):
    second = text.index(". ") + 2
    got = {(e.target_actor or {}).get("code") or "" for e in events_of(pipe, text)
           if e.cameo.startswith(root) and (e.evidence or {}).get("start", 0) >= second}
    assert {t for t in targets if any(g.startswith(t) for g in got)} == targets, got


def test_both_sides_far_from_the_two_are_the_ledes_two(pipe):
    text = ("Sudan's army and the Rapid Support Forces fought for a fourth day around the "
            "Darfur city of El Fasher, near the border with Chad. Aid trucks waited at the "
            "Adre crossing. Prices of sorghum have doubled since June. Doctors said the main "
            "hospital had run out of fuel. U.N. agencies have accused both sides of blocking "
            "relief convoys.")
    last = text.index("U.N. agencies")
    got = {(e.target_actor or {}).get("code") or "" for e in events_of(pipe, text)
           if e.cameo.startswith("11") and (e.evidence or {}).get("start", 0) >= last}
    assert got == {"SDNMIL", "SDNPRM"}, got
