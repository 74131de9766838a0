"""Ending or revoking a tie with another party reduces relations (CAMEO 16): "end military
cooperation with Niamey", "revoked a security pact with Benin", "terminated its defence
agreement with France" (cameo_verbs.tsv); and a capital after "with" or "against" stands for
its government even where the tagger reads it as a person's name ("cooperation with Niamey":
untagged.places_read_as_people). Session 38, from a dev38 article's kind; sentences written
for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, other", [
    ("Burkina Faso revoked a military cooperation accord with Paris on Monday.", "BFA", "FRA"),
    ("Chad terminated its defence pact with France last year.", "TCD", "FRA"),
    ("Mali's junta said it would end its security partnership with Abidjan.", "MLI", "CIV"),
    ("Paris will end its military cooperation with Niamey by December.", "FRA", "NER"),
])
def test_ending_a_tie_reduces_relations(pipe, text, doer, other):
    got = find(events_of(pipe, text), "16")
    assert got and code(got[0].source_actor).startswith(doer) and \
        code(got[0].target_actor).startswith(other), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]


def test_ending_a_curfew_or_the_fighting_is_no_cut_in_ties(pipe):
    got = events_of(pipe, "The army ended the curfew in the capital on Monday.")
    assert not find(got, "16"), [(e.cameo, e.evidence["text"]) for e in got]
