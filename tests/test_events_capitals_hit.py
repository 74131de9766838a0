"""A capital struck is a place, not a government: "Russian missiles hit Kyiv" was RUSMIL ->
UKRGOV, because a capital alone stands for its government ("Kyiv said"). For force (18-20)
a target that is only a capital's name is its country (actors.capital_hit); "the Kinshasa
government" stays the government. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _force_targets(pipe, text):
    return [(e.target_actor or {}).get("code") for e in events_of(pipe, text)
            if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, code", [
    ("Houthi drones struck Riyadh on Saturday night.", "SAU"),
    ("Ukrainian drones hit Moscow overnight, the mayor said.", "RUS"),
])
def test_a_capital_struck_is_its_country(pipe, text, code):
    assert code in _force_targets(pipe, text), events_of(pipe, text)


def test_a_capital_naming_its_government_stays_the_government(pipe):
    targets = _force_targets(pipe, "Rebels attacked the Kinshasa government's troops.")
    assert all(t != "COD" for t in targets), targets


def test_a_capital_that_speaks_is_still_the_government(pipe):
    evs = events_of(pipe, "Riyadh condemned the attack on its oil facilities.")
    assert any((e.source_actor or {}).get("code") == "SAUGOV" for e in evs), evs
