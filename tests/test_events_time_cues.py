"""A preposition whose object names a time ("at any time", "at that point", "on the same day")
is no cue of a trigger even where the entity tagger leaves the time untagged: "could fire her
at any time" is a dismissal, not firing at someone (events/coding.time_phrase). Sentences
written for these tests (none from the gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The mayor said she could fire the police chief at any time.",
    "The governor warned that he would fire his deputy at that point.",
    "The owner fired the manager at the moment the losses were published.",
])
def test_a_time_phrase_makes_no_shooting(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith(("18", "19"))]


@pytest.mark.parametrize("text, target", [
    ("Soldiers fired at protesters in the capital on Tuesday.", "CVL"),
    ("Border guards fired on migrants at night, witnesses said.", ""),
])
def test_firing_at_people_is_still_shooting(pipe, text, target):
    events = [e for e in events_of(pipe, text) if e.cameo.startswith("19")]
    assert events, [(e.cameo, code(e.target_actor)) for e in events_of(pipe, text)]
    assert target in code(events[0].target_actor)
