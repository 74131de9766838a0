"""A verb of pressing with the act itself as its object pursues the act ("pressed its
offensive", "pushed their assault"): the act is done, not asked for; "pressed for X" still
asks (events/nominal_parties.asked_for). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import ASSERTED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Sudanese paramilitaries pressed their offensive on El Fasher on Sunday.",
    "Israeli forces pushed their assault on Rafah despite the warnings.",
    "The junta pressed its air campaign against rebel-held towns in Sagaing.",
])
def test_a_pressed_act_is_done(pipe, text):
    acts = find(events_of(pipe, text), "19")
    assert acts and all(e.modality == ASSERTED for e in acts), \
        [(e.cameo, e.modality) for e in events_of(pipe, text)]


def test_pressing_for_an_act_still_asks_for_it(pipe):
    text = "France pressed for an immediate ceasefire between Israel and Hezbollah."
    assert not any(e.cameo.startswith("19") and e.modality == ASSERTED
                   for e in events_of(pipe, text))
