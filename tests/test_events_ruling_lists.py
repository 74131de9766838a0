"""A body named by the states a participle of rule lists ("the military juntas ruling Mali,
Burkina Faso and Niger", "the generals running Guinea and Gabon") is each of those states'
body: one event per state, as the blind-coded sets list them (phrase_actors.each_named,
RULING_VERBS), as "the juntas in Mali and Niger" and "the rulers of X and Y" already were.
Session 39, from a dev41 article's kind; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doers", [
    ("The military juntas ruling Mali, Burkina Faso and Niger expelled the French ambassadors "
     "on Monday.", "16", {"MLI", "BFA", "NER"}),
    ("The generals running Guinea and Gabon accused the African Union of double standards.",
     "11", {"GIN", "GAB"}),
    ("The military governments ruling Niger and Mali suspended cooperation with Paris.", "16",
     {"NER", "MLI"}),
])
def test_each_ruled_state_acts(pipe, text, root, doers):
    got = find(events_of(pipe, text), root)
    assert {code(e.source_actor)[:3] for e in got} == doers, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]
