"""The release of people is CAMEO 0841 whatever word names them ("the release of two aid
workers", "of the kidnapped schoolgirls"): the lexicon's "@people" cue, satisfied by an
object or "of" phrase that names people (objects.kind_of), not by a list of nouns; the
release of a report or a film is no event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Armenia welcomed Azerbaijan's release of four Armenian nuns.", "AZE"),
    ("The release of two French teachers by Iran came after months of talks.", "IRN"),
    ("Kenya praised Somalia's release of the kidnapped aid workers.", "SOM"),
])
def test_people_released_are_0841(pipe, text, doer):
    released = find(events_of(pipe, text), "0841")
    assert released, [e.cameo for e in events_of(pipe, text)]
    assert (released[0].source_actor or {}).get("country") == doer, released[0].source_actor


@pytest.mark.parametrize("text", [
    "Iran's release of the nuclear report was delayed by a week.",
    "Netflix's release of the film angered Beijing.",
])
def test_a_release_of_things_is_no_event(pipe, text):
    assert not find(events_of(pipe, text), "084"), [e.cameo for e in events_of(pipe, text)]
