"""An "it" that is the subject of a clause of time or cause ("since it invaded", "after it
...") on a main clause whose subject is plural stands for the one state or body the main
clause acts on, not for that plural subject and not for nobody; after a singular state that
acts on no other party, for that state (stages/events/arguments.py main_clause_it). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, source, target", [
    ("Neighbours have shunned Eritrea since it jailed opposition leaders.", "17", "ERI",
     "ERI"),
    ("Several Gulf monarchies cut ties with Iran after it attacked their ships.", "19", "IRN",
     None),
    ("Western banks have avoided Venezuela since it expelled American diplomats.", "16", "VEN",
     "USA"),
])
def test_it_is_the_party_the_main_clause_acts_on(pipe, text, root, source, target):
    events = find(events_of(pipe, text), root)
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    ev = events[-1]
    assert (ev.source_actor or {}).get("country") == source, ev.source_actor
    if target:
        assert (ev.target_actor or {}).get("country") == target, ev.target_actor


def test_a_singular_state_subject_is_the_it(pipe):
    """A singular state as the main subject, and no other party in the main clause: "it" is
    that subject."""
    text = "Russia has been isolated by the West since it invaded Ukraine in 2022."
    events = find(events_of(pipe, text), "19")
    assert events and (events[0].source_actor or {}).get("country") == "RUS", \
        [(e.cameo, e.source_actor) for e in events]
