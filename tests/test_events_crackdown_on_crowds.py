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


@pytest.mark.parametrize("text, target", [
    ("The Philippine government signed a peace accord with the MILF in Kuala Lumpur in 2014.",
     "PHL"),
    ("Ethiopia signed a peace deal with the TPLF in Pretoria in November 2022.", "ETH"),
])
def test_a_named_party_of_the_doers_state_beats_a_venue(pipe, text, target):
    """A named party of the doer's own state that the clause acts on is the target, not a
    state the clause names as the venue (events/actors.py, before _clause_actor)."""
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("05")]
    assert evs and (evs[0].target_actor or {}).get("country") == target, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in evs]
