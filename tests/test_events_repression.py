"""Force by a state's police on its civilians, students or workers is violent repression
(CAMEO 175) whatever the verb of force, as "cracked down on" already was (actor_rules.
_police_on_crowd). Sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Riot police beat back the marchers with batons outside the assembly.",
    "Police attacked the striking teachers with water cannon in Lima.",
    "Police officers assaulted students who had occupied the university library.",
    "Police pushed back thousands of farmers trying to reach the capital.",
    "Bolivian police shot two protesters at a roadblock near La Paz.",
])
def test_police_force_on_a_crowd_is_repression(pipe, text):
    by_police = [e.cameo for e in events_of(pipe, text)
                 if (e.source_actor or {}).get("sector") == "COP"]
    assert "175" in by_police and not any(c[:2] in ("18", "19") for c in by_police), by_police


@pytest.mark.parametrize("text", [
    "Police killed a suspected gang leader in a raid on Tuesday.",
    "Soldiers drove back the rebels from the town.",
])
def test_force_on_armed_or_criminal_men_stays_force(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert any(c[:2] in ("18", "19") for c in codes) and "175" not in codes, codes
