"""Whose an unnamed-country official is (issue 19, newcomer's wire stories): a title owned
by "its"/"their" is the owner's, and a person cannot be that owner; an envoy "to" a state
makes that state the story's host. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def person_country(pipe, text: str, name: str):
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-03-10")))
    assert not doc.errors, doc.errors
    ent = next(e for e in doc.entities if doc.text[e.start:e.end] == name)
    return (ent.actor or {}).get("country")


@pytest.mark.parametrize("text, name", [
    ("Nicaragua's Attorney General Wendy Morales said the priests were traitors. Its director, "
     "Vilma Nunez, said the priests had been denied visits.", "Vilma Nunez"),
    ("Peru's Attorney General Juan Carlos Villena said the protesters were armed. Its director, "
     "Rocio Silva, said the protesters had been beaten.", "Rocio Silva"),
    ("Bolivia's Interior Minister Eduardo del Castillo said the rebels were armed. Its "
     "president, Amparo Carvajal, said the detainees were innocent.", "Amparo Carvajal"),
])
def test_its_director_after_a_person_has_no_country_of_that_persons(pipe, text, name):
    assert person_country(pipe, text, name) is None


def test_its_minister_after_a_state_is_that_states(pipe):
    text = "Belarus protested on Monday. Its foreign minister, Maxim Ryzhenkov, said Poland lied."
    assert person_country(pipe, text, "Maxim Ryzhenkov") == "BLR"


@pytest.mark.parametrize("text, name, host", [
    ("China's ambassador to Kenya praised the railway. Prime Minister Musalia Mudavadi "
     "resigned on Monday.", "Musalia Mudavadi", "KEN"),
    ("The U.S. envoy to Iraq met officials in Baghdad. Prime Minister Ali Hassan took office "
     "in May.", "Ali Hassan", "IRQ"),
    ("Russia's ambassador to Hungary criticised the EU. Interior Minister Sandor Pinter "
     "resigned on Friday.", "Sandor Pinter", "HUN"),
])
def test_an_envoy_to_a_state_makes_it_the_host_of_unplaced_officials(pipe, text, name, host):
    assert person_country(pipe, text, name) == host
