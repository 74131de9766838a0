"""Acts a sentence supposes or asks for are not told as done (issue 19, precision on real
news): the act of a condition ("if X does not ...", "in case ..."), the main clause of a
condition with "could"/"might", a condition's pronoun doer nobody names, and the act one is
"required" or "instructed" to do. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _by_evidence(events, word):
    return [e for e in events if e.evidence["text"].split()[-1] == word]


@pytest.mark.parametrize("text, word", [
    ("If Chile does not withdraw its troops, Peru would impose sanctions.", "withdraw"),
    ("If Tehran does not free the sailors, London will expel its diplomats.", "free"),
    ("If Belgrade does not return the prisoners, the EU would suspend talks.", "return"),
])
def test_a_negated_condition_is_supposed_not_denied(pipe, text, word):
    got = _by_evidence(events_of(pipe, text), word)
    assert got and all(e.modality == "hypothetical" for e in got)


@pytest.mark.parametrize("text, word", [
    ("In case Serbia attacks Kosovo, NATO could deploy troops.", "attacks"),
    ("In case Serbia attacks Kosovo, NATO could deploy troops.", "deploy"),
    ("In the event that Armenia shells the border villages, Azerbaijan would retaliate.",
     "shells"),
    ("Peru could impose sanctions on Bolivia if talks collapse.", "impose"),
    ("Mali might expel the French ambassador if Paris keeps criticising the junta.", "expel"),
    ("Japan could impose sanctions on Russia in case of an attack on its ships.", "impose"),
    ("Kenya might close the border with Somalia in the event of an attack.", "close"),
    ("Should Serbia attack Kosovo on Friday, officials said, NATO troops would intervene.",
     "attack"),
])
def test_acts_of_a_condition_and_its_main_clause_are_hypothetical(pipe, text, word):
    got = _by_evidence(events_of(pipe, text), word)
    assert got and all(e.modality == "hypothetical" for e in got)


def test_could_with_no_condition_stays_hedged(pipe):
    got = _by_evidence(events_of(pipe, "Officials said Peru could impose sanctions on Bolivia."),
                       "impose")
    assert got and got[0].modality == "hedged"


@pytest.mark.parametrize("text", [
    "If they fire at the U.S., we will respond with force, the general said.",
    "If they shell Odesa again, Kyiv will strike back, the minister said.",
])
def test_a_conditions_unnamed_pronoun_doer_is_no_unidentified_group(pipe, text):
    got = events_of(pipe, text)
    assert not [e for e in got if code(e.source_actor).endswith("UAF")]


@pytest.mark.parametrize("text, word", [
    ("The court required Poland to release the journalist.", "release"),
    ("The tribunal required Uganda to compensate Congo for the occupation.", "compensate"),
    ("The council instructed Kenya to withdraw its troops from Somalia.", "withdraw"),
])
def test_what_one_is_required_or_instructed_to_do_is_requested(pipe, text, word):
    got = _by_evidence(events_of(pipe, text), word)
    assert got and all(e.modality == "requested" for e in got)
    assert not [e for e in events_of(pipe, text)
                if e.modality == "asserted" and e.evidence["text"].split()[-1] == word]


@pytest.mark.parametrize("text, word", [
    ("Kenya's demand that Ethiopia withdraw its troops was rejected.", "withdraw"),
    ("The EU's call that Serbia release the detained officers went unanswered.", "release"),
])
def test_the_that_clause_of_a_demand_noun_is_requested(pipe, text, word):
    got = _by_evidence(events_of(pipe, text), word)
    assert got and all(e.modality == "requested" for e in got)


@pytest.mark.parametrize("text, word, modality", [
    ("The United States wants Israel to withdraw from Rafah.", "withdraw", "requested"),
    ("The African Union wants Ethiopia to withdraw its troops from Tigray.", "withdraw",
     "requested"),
    ("Russia wants to withdraw its troops from Kherson.", "withdraw", "planned"),
    ("Washington would like Cairo to release the activists.", "release", "requested"),
])
def test_wanting_another_to_act_asks_it_of_them(pipe, text, word, modality):
    got = _by_evidence(events_of(pipe, text), word)
    assert got and all(e.modality == modality for e in got)
