"""Anger, fury or frustration a state expresses or voices at another's act is disapproval
(CAMEO 110), as concern and outrage are, aimed at the act's doer. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("Beijing expressed anger at the Japanese naval drills near Taiwan.", "CHN", "JPN"),
    ("Ankara voiced fury over the Swedish decision to allow the rally.", "TUR", "SWE"),
])
def test_anger_expressed_at_an_act_is_disapproval_of_its_doer(pipe, text, source, target):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("11")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(source), evs[0].source_actor
    assert code(evs[0].target_actor).startswith(target), evs[0].target_actor


def test_anger_expressed_by_a_crowd_at_home_is_no_interstate_disapproval(pipe):
    evs = [e for e in events_of(pipe, "Fans expressed anger at the referee after the match.")
           if e.cameo.startswith("11") and (e.target_actor or {}).get("country")]
    assert not evs, evs
