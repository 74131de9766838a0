"""A toll told with the war or the conflict as the killer ("The war has killed more than 850
civilians", "Violence killed 40 people") names no one who acted: no event (our guidelines:
an act with no actor is none), where an unidentified armed force used to be made up. A
violence whose doers its words name ("gang violence") still is theirs. Session 38, from a
dev38 article's kind; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The war has killed more than 14,000 civilians, according to a monitoring group.",
    "The conflict has killed tens of thousands of people since 2023.",
])
def test_a_war_s_toll_is_no_one_s_act(pipe, text):
    got = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert not got, [(e.cameo, (e.source_actor or {}).get("code")) for e in got]


def test_violence_of_named_doers_is_still_theirs(pipe):
    got = [e for e in events_of(pipe, "Gang violence killed more than 2,500 people in Haiti.")
           if e.cameo[:2] == "18"]
    assert got and (got[0].source_actor or {}).get("country") == "HTI", \
        [(e.cameo, e.source_actor) for e in got]
