"""A case brought or filed against a party is a lawsuit (CAMEO 115). Sentences written for
these tests. (Dismissing another's sanctions as a rejection, 120, was tried and dropped: the
cued verb then consumed the sanctions' own mention told again, anaphora.py,
tests/test_events_wire_classes.py.)"""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def pairs(evs, cameo):
    return {((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in evs if e.cameo == cameo}


@pytest.mark.parametrize("text, pair", [
    ("Nicaragua filed a case against Germany at the International Court of Justice.",
     ("NIC", "DEU")),
    ("Iran brought a case against the United States at the world court over sanctions.",
     ("IRN", "USA")),
    ("Qatar lodged a case against the UAE at the UN court.", ("QAT", "ARE")),
])
def test_a_case_against_a_party_is_a_lawsuit(pipe, text, pair):
    assert pair in pairs(events_of(pipe, text), "115"), \
        [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]


def test_a_case_dismissed_or_heard_is_no_lawsuit_by_the_court(pipe):
    evs = events_of(pipe, "A Kenyan judge dismissed the case against the former minister.")
    assert not [e for e in evs if e.cameo == "115"]
