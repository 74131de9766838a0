"""Force by a crowd (civilians, students, workers, farmers) on its police is a violent
protest, a riot (CAMEO 145), as force by the police on a crowd is violent repression (175):
actor_rules, whatever the verb of force or fight. Armed groups on police stay force.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "DHAKA - Garment workers clashed with Bangladeshi police outside the factory on Monday.",
    "In Caracas, Venezuelan students hurled rocks at riot police on Tuesday.",
    "Angry Peruvian farmers attacked a police post in Puno on Sunday.",
])
def test_a_crowds_force_on_police_is_a_riot(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert "145" in codes and not [c for c in codes if c[:2] in ("18", "19")], codes


def test_an_armed_groups_attack_on_police_is_no_riot(pipe):
    codes = [e.cameo for e in events_of(pipe, "Islamist insurgents attacked a police post in "
                                               "northern Burkina Faso on Sunday.")]
    assert "145" not in codes and any(c[:2] in ("18", "19") for c in codes), codes
