"""A charge ("accused X [of acting for France]") says what the accused did: its words are no
part of the accused's name (phrase_actors.np_bounds). A counted group of state rulers ("the three juntas", "both
regimes") stands for the states named together before it (pairs.PAIR_NOUNS). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import after_first_sentence, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _pair(event):
    return ((event.source_actor or {}).get("country"), (event.target_actor or {}).get("code"))


@pytest.mark.parametrize("text, doer, accused", [
    ("Chad accused ECOWAS of working on behalf of Nigeria.", "TCD", "IGOWAS"),
])
def test_the_charge_is_no_part_of_the_accused(pipe, text, doer, accused):
    charges = find(events_of(pipe, text), "11")
    assert charges and _pair(charges[0]) == (doer, accused), \
        [(e.cameo, _pair(e)) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, states", [
    ("Guinea, Mali and Niger quit the bloc in January. The three juntas accuse ECOWAS of "
     "serving the interests of France.", {"GIN", "MLI", "NER"}),
    ("Myanmar and Thailand signed a border pact in March. Both regimes accuse the UN of "
     "meddling in Asian affairs.", {"MMR", "THA"}),
])
def test_counted_rulers_are_the_states_named_before(pipe, text, states):
    charges = after_first_sentence(find(events_of(pipe, text), "11"), text)
    assert {(e.source_actor or {}).get("country") for e in charges} == states, \
        [(e.cameo, _pair(e)) for e in charges]
