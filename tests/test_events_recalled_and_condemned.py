"""Classes a dev39 article showed (session 38; articles written for this test):

- "condemned the attack" falls on the doer of an attack told before, not on troops that then
  secured or held a place (an occupation is no attack: anaphora._antecedent with the noun's
  own code);
- a target that names a sector of no state ("Chile recalled their envoys": GOV) names no
  party, so the acts it stands in are still given the story's party as target
  (default_targets._names_a_party)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def test_a_condemned_attack_is_not_the_securing_after_it(pipe):
    text = ("MOGADISHU (Reuters) - Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday, "
            "killing nine people. African Union troops helped secure the area around the hotel. "
            "Kenya and Uganda condemned the attack.")
    got = [e for e in find(events_of(pipe, text), "11")
           if code(e.source_actor)[:3] in ("KEN", "UGA")]
    assert len(got) == 2 and all(code(e.target_actor).startswith("SOM") for e in got), \
        [(code(e.source_actor), code(e.target_actor)) for e in got]


def test_envoys_recalled_with_no_state_named_are_recalled_from_the_story_s_party(pipe):
    text = ("AMMAN (Reuters) - Jordan recalled its ambassador to Israel on Wednesday over the war "
            "in Gaza. Israel's foreign ministry accused Amman of siding with Hamas. Israeli forces "
            "have pounded Gaza with air strikes. Chile and Colombia recalled their envoys this "
            "week.")
    got = [e for e in find(events_of(pipe, text), "16") if code(e.source_actor)[:3] in ("CHL", "COL")]
    assert len(got) == 2 and all(code(e.target_actor).startswith("ISR") for e in got), \
        [(code(e.source_actor), code(e.target_actor)) for e in got]
