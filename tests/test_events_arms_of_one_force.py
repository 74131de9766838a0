"""Conjoined arms after a force named with its states ("U.S. and British warplanes, ships and a
submarine struck ...", "Israeli jets and drones hit ...") are that force's: each state of the
first's modifiers acts, and no stateless doer is added for the other arms
(actors._arms_of_the_first). Session 38, from a dev38 article's kind; sentences written for
this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, states", [
    ("French and Malian warplanes, helicopters and drones struck militant camps near Gao.",
     {"FRA", "MLI"}),
    ("Israeli jets and drones struck Hezbollah positions in southern Lebanon.", {"ISR"}),
])
def test_the_arms_of_one_force_are_its_states(pipe, text, states):
    got = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    doers = {code(e.source_actor)[:3] for e in got}
    assert doers == states and all(code(e.source_actor) for e in got), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]
