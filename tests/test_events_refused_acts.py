"""A refusal lists the act refused as well, negated ("refused to extend the deal": the
extension, not done), beside the refusal itself (CAMEO 12): the real-news guidelines list
the act with modality negated, and CAMEO codes the refusal (clauses.REFUSING). An intent
or a threat is still only the intent or the threat. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, doer, target", [
    ("Belgrade has refused to negotiate with the Kosovo government.", "04", "SRB", "XKX"),
    ("Bolivia declined to sign the trade agreement with Chile.", "05", "BOL", "CHL"),
])
def test_the_refused_act_is_listed_negated(pipe, text, act, doer, target):
    events = events_of(pipe, text)
    refused = [e for e in find(events, act) if e.modality == "negated"]
    assert refused and find(events, "12"), [(e.cameo, e.modality) for e in events]
    assert (refused[0].source_actor or {}).get("country") == doer, refused[0].source_actor
    assert (refused[0].target_actor or {}).get("country") == target, refused[0].target_actor


def test_an_intent_is_not_listed_as_the_act(pipe):
    events = events_of(pipe, "Peru pledged to sign the trade agreement with Chile.")
    assert not [e for e in events if e.cameo[:2] == "05"], [e.cameo for e in events]
