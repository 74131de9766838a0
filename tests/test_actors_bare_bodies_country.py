"""A state body named bare ("the interior ministry", "the defence ministry") is of the story's
state, not of the state its own verb acts on ("accused Moscow", "summoned Beijing's envoy":
context._acted_on_by), nor of the state whose firms or citizens the sentence before names
("detained two Russian citizens", "on 12 U.S. firms": context.THING_NOUNS). Session 38, from
a dev39 article's kind; articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer, target", [
    ("KYIV (Reuters) - Ukraine's security service said on Monday it had detained two Russian "
     "citizens near a power plant. The interior ministry accused Moscow of sending saboteurs.",
     "112", "UKR", "RUS"),
    ("SEOUL (Reuters) - South Korea's spy agency said three Chinese nationals had photographed "
     "a navy base. The defence ministry summoned Beijing's envoy on Tuesday.", "114", "KOR",
     "CHN"),
    ("BEIJING (AP) - China imposed export controls on 12 U.S. firms on Friday. The foreign "
     "ministry criticised Washington for escalating the trade war.", "11", "CHN", "USA"),
])
def test_a_bare_body_is_not_of_the_state_it_acts_on(pipe, text, root, doer, target):
    got = find(events_of(pipe, text), root)
    assert got and code(got[-1].source_actor).startswith(doer) and \
        code(got[-1].target_actor).startswith(target), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]
