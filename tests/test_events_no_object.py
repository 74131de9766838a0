"""An act whose object is "no" thing did not happen: "gave no aid", "offered no guarantees",
"sent no troops" are negated, not asserted (events/modality.py; issue 19's negation carried
by a noun; session 31, a dev article's miss; sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import ASSERTED, NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The Kenyan government gave no aid to the refugees in Dadaab.",
    "Turkey sent no troops to the border this week.",
])
def test_no_object_negates_the_act(pipe, text):
    evs = events_of(pipe, text)
    assert evs and all(e.modality == NEGATED for e in evs), \
        [(e.cameo, e.modality) for e in evs]


def test_an_object_without_no_is_asserted(pipe):
    evs = events_of(pipe, "The Kenyan government gave aid to the refugees in Dadaab.")
    assert evs and evs[0].modality == ASSERTED
