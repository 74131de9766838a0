"""Not allowing a thing to become or turn into something ("will not allow the crisis to
become a pretext for war", "allow Moldova to be turned into a battlefield") is a stance, no
act of yielding or of refusing to yield (the lexicon's "-" rows for allow / permit with
become, turn, remain); allowing people or aid in still is. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Chisinau will not allow Moldova to be turned into a battlefield, the president said.",
    "Ruto said Kenya would never allow the dispute to become a reason for war with Somalia.",
    "Baghdad will not permit Iraq to remain a stage for foreign rivalries.",
])
def test_a_change_not_allowed_is_no_event(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "08") and not find(events, "12"), [e.cameo for e in events]


def test_people_allowed_in_are_still_yielding(pipe):
    events = events_of(pipe, "Iran allowed U.N. inspectors to visit the Fordow site.")
    assert find(events, "08"), [e.cameo for e in events]
