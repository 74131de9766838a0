"""Colluding or conspiring with another party is covert cooperation with it: CAMEO has no code
of its own, and the real-news guidelines' material cooperation (06) is how coders list it.
Denied collusion is negated. Sentences written for these tests (none from the gold data); the
whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import check_act, events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("The opposition says President Maduro colluded with Cuban intelligence.", "VEN", "CUB"),
    ("Hungary conspired with Russia to weaken the sanctions, the diplomats said.", "HUN",
     "RUS"),
])
def test_collusion_is_cooperation(pipe, text, source, target):
    event = check_act(pipe, text, "06", source)
    assert (event.target_actor or {}).get("country") == target, event.target_actor


def test_denied_collusion_is_negated(pipe):
    text = "There was no collusion between the Hungarian government and Russia."
    events = find(events_of(pipe, text), "06")
    assert events and events[0].modality == NEGATED, \
        [(e.cameo, e.modality) for e in events_of(pipe, text)]
