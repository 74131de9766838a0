"""An act told by its amount: "announced $300 million in military aid", "extended 2 billion
euros of loans": the light verb's object is the sum, and the act is what the sum is in or
of (coding._light_object, _amount). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, cameo, pair", [
    ("The European Union announced 500 million euros in humanitarian aid for Syria.", "073",
     ("IGOEUR", "SYR")),
    ("Japan extended $2 billion in loans to Sri Lanka on Thursday.", "071", ("JPN", "LKA")),
    ("Australia announced A$100 million of military assistance for the Philippines.", "072",
     ("AUS", "PHL")),
])
def test_an_act_told_by_its_amount_is_coded(pipe, text, cameo, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo == cameo]
    assert evs and ((evs[0].source_actor or {}).get("code", "")[:len(pair[0])],
                    (evs[0].target_actor or {}).get("country")) == pair, \
        [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "The carmaker announced $3 billion in profits for the quarter.",
    "The ministry announced 40 million doses of vaccine in stock.",
])
def test_an_amount_of_no_act_is_no_event(pipe, text):
    assert not [e for e in events_of(pipe, text) if e.cameo[:2] == "07"]
