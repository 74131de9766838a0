"""Force "on" what a crowd does falls on the crowd: "a crackdown on protests", "cracked
down on demonstrations" target the civilians of the repressing state, not a state the
clause or the article names for another reason ("over its decision to suspend talks with
the European Union"); a crowd named by its members keeps them ("student protests")
(events/actors.py CROWD_ACTS; session 31, a dev article's miss; sentences written for
these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, target", [
    ("Kenyan police cracked down on demonstrations against the finance bill.", "KENCVL"),
    ("Georgian police launched a crackdown on protests over the government's decision to "
     "suspend talks with the European Union.", "GEOCVL"),
    ("The Serbian government pressed its crackdown on student protests.", "SRBEDU"),
])
def test_force_on_a_crowds_act_falls_on_the_crowd(pipe, text, target):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("17")]
    assert evs and code(evs[0].target_actor) == target, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in evs]
