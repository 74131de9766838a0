"""A case brought or filed against a party is a lawsuit (CAMEO 115), and dismissing another's
sanctions or tariffs is a rejection (120). Sentences written for these tests."""
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


def test_dismissing_sanctions_is_a_rejection(pipe):
    evs = events_of(pipe, "Beijing dismissed the new American tariffs as bullying.")
    assert ("CHN", "USA") in pairs(evs, "120"), [(e.cameo, e.source_actor, e.target_actor) for e in evs]
