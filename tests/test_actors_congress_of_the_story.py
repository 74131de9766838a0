"""A legislature named "Congress" with no country of its own is the story's state's where
that state has one (Peru, Colombia, the Philippines ...: actors.shared.SHARED_BODIES), not the
United States' the tables give the bare name. Session 38, from a dev39 article's kind;
articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, state", [
    ("BOGOTA, March 3 (Reuters) - Colombia's Congress rejected the president's labour reform. "
     "Petro accused Congress of blocking his agenda.", "112", "COL"),
    ("MANILA (AP) - The Philippine Congress opened an inquiry into the drug war. Duterte "
     "criticised Congress for the hearings.", "11", "PHL"),
])
def test_congress_is_the_story_state_s(pipe, text, root, state):
    got = [e for e in find(events_of(pipe, text), root) if "Congress" in (e.target_actor or {}).get("text", "")]
    assert got and code(got[-1].target_actor) == state + "LEG", \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


def test_congress_in_a_washington_story_is_the_us_congress(pipe):
    got = find(events_of(pipe, "WASHINGTON (AP) - Congress passed a bill imposing sanctions on "
                                "Russia."), "16")
    assert got and code(got[0].source_actor) == "USALEG", \
        [(e.cameo, code(e.source_actor)) for e in got]
