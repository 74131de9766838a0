"""An act whose text names no one it is done to takes, by default, the party another act of
its sentence by the same state is done to, else the doer's own state
(events/default_targets.py), marked `by_default`. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def test_a_second_act_on_property_falls_on_the_party_of_the_first(pipe):
    text = ("MANILA - The Philippine coast guard detained 12 Vietnamese fishermen and "
            "confiscated their boat near Scarborough Shoal on Sunday.")
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("17")]
    assert len(evs) >= 2, [(e.cameo, e.target_actor) for e in evs]
    assert all((e.target_actor or {}).get("country") == "VNM" for e in evs), \
        [(e.cameo, e.target_actor) for e in evs]


@pytest.mark.parametrize("text, root", [
    ("LUSAKA - President Hakainde Hichilema withdrew the fuel decree on Friday after two "
     "days of protests.", "08"),
    ("SANTIAGO - Chile's interior ministry ordered an inquiry into the fire on Monday.", "09"),
    # arrests by the police, courts or authorities are made within their own jurisdiction
    ("Dutch police arrested a 23-year-old man in Rotterdam on Sunday.", "17"),
    ("Norwegian authorities detained a second suspect late on Saturday.", "17"),
])
def test_a_domestic_act_with_no_named_counterpart_acts_on_its_own_state(pipe, text, root):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, e.target_actor) for e in events_of(pipe, text)]
    target = evs[0].target_actor or {}
    assert target.get("country") == code(evs[0].source_actor)[:3], (evs[0].cameo, target)
    assert target.get("by_default") is True


def test_a_named_target_is_kept(pipe):
    text = "ACCRA - Ghana's foreign ministry summoned the Nigerian ambassador on Tuesday."
    evs = [e for e in events_of(pipe, text) if e.target_actor]
    assert evs and (evs[0].target_actor or {}).get("country") == "NGA"
    assert not (evs[0].target_actor or {}).get("by_default")
