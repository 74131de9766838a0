"""Victims of one nationality counted after the story's attack ("At least six Germans were
among the wounded", "two Belgians were among the dead") were harmed by that attack: the harm
takes the attack's code and doer, and keeps its own victims (issue 19, real news). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, victims", [
    ("A suicide bomber killed ten people in Istanbul on Tuesday. At least six Germans were "
     "among the wounded, the agency reported.", "TUR", "DEU"),
    ("Gunmen killed 20 people at a hotel in Bamako. Two Belgians were among the dead, "
     "officials said.", "MLI", "BEL"),
    ("Gunmen killed 20 people at a hotel in Bamako. Three French citizens were among those "
     "killed.", "MLI", "FRA"),
    ("Al-Shabaab fighters stormed a mall in Nairobi, killing 40 people. Four Britons were "
     "among the injured, the Foreign Office said.", "SOM", "GBR"),
])
def test_victims_among_the_harmed_take_the_attack_s_doer(pipe, text, doer, victims):
    got = events_of(pipe, text)
    harm = [e for e in got if (e.target_actor or {}).get("country") == victims]
    assert harm, [(e.cameo, e.source_actor, e.target_actor) for e in got]
    # the attack's own code: the lede's act, coded by its verb (a killing, a storming)
    acts = {e.cameo for e in got if e.sentence == 0 and e.cameo[:2] in ("18", "19", "20")}
    assert all(e.cameo in acts and (e.source_actor or {}).get("country") == doer
               for e in harm), [(e.cameo, e.source_actor) for e in harm]
