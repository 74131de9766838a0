"""Training, advising or mentoring another state's forces is military cooperation (CAMEO
062; issue 19, real news): "British instructors trained Ukrainian soldiers", "sent to advise
Malian troops", "serving as advisers to Iraqi forces". Training students or players is no
event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("British instructors trained Ukrainian soldiers in Germany.", "GBR", "UKR"),
    ("Turkey has trained thousands of Somali troops at a base in Mogadishu.", "TUR", "SOM"),
    ("French special forces were sent to advise Malian troops.", "FRA", "MLI"),
    ("Finnish officers mentored Afghan police officers in Kabul.", "FIN", "AFG"),
    ("About 50 American soldiers are serving as advisers to Iraqi forces.", "USA", "IRQ"),
    ("Two hundred Kenyan officers serve as trainers for Somali recruits.", "KEN", "SOM"),
    # the forces' own spelling: "pesh merga" is Iraq's Kurdish army, as "Peshmerga"
    ("A dozen Canadian soldiers serve as advisers to pesh merga units.", "CAN", "IRQ"),
])
def test_training_another_state_s_forces_is_military_cooperation(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "062")
    assert (source, target) in got, got


@pytest.mark.parametrize("text", [
    "The teacher trained students in Kenya.",
    "The coach trains players in Spain.",
    "The Brazilian company trained engineers in Angola.",
])
def test_training_people_who_are_no_forces_is_no_event(pipe, text):
    assert not dyads(events_of(pipe, text), "06")
