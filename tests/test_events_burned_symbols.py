"""Burning a flag, an effigy or a portrait is a protest (CAMEO 141) against whom the symbol
stands for, not destruction of property (1712): the lexicon's burn / set-fire rows cued by
the symbol. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, target", [
    ("Crowds in Islamabad burned Indian flags after Friday prayers.", "IND"),
    ("Farmers burned an effigy of the agriculture minister outside parliament in Paris.",
     "FRA"),
    ("Students set fire to portraits of the Iranian president at a rally in Tehran.", "IRN"),
])
def test_a_burned_symbol_is_a_protest(pipe, text, target):
    events = events_of(pipe, text)
    protests = find(events, "14")
    assert protests and not find(events, "1712"), [e.cameo for e in events]
    assert (protests[0].target_actor or {}).get("country") == target, protests[0].target_actor


def test_burned_homes_stay_destruction(pipe):
    text = "Militiamen burned dozens of homes in a village in Darfur, Sudan, residents said."
    assert not find(events_of(pipe, text), "14")
