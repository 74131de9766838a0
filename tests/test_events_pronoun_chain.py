"""Issue 19, event actors on real articles: a "he"/"she" subject of a clause of saying or
telling ("... and said he would", "told reporters he would") or of time ("when he met") is
the person whose clause it hangs on, not the last person named before the pronoun
(events/clause_subjects.chain_subject, used by phrase_actors._resolve). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer", [
    ("Kenyan President William Ruto thanked Ugandan President Yoweri Museveni for the talks "
     "on Monday and said he would send police officers to Haiti next month.", "074", "KEN"),
    ("Nigerian President Bola Tinubu met Ghana's leader John Mahama in Abuja on Friday. "
     "Tinubu welcomed Mahama's offer of mediation and told reporters he would host a summit "
     "of West African leaders in Lagos.", "043", "NGA"),
    ("Colombian President Gustavo Petro called Venezuelan leader Nicolas Maduro on Tuesday. "
     "Petro later described the call with Maduro as cordial and said he planned to visit "
     "Ecuador in May.", "042", "COL"),
])
def test_the_pronoun_is_the_subject_of_the_clause_above(pipe, text, root, doer):
    events = events_of(pipe, text)
    found = [e for e in events if e.cameo.startswith(root)]
    assert found and all((e.source_actor or {}).get("country") == doer for e in found), \
        [(e.cameo, e.source_actor) for e in events]


def test_no_chain_through_a_pair_of_subjects():
    """ "Ruto and Museveni said he ...": no one person's clause; the chain gives nothing."""
    from newsdesk.nlp import parse
    from newsdesk.stages.events.clause_subjects import chain_subject
    doc = parse("Ruto and Museveni said he would resign.")
    he = next(t for t in doc if t.lower_ == "he")
    assert chain_subject(he) is None


@pytest.mark.parametrize("text, root, doer", [
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
     "Monday. He later accused Tanzania of blocking trade.", "112", "KEN"),
    ("Polish President Andrzej Duda hosted German Chancellor Olaf Scholz in Warsaw on "
     "Friday. He then criticised Hungary for blocking aid to Ukraine.", "111", "POL"),
])
def test_a_sentences_pronoun_subject_is_the_subject_before(pipe, text, root, doer):
    """ "X met Y. He later ...": the main subject of the sentence before, not its object
    (the last person named)."""
    events = events_of(pipe, text)
    found = [e for e in events if e.cameo.startswith(root)]
    assert found and all((e.source_actor or {}).get("country") == doer for e in found), \
        [(e.cameo, e.source_actor) for e in events]


def test_a_name_of_the_other_gender_is_not_the_pronoun():
    from newsdesk.nlp import parse
    from newsdesk.stages.events.clause_subjects import chain_subject
    doc = parse("Mrs. Ana Duarte met the envoy on Monday. He later left for Lisbon.")
    he = next(t for t in doc if t.lower_ == "he")
    assert chain_subject(he) is None
