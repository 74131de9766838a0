"""A bomb or blast that went off is a bombing (CAMEO 183), its doer unknown: the bomb is the
subject of "exploded" / "went off", which no lexicon cue reads (coding._detonation). Tensions
that "exploded" are no bombing. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, country", [
    ("A bomb exploded outside a bank in Athens early on Tuesday, damaging the building.",
     "GRC"),
    ("An explosion went off on a crowded train in Madrid during the morning rush hour.",
     "ESP"),
    ("A homemade device exploded near a market in Kampala on Saturday.", "UGA"),
])
def test_a_bomb_that_went_off_is_a_bombing(pipe, text, country):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("18")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(country), evs[0].source_actor


@pytest.mark.parametrize("text", [
    "Tensions between the two parties exploded into open conflict over the budget in Rome.",
    "The market for electric cars exploded in Norway last year.",
    "Fireworks went off over Sydney Harbour at midnight.",
])
def test_other_things_that_explode_are_no_bombing(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith("18")]
