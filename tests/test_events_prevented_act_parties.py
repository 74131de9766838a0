"""The one kept from an act is the target, not a party of the act kept from: "The Taliban
banned women from working for the United Nations" is a ban on Afghan women, not on the UN.
The last-resort search for a foreign party in the clause (actors._clause_actor) read into
the prevented act's own clause when the one banned was of the doer's country. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, code, target", [
    ("The Iranian authorities banned journalists from working for the BBC.", "172", "IRN"),
    ("Myanmar's junta barred monks from meeting the United Nations envoy.", "172", "MMR"),
])
def test_the_one_kept_from_an_act_is_the_target(pipe, text, code, target):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(code)]
    assert evs, events_of(pipe, text)
    assert (evs[0].target_actor or {}).get("country") == target, \
        [(e.cameo, e.source_actor, e.target_actor) for e in evs]
