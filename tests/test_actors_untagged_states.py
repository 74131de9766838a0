"""A state's name the entity tagger misses or misreads becomes a place of that state
(actors/untagged.py): where a line opens after a dateline, where the tagger takes a
piece of the name ("Papua [New Guinea]") or reads the whole as a person. A person's name
that opens with a state's ("Kenya Moore") is left alone. Sentences written for
these tests. A body's name the tagger runs on into a state's ("the European Union on
Belarus") is cut at the preposition."""
from __future__ import annotations

import pytest

from helpers.events import code, countries_at, events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()



@pytest.mark.parametrize("text, name, country", [
    ("PORT MORESBY — Papua New Guinea and Japan signed a fisheries accord on Monday.",
     "Papua New Guinea", "PNG"),
    ("Papua New Guinea recalled its ambassador to Indonesia on Monday.", "Papua New Guinea",
     "PNG"),
    ("DHAKA — Sri Lanka and Bangladesh agreed to resume direct flights on Friday.",
     "Sri Lanka", "LKA"),
])
def test_a_missed_or_misread_state_name_is_that_state(pipe, text, name, country):
    assert countries_at(pipe, text, name) == [country]


def test_the_doer_of_a_lede_opening_with_a_misread_state_is_that_state(pipe):
    text = "PORT MORESBY — Papua New Guinea expelled two Indonesian diplomats on Friday."
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("16")]
    assert evs and code(evs[0].source_actor).startswith("PNG"), \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, name", [
    ("Kenya Moore said on Monday that she was leaving the show.", "Kenya"),
    ("Chad Smith, the drummer, said the tour was over.", "Chad"),
])
def test_a_state_name_opening_a_persons_name_is_no_state(pipe, text, name):
    assert countries_at(pipe, text, name) == [None]


@pytest.mark.parametrize("text, body, state", [
    ("Sanctions were imposed by the European Union on Belarus.", "European Union", "BLR"),
    ("A ban was declared by the African Union against Niger on Friday.", "African Union",
     "NER"),
])
def test_a_bodys_name_run_on_into_a_state_is_cut_at_the_preposition(pipe, text, body, state):
    doc = pipe.run(Document(text=text, meta=Meta()))
    names = {e.name: (e.actor or {}).get("code") for e in doc.entities}
    assert body in names, names
    assert any(code == state for code in names.values()), names


def test_a_bodys_name_ending_in_no_state_stays_whole(pipe):
    doc = pipe.run(Document(
        text="The Council on Foreign Relations published a study.", meta=Meta()))
    assert "The Council on Foreign Relations" in {e.name for e in doc.entities}


@pytest.mark.parametrize("text, name, country", [
    ("Police detained twelve students in Dakar on Friday.", "Dakar", "SEN"),
    ("The envoy flew to Tegucigalpa for talks.", "Tegucigalpa", "HND"),
])
def test_a_capital_read_as_a_person_after_a_preposition_of_where_is_a_place(pipe, text, name,
                                                                            country):
    assert country in countries_at(pipe, text, name)


def test_a_persons_name_that_is_also_a_citys_stays_a_person(pipe):
    doc = pipe.run(Document(text="Sydney Smith arrived in Dakar.", meta=Meta()))
    assert [e for e in doc.entities if e.name == "Sydney Smith" and e.label == "PERSON"]


@pytest.mark.parametrize("text, name, country", [
    ("Police in Tamil Nadu arrested five fishermen on Monday.", "Tamil Nadu", "IND"),
    ("Floods hit Tamil Nadu and Kerala this week.", "Tamil Nadu", "IND"),
])
def test_a_place_whose_name_opens_with_a_country_word_is_no_persons_name(pipe, text, name,
                                                                        country):
    assert country in countries_at(pipe, text, name)
