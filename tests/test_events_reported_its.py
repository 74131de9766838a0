"""The owner "its"/"their" of a reported clause's subject is the one who reports it ("The
Israeli army said its jets downed the drones": Israel's jets, not the state named last;
state_bodies.own_subject_state). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, word, doer", [
    ("Hamas fired rockets at Ashkelon. The Israeli military said its aircraft struck the "
     "launch sites in Gaza.", "struck", "ISR"),
    ("Rebels attacked a base near Goma on Sunday. Rwanda's government said its troops had "
     "not crossed into Congo.", "crossed", None),
    ("Militants ambushed a patrol in Balochistan. The Pakistani army said its soldiers "
     "killed four of the attackers.", "killed", "PAK"),
])
def test_the_reporter_owns_its_forces(pipe, text, word, doer):
    events = [e for e in events_of(pipe, text) if e.evidence["text"].startswith(word)]
    if doer is None:  # (no event need be coded; if one is, it is not the rebels')
        assert all((e.source_actor or {}).get("sector") != "REB" for e in events)
        return
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (events[0].source_actor or {}).get("country") == doer, events[0].source_actor
