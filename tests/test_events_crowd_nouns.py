"""A crowd act named by a noun that the clause says happened ("protests erupted in Lima",
"riots spread across Kenya", "demonstrations rocked Belgrade") is an event (CAMEO 14) by the
people of the place it happens in or sweeps, else of the story's state, against their own
state unless the phrase names whom (coding.crowd_event, actors._swept_place). A protest only
called for, or one of no known place, is none. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, country", [
    ("Violent protests broke out in Dakar after the opposition leader was jailed.", "SEN"),
    ("Riots spread across Kenya on Tuesday as fuel prices rose again.", "KEN"),
    ("Street demonstrations rocked Bolivia for a third week.", "BOL"),
    ("The new tax law sparked protests in Accra and Kumasi.", "GHA"),
])
def test_a_crowd_act_that_happened_is_an_event_of_its_place(pipe, text, country):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("14")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(country), evs[0].source_actor
    assert code(evs[0].target_actor).startswith(country), evs[0].target_actor


@pytest.mark.parametrize("text", [
    "Union leaders called for protests in Nairobi next week.",
    "Protests erupted in several cities after the vote.",
])
def test_a_protest_called_for_or_of_no_place_is_no_crowd_act(pipe, text):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("14")]
    assert not evs, [(e.cameo, code(e.source_actor)) for e in evs]


def test_a_crowd_acts_own_state_is_a_default_target(pipe):
    evs = [e for e in events_of(pipe, "Riots spread across Kenya on Tuesday.")
           if e.cameo.startswith("14")]
    assert evs and (evs[0].target_actor or {}).get("by_default") is True, evs
