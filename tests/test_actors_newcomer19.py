"""Newcomer report 19, actor items 13 and 21. Sentences written for this test.

- a surname of the office-holder table that the tagger left untagged ("Milei expelled ...",
  "Sharaa signed ...") is a person, coded by the article's date;
- a surname opening the sentence that the parser read as a noun qualified by the verb after
  it ("Trump imposed duties on ..." as "trump [imposed duties]") is re-read as subject and
  verb, so the event is coded;
- a namesake ("Eric Trump"), or a surname of someone long out of office ("Rice"), is not
  made the office holder;
- a border named by a country ("near the Venezuelan border") places no one in that country.
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def holder_codes(pipe, text: str, published: str = "2025-04-02") -> dict[str, str]:
    doc = pipe.run(Document(text=text, meta=Meta(published=published)))
    # (the tagger may take a name for an organisation: what counts is the actor it gets)
    return {e.name: code(e.actor) for e in doc.entities if e.actor}


@pytest.mark.parametrize("text, target", [
    ("Trump imposed new duties on Brazilian coffee.", "BRA"),
    ("Trump imposed tariffs on Mexican cement on Tuesday.", "MEX"),
])
def test_sentence_opening_surname_acts(pipe, text, target):
    events = find(events_of(pipe, text, "2025-04-02"), "16")
    assert [(code(e.source_actor), code(e.target_actor)) for e in events] == [("USAGOV", target)]


@pytest.mark.parametrize("text, name, actor", [
    ("Milei expelled two Venezuelan diplomats on Friday.", "Javier Milei", "ARGGOV"),
    ("Petro suspended talks with the rebels.", "Gustavo Petro", "COLGOV"),
    ("Sharaa signed a security pact with Jordan on Sunday.", "Ahmed al-Sharaa", "SYRGOV"),
])
def test_untagged_surname_is_the_holder(pipe, text, name, actor):
    assert holder_codes(pipe, text).get(name) == actor


def test_namesake_and_former_holder_are_not_made_holders(pipe):
    assert "USAGOV" not in holder_codes(pipe, "Eric Trump said the company would sue.").values()
    assert "USAGOV" not in holder_codes(pipe, "Rice exports from Thailand rose sharply.").values()


# A border named by a country ("near the Venezuelan border", newcomer report 19, item 21) is
# where the story's ground meets that neighbour: the people harmed there are not the
# neighbour's.
@pytest.mark.parametrize("text, victims", [
    ("Rebels killed 12 villagers in Mali's Menaka region near the Nigerien border.", "MLI"),
    ("Militants killed nine farmers in Pakistan's Kurram district near the Afghan border.",
     "PAK"),
    ("Gunmen killed 30 people in Nigeria's Sokoto state close to the Nigerien border.",
     "NGA"),
])
def test_border_named_by_a_neighbour_does_not_place_victims(pipe, text, victims):
    events = [e for e in events_of(pipe, text, "2025-04-02") if e.cameo[:2] in ("18", "19")]
    assert [(e.target_actor or {}).get("country") for e in events] == [victims]


def test_border_guards_keep_their_country():
    from newsdesk.stages.actors import code_phrase
    assert code(code_phrase("Iranian border guards")) == "IRNMIL"


@pytest.mark.parametrize("text, neighbour", [
    ("Jihadists killed 14 people in the Tillaberi region near the Malian border.", "MLI"),
    ("Bandits killed 20 villagers in the Zamfara area near the Nigerien border.", "NER"),
])
def test_victims_near_a_border_are_not_the_neighbours(pipe, text, neighbour):
    events = [e for e in events_of(pipe, text, "2025-04-02") if e.cameo[:2] in ("18", "19")]
    assert events and all((e.target_actor or {}).get("country") != neighbour for e in events)
