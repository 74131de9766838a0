"""An armed force backed or supported by another fights beside it: military cooperation
(CAMEO 062) by the backer, no verbal support (051) (actor_rules.after_actors). And a
sentence that opens with such a phrase keeps its doer when the parser hangs the main verb
on the phrase's last noun ("Police backed by Kenyan personnel killed ...": the police
killed; arguments._misread_subject). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, backer, backed", [
    ("Iraqi troops, backed by Iranian militias, entered Tikrit on Monday.", "IRN", "IRQ"),
    ("Nigerien soldiers supported by French drones attacked a jihadist camp.", "FRA", "NER"),
])
def test_a_force_backing_another_cooperates_militarily(pipe, text, backer, backed):
    events = events_of(pipe, text)
    backing = find(events, "06")
    assert backing and not find(events, "051"), [e.cameo for e in events]
    assert (backing[0].source_actor or {}).get("country") == backer, backing[0].source_actor
    assert (backing[0].target_actor or {}).get("country") == backed, backing[0].target_actor


def test_a_state_backing_a_bid_is_support(pipe):
    events = events_of(pipe, "France backed Ukraine's bid to join the European Union.")
    assert find(events, "05") and not find(events, "06"), [e.cameo for e in events]


@pytest.mark.parametrize("text, doer", [
    ("Police backed by Kenyan officers killed at least nine gang members in Port-au-Prince.",
     "COP"),
    ("Soldiers backed by Chadian troops captured two Boko Haram commanders near Maiduguri.",
     "MIL"),
])
def test_the_root_noun_does_the_misread_verb(pipe, text, doer):
    acts = [e for e in events_of(pipe, text) if e.cameo[:2] in ("17", "18", "19")]
    assert acts and all((e.source_actor or {}).get("sector") == doer for e in acts), \
        [(e.cameo, e.source_actor) for e in acts]
