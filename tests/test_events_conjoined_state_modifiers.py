"""A plural head with conjoined state modifiers names its own parties, each with the head's
sector, also when the first modifier is a name ("U.S. and South Korean defense chiefs", which
the parser hangs as nmod) and when the head is a pair noun after "the" ("the U.S. and Chinese
presidents" are no "the two presidents" to look for before): events/phrase_actors.each_named,
pairs.the_two. Sentences written for these tests (none from the gold data); the whole
pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("U.S. and Japanese navy commanders spoke by phone on Tuesday.", "USAMIL", "JPNMIL"),
    ("The U.S. and Indian leaders held talks in Tokyo on Monday.", "USAGOV", "INDGOV"),
    ("Brazil sent a delegation to Lima. The Brazilian and Peruvian presidents signed a trade "
     "deal on Friday.", "BRAGOV", "PERGOV"),
])
def test_conjoined_state_modifiers_are_the_two_parties(pipe, text, source, target):
    events = [e for e in events_of(pipe, text) if e.cameo[:2] in ("04", "05", "06")]
    assert events, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (code(events[-1].source_actor), code(events[-1].target_actor)) == (source, target)
