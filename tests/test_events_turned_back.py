"""Refugees and migrants turned back, turned away or pushed back at a border are expelled
(CAMEO 174), not force (190: "pushed back a Russian assault") nor nothing (session 37, found
by probing with new wire copy; sentences written for this test)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Thai soldiers turned back about 200 Karen refugees at the border on Tuesday.", "THA"),
    ("Italian patrol boats pushed back a dinghy of migrants off Lampedusa.", "ITA"),
    ("Hungarian police turned away asylum seekers at the Serbian frontier.", "HUN"),
])
def test_people_turned_back_are_expelled(pipe, text, doer):
    evs = events_of(pipe, text)
    expelled = find(evs, "174")
    assert expelled, [(e.cameo, e.evidence["text"]) for e in evs]
    assert code(expelled[0].source_actor).startswith(doer), code(expelled[0].source_actor)
    assert not find(evs, "19")


def test_an_assault_pushed_back_is_still_force(pipe):
    assert find(events_of(pipe, "Armenian troops pushed back an Azerbaijani assault near the "
                                "village."), "19")


# Checks or controls put on a border with a neighbour reduce relations with it (160), as a
# closure does; that border is acted on, so the neighbour is the target (context.border_with).
@pytest.mark.parametrize("text, doer, neighbour", [
    ("Slovakia reintroduced checks on its border with Hungary on Friday.", "SVK", "HUN"),
    ("Finland tightened controls on its border with Russia.", "FIN", "RUS"),
])
def test_border_checks_reduce_relations_with_the_neighbour(pipe, text, doer, neighbour):
    evs = find(events_of(pipe, text), "16")
    assert evs and (code(evs[0].source_actor), code(evs[0].target_actor)) == (doer, neighbour), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]
