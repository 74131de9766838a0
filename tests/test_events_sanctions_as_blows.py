"""A blow dealt "with" the measures of economic pressure is those measures imposed on the one
hit (CAMEO 163; stages/events/measures.py): not force ("struck ... with restrictions" was 190)
and not nothing ("slapped X with sanctions", "punished X with tariffs" coded no event).
Sentences written for these tests; the ones the rule was built on are not among them."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("Japan slapped North Korea with fresh sanctions on Tuesday.", "JPN", "PRK"),
    ("The European Union hit Syria with an oil embargo in 2011.", None, "SYR"),
    ("Ottawa punished Beijing with steep duties on electric vehicles.", "CAN", "CHN"),
    ("Australia targeted Russian oligarchs with travel bans and asset freezes.", "AUS", "RUS"),
    ("The United States struck Iranian shipping firms with new export controls.", "USA",
     "IRN"),
    ("Britain has hit Moscow with a fresh package of sanctions.", "GBR", "RUS"),
    ("Washington penalized Havana with a raft of economic measures.", "USA", "CUB"),
])
def test_a_blow_dealt_with_measures_is_sanctions(pipe, text, source, target):
    events = events_of(pipe, text)
    found = find(events, "163")
    assert found and not find(events, "19") and not find(events, "18"), \
        [(e.cameo, e.evidence["text"]) for e in events]
    assert (found[0].target_actor or {}).get("country") == target, found[0].target_actor
    if source:
        assert (found[0].source_actor or {}).get("country") == source, found[0].source_actor


@pytest.mark.parametrize("text", [
    "Ukrainian drones hit the refinery with explosives overnight.",
    "Israeli aircraft struck the compound with precision-guided munitions.",
])
def test_a_blow_dealt_with_arms_stays_force(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "163") and (find(events, "19") or find(events, "18")), \
        [(e.cameo, e.evidence["text"]) for e in events]


def test_a_deal_struck_with_sanctions_relief_is_no_sanction(pipe):
    text = "Tehran and Washington struck an accord with sanctions relief for oil exports."
    assert not find(events_of(pipe, text), "163")
