"""Talks sought or welcomed (session 38, from a dev39 article's kind; sentences written for
this test):

- "sought talks with Washington" is an intent to meet (036), as the seekers' own wish to
  negotiate, not an appeal to others to meet (026, a root our hand coders do not list);
- "open to talks with the government" is an intent to meet by the one who is open (the
  adjective's subject: nominal_parties.open_to_party)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, seeker, sought", [
    ("Mexico and Canada sought talks with Washington over the tariffs.", "MEX", "USA"),
    ("Ethiopia has sought negotiations with Egypt on the dam.", "ETH", "EGY"),
])
def test_talks_sought_are_an_intent_to_meet(pipe, text, seeker, sought):
    got = find(events_of(pipe, text), "036")
    assert got and code(got[0].source_actor).startswith(seeker) and \
        code(got[0].target_actor).startswith(sought), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]


def test_open_to_talks_is_an_intent_to_meet(pipe):
    text = "Colombia's ELN rebels said they were open to talks with the Colombian government."
    got = find(events_of(pipe, text), "036")
    assert got and code(got[0].source_actor).startswith("COL"), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]
