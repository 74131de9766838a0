"""Declaring, proclaiming or extending a state of emergency, martial law or a curfew restricts
a population as imposing one does (CAMEO 1724 state of emergency or martial law, 1723
curfew). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, want, doer", [
    ("ADDIS ABABA - Ethiopia's government declared a state of emergency in the Amhara region "
     "on Friday.", "1724", "ETH"),
    ("BANGKOK - Thailand's army chief declared martial law across the country on Tuesday.",
     "1724", "THA"),
    ("COLOMBO - Sri Lanka's president extended the state of emergency by a month.", "1724",
     "LKA"),
    ("NIAMEY - Niger's interior ministry declared a night curfew in the capital.", "1723",
     "NER"),
])
def test_declaring_an_emergency_rule_restricts(pipe, text, want, doer):
    evs = [e for e in events_of(pipe, text) if e.cameo == want]
    assert evs and (evs[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]


def test_declaring_a_truce_is_still_a_truce(pipe):
    text = "KHARTOUM - The army declared a 72-hour truce with the RSF on Saturday."
    assert "0871" in [e.cameo for e in events_of(pipe, text)]
