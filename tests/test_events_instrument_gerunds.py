"""Fire told as a nationality's "shelling" in a "by" phrase: "The village was destroyed by
Russian shelling". The small parser reads "by Russian" as the agent and "shelling" as a
clause of its own whose subject is the main clause's ("the village" shelled), so the
nominal event came out with the victim as its doer, and the nationality lent its country
to the place hit. The parse is re-hung at load time (nlp._as_instrument_noun) and a fire
noun that is a passive's doer is done to the passive's subject (arguments._hit_by).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk import nlp
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "The clinic was destroyed by Syrian shelling on Sunday.",
    "A market in Donetsk was hit by Ukrainian shelling overnight.",
    "The ferry was damaged by Israeli firing near the port.",
])
def test_the_fire_noun_is_a_noun_with_its_nationality(text):
    doc = nlp.parse(text)
    noun = next(t for t in doc if t.lower_ in ("shelling", "firing"))
    assert (noun.pos_, noun.dep_, noun.head.lower_) == ("NOUN", "pobj", "by")
    assert doc[noun.i - 1].head.i == noun.i


@pytest.mark.parametrize("text, source, target", [
    ("Three houses in Kherson were damaged by Russian shelling on Tuesday.", "RUS", "UKR"),
    ("A school in Idlib was damaged by Syrian shelling overnight.", "SYR", "SYR"),
])
def test_the_place_hit_is_the_target_of_the_fire(pipe, text, source, target):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert evs, events_of(pipe, text)
    assert ((evs[0].source_actor or {}).get("country"),
            (evs[0].target_actor or {}).get("country")) == (source, target)


def test_the_nationality_of_the_fire_is_not_the_place_hits(pipe):
    evs = events_of(pipe, "The clinic was destroyed by Syrian shelling on Sunday.")
    assert evs and all((e.source_actor or {}).get("country") == "SYR" for e in evs), evs
    # the clinic's country is not told; it is not the shelling side's
    assert all((e.target_actor or {}).get("country") in (None, "") for e in evs), \
        [(e.cameo, e.source_actor, e.target_actor) for e in evs]
