"""A strike carried out or conducted is an attack (190), wherever the parser hangs its
phrases: "carried out strikes in Gaza", "conducted strikes on Sunday against militants" (the
verb, not the noun, holds "against"); a strike staged, called or gone on is a walkout and no
attack. The light verb and its own prepositions are cues of the noun it carries
(coding._carrier_cues). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, target", [
    ("Jordan carried out strikes in southern Syria overnight, a monitoring group said.",
     "JOR", "SYR"),
    ("The Nigerian military conducted strikes in Borno state on Thursday.", "NGA", "NGA"),
    ("Egypt carried out strikes on Saturday against Islamist fighters in eastern Libya.",
     "EGY", "LBY"),
    ("The U.S. military conducted strikes on Monday against 12 targets in Yemen.",
     "USA", "YEM"),
])
def test_a_strike_carried_out_is_an_attack(pipe, text, doer, target):
    attacks = find(events_of(pipe, text), "19")
    assert attacks, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (attacks[0].source_actor or {}).get("country") == doer, attacks[0].source_actor
    assert (attacks[0].target_actor or {}).get("country") == target, attacks[0].target_actor


@pytest.mark.parametrize("text", [
    "Dock workers staged a strike in Rotterdam on Monday.",
    "Teachers in Kenya called a strike over unpaid wages.",
    "Nurses went on strike in London for the second time this year.",
])
def test_a_walkout_is_no_attack(pipe, text):
    assert not find(events_of(pipe, text), "19"), [e.cameo for e in events_of(pipe, text)]
