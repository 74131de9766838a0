"""Whatever a weapon hits is struck by force ("Russian missiles hit Kyiv", "was hit by a
drone"); "hit" with no weapon and no target the lexicon names is no event ("prices hit a
record", "the storm hit the coast"): refine.weapon_hit. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def force(evs):
    return [e for e in evs if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, doer", [
    ("Israeli missiles hit Damascus airport's runway again on Monday.", "ISR"),
    ("Ukrainian drones hit Moscow overnight, the mayor said.", "UKR"),
    ("The tanker was hit by a Houthi drone off the coast of Yemen.", "YEM"),
])
def test_what_a_weapon_hits_is_force(pipe, text, doer):
    evs = force(events_of(pipe, text))
    assert evs and (evs[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Food prices in Nigeria hit a record high in March.",
    "A powerful typhoon hit the northern Philippines on Sunday.",
    "The new tariffs hit Canadian farmers hardest.",
])
def test_hit_with_no_weapon_is_no_force(pipe, text):
    assert not force(events_of(pipe, text))
