"""A vow to hold someone accountable ("would hold accountable anyone responsible", "will
hold India accountable") is the speaker's threat (13); a court that held a company
accountable made a ruling, no threat (refine.py). Session 38, from a dev39 article's kind;
sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, speaker", [
    ("France and Germany said they would hold accountable anyone responsible for the attack.",
     "FRA"),
    ("Pakistan said it would hold India accountable for the strikes.", "PAK"),
])
def test_a_vow_to_hold_accountable_is_a_threat(pipe, text, speaker):
    got = find(events_of(pipe, text), "13")
    assert got and code(got[0].source_actor).startswith(speaker), \
        [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]


def test_a_court_holding_someone_accountable_is_no_threat(pipe):
    got = events_of(pipe, "A Kenyan court held the oil company accountable for the spill.")
    assert not find(got, "13"), [(e.cameo, e.evidence["text"]) for e in got]
