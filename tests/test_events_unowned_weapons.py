"""A weapon whose own words name no owner ("A missile struck an oil depot in southern
Russia", "Two drones attacked a power station in Sudan's White Nile state") was fired by
someone the text does not name: the unidentified attackers of the place (CAMEO UAF), not
the military of the state the story is about, which it would then attack itself (was:
RUSMIL on Russia; phrase_actors._owner_named). An aerial weapon's strike stays 195 whoever
fired it. Session 37, found by probing with new wire copy; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, place", [
    ("A drone hit a fuel depot in western Ukraine on Sunday.", "UKR"),
    ("Three missiles struck an airbase in central Syria overnight.", "SYR"),
    ("A rocket hit a police station in southern Afghanistan on Friday.", "AFG"),
])
def test_an_unowned_weapon_is_fired_by_unidentified_attackers(pipe, text, place):
    strikes = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert strikes, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert code(strikes[0].source_actor) == place + "UAF", code(strikes[0].source_actor)
    assert strikes[0].cameo == "195"


@pytest.mark.parametrize("text, owner", [
    ("Russian missiles struck a power plant in Kharkiv.", "RUSMIL"),
    ("Houthi drones hit a tanker in the Red Sea.", "YEMREB"),
])
def test_an_owned_weapon_is_its_owners(pipe, text, owner):
    strikes = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert strikes and code(strikes[0].source_actor) == owner, \
        [(e.cameo, code(e.source_actor)) for e in strikes]
