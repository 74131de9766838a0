"""Classes from the newcomer's session-20 report (C5, C6, C8, C9 and time): targets of verbs
that impute an act, intent verbs that introduce a hostile act, boilerplate and senses that
are no event, reciprocal accusations, and acts told in a when-clause of a dated sentence.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


# C8: the accused is the verb's object, even of the accuser's own state; parties named in
# the imputed act ("aid to Taiwan") are that act's, not the accusation's target
@pytest.mark.parametrize("text, src, tgt", [
    ("Several Republicans have accused the Pentagon of dragging its feet on aid to Taiwan.",
     "USA", "USAMIL"),
    ("Indian opposition leaders accused the foreign ministry of going soft on China.",
     "IND", "INDGOV"),
    ("German Greens blamed the chancellor for delaying arms shipments to Ukraine.",
     "DEU", "DEUGOV"),
])
def test_accused_is_the_object(pipe, text, src, tgt):
    evs = find(events_of(pipe, text), "112")
    assert evs and all(code(e.source_actor)[:3] == src and code(e.target_actor) == tgt
                       for e in evs), evs
