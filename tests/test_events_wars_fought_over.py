"""Two states that "fought wars over" a land fought each other (190, one reciprocal event):
the land is the stake, no side (targets._fought_over), and wars make it no quarrel
(actor_rules._dispute). A military thing targeted ("the rebels had targeted the vessel",
"strikes targeted weapons depots") is attacked (the lexicon's target rows); a campaign
targeting voters is no attack. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, pair", [
    ("Ethiopia and Eritrea fought a bloody war over the town of Badme.", ("ETH", "ERI")),
    ("Peru and Ecuador fought three wars over their Amazon border.", ("PER", "ECU")),
])
def test_wars_over_a_land_are_between_the_two(pipe, text, pair):
    assert dyads(events_of(pipe, text), "19") == {pair}


def test_a_quarrel_over_a_budget_is_no_force(pipe):
    assert not find(events_of(pipe, "Labour and the Tories fought over the budget."), "19")


@pytest.mark.parametrize("text, doer", [
    ("Ukrainian drones targeted a Russian oil refinery near Saratov overnight.", "UKR"),
    ("Al-Shabaab militants targeted an army base in Lower Shabelle on Friday.", "SOM"),
])
def test_a_military_target_is_attacked(pipe, text, doer):
    attacks = find(events_of(pipe, text), "19")
    assert attacks and (attacks[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]


def test_voters_targeted_are_no_attack(pipe):
    assert not find(events_of(pipe, "The ad campaign targeted young voters in Kenya."), "1")
