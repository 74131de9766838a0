"""Stopping what the other side fired ("shot down 40 drones", "downed two missiles") is
defence against an attack: its target, when the weapons have no nationality in the text, is
the side that fired them (named by the weapons' participle, "fired by X", or told in this
sentence or the two before), and it is never the act
that a later "the attack" repeats nor the doer of harm told next in the passive
(actor_rules.intercepts / intercepted_from, anaphora.is_interception). Texts written for
these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _at(events, word):
    return [e for e in events if e.evidence["text"].split()[0] == word]


@pytest.mark.parametrize("text, word, target", [
    ("Russia fired a barrage of cruise missiles at Odesa on Tuesday. Ukrainian air defences "
     "shot down 30 of the missiles, the air force said.", "shot", "RUS"),
    ("Hezbollah launched a swarm of drones at northern Israel. The Israeli army said its "
     "jets downed most of the drones over the sea.", "downed", "LBN"),
    ("A French frigate intercepted two missiles fired by Houthi rebels in the Red Sea, the "
     "navy said.", "intercepted", "YEM"),
])
def test_the_weapons_stopped_are_the_launchers(pipe, text, word, target):
    stops = _at(events_of(pipe, text), word)
    assert stops, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (stops[0].target_actor or {}).get("country") == target, stops[0].target_actor


def test_the_attack_after_an_interception_is_the_attack(pipe):
    text = ("Russian forces fired 60 drones at Kharkiv overnight. Ukraine's air force said it "
            "shot down 45 of them. The attack was the third on the city this week.")
    events = events_of(pipe, text)
    mention = _at(events, "The")
    assert mention and (mention[0].source_actor or {}).get("country") == "RUS", \
        [(e.cameo, e.source_actor, e.evidence["text"]) for e in events]
