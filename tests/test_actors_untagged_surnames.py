"""A surname the tagger missed is the person named in full before. Wires name a person once
in full and then by surname; spaCy's small model often leaves the surname untagged where it
opens a sentence ("Security Minister Adama Kabore said ... Kabore accused officials in
Ivory Coast ..." gave no accusation: no doer). The actors stage now adds such a surname as a
person (untagged.untagged_surnames), read as the person named in full. Not a piece of
another name, nor a word the tables know. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, surname, full", [
    ("Security Minister Adama Kabore said the plotters had been arrested. Kabore accused "
     "officials of financing the plot.", "Kabore", "Adama Kabore"),
    ("Nigerien Foreign Minister Bakary Sangare met the envoy in Niamey. Sangare accused "
     "France of backing the rebels.", "Sangare", "Bakary Sangare"),
])
def test_a_later_surname_is_the_person(pipe, text, surname, full):
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-03-01")))
    start = text.rindex(surname)
    mention = next((e for e in doc.entities if e.start == start), None)
    assert mention is not None and mention.name == full, doc.entities


def test_the_person_by_surname_does_the_act(pipe):
    text = ("Malian Defence Minister Sadio Camara toured the base in Gao. Camara accused "
            "Algeria of sheltering the rebels.")
    accusations = [e for e in events_of(pipe, text) if e.cameo.startswith("112")]
    assert accusations and all((e.source_actor or {}).get("code", "").startswith("MLI")
                               for e in accusations), events_of(pipe, text)


def test_a_surname_inside_another_name_is_left_alone(pipe):
    text = "Oleg Petrov spoke in the morning. Later, Anna Petrov Street was closed by police."
    doc = pipe.run(Document(text=text))
    start = text.rindex("Petrov")
    assert not any(e.start == start and e.name == "Oleg Petrov" for e in doc.entities), \
        doc.entities
