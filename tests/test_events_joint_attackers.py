"""Two co-agents of a one-sided attack each attack the third party: "France and Britain
struck targets in Libya" are two strikes on Libya, not France striking Britain. Only words of
fighting each other ("clashed", "fought", "exchanged fire", "waged war") make two co-agents
each other's counterpart (events/build.FIGHTING_EACH_OTHER). Sentences written for these
tests (none from the gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _dyads(pipe, text, root="19"):
    return {(code(e.source_actor)[:3], code(e.target_actor)[:3])
            for e in events_of(pipe, text) if e.cameo.startswith(root)}


@pytest.mark.parametrize("text, doers, target", [
    ("Canada and Norway bombed several sites in Mali on Tuesday.", ("CAN", "NOR"), "MLI"),
    ("Dutch and Belgian jets struck targets in Syria.", ("NLD", "BEL"), "SYR"),
    ("Kenyan and Ugandan troops attacked positions in Somalia.", ("KEN", "UGA"), "SOM"),
])
def test_co_agents_of_an_attack_each_attack_the_third(pipe, text, doers, target):
    dyads = _dyads(pipe, text)
    assert (doers[0], doers[1]) not in dyads and (doers[1], doers[0]) not in dyads, dyads
    assert {(d, target) for d in doers} <= dyads, dyads


@pytest.mark.parametrize("text, first, second", [
    ("Sudan and South Sudan clashed near the oil fields.", "SDN", "SSD"),
    ("Ethiopia and Eritrea fought a border war.", "ETH", "ERI"),
])
def test_fighting_each_other_stays_one_reciprocal_event(pipe, text, first, second):
    assert (first, second) in _dyads(pipe, text)
