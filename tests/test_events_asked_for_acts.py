"""An act asked for by a noun ("demanded Moscow's withdrawal", "called for the withdrawal
of Rwandan troops") is listed as that act, requested, by the doer its phrase names and for
the one who asks (the real-news guidelines), beside the demand itself (CAMEO 10):
nominal_parties.asked_for / asked_doer, modality "requested", build's asker as target.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, asker", [
    ("Georgia demanded Russia's withdrawal from Abkhazia.", "RUS", "GEO"),
    ("Mali's junta demanded the withdrawal of French troops within three months.", "FRA",
     "MLI"),
])
def test_the_act_asked_for_is_requested(pipe, text, doer, asker):
    events = events_of(pipe, text)
    asked = [e for e in find(events, "087") if e.modality == "requested"]
    assert asked and find(events, "10"), [(e.cameo, e.modality) for e in events]
    assert (asked[0].source_actor or {}).get("country") == doer, asked[0].source_actor
    assert (asked[0].target_actor or {}).get("country") == asker, asked[0].target_actor


def test_a_withdrawal_told_is_not_requested(pipe):
    events = events_of(pipe, "Georgia welcomed Russia's withdrawal from Abkhazia.")
    assert not [e for e in events if e.modality == "requested"], \
        [(e.cameo, e.modality) for e in events]
