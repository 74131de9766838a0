"""A coup is coercion of a state's own rulers (CAMEO has no coup code: 170, coerce, as hand
coders mostly give it): "seized power", "grabbed power", "staged / attempted a coup" (the
lexicon's 170 rows; refine._by_object lets the state's power through, an abstract object
that otherwise makes coercion a metaphor), by the state's forces on its own rulers (XXXMIL on
XXXGOV, build.py with actor_rules.overthrown). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Guinea's army seized power in September 2021, arresting President Alpha Conde.", "GIN"),
    ("Niger's presidential guard grabbed power in July 2023.", "NER"),
    ("Bolivian army officers attempted a coup in La Paz on Wednesday.", "BOL"),
    ("Gabonese soldiers staged a coup hours after the election result was announced.", "GAB"),
])
def test_a_coup_is_coercion_by_the_soldiers_state(pipe, text, doer):
    coups = find(events_of(pipe, text), "170")
    assert coups and ((coups[0].source_actor or {}).get("country") == doer), \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "The app seized power from the incumbents in the ride-hailing market.",
    "Solar farms now generate power for half the city.",
])
def test_power_of_markets_or_grids_is_no_coup(pipe, text):
    assert not find(events_of(pipe, text), "17"), [e.cameo for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, states", [
    ("Guinea's army seized power in September 2021.", {"GIN"}),
    ("Chad and Sudan cut ties in March. The two juntas, which seized power in coups, "
     "accuse Paris of meddling.", {"TCD", "SDN"}),
])
def test_a_coup_is_over_the_states_own_rulers(pipe, text, states):
    coups = find(events_of(pipe, text), "170")
    assert {(e.target_actor or {}).get("code") for e in coups} == {s + "GOV" for s in states}, \
        [(e.cameo, e.source_actor, e.target_actor) for e in coups]
    assert all((e.source_actor or {}).get("code", "")[3:] == "MIL" for e in coups)


def test_a_present_act_takes_no_past_date_of_a_relative_clause(pipe):
    text = ("The two juntas, which seized power in coups between 2020 and 2022, accuse Paris "
            "of meddling.")
    accusations = find(events_of(pipe, text), "11")
    assert accusations and all(not e.background for e in accusations), \
        [(e.cameo, e.time, e.background) for e in accusations]
