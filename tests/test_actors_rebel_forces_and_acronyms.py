"""Armed groups named "... Forces" with a cause's word ("the Allied Democratic Forces", "the
Revolutionary Armed Forces of Colombia", "the Democratic Forces for the Liberation of
Rwanda") are rebels (REB), as "... Army" names are (actors/armed_groups.py); a party's word
in such a name ("Democratic") lends it no party's state; a state's "Defence Forces" or
"Armed Forces" stay its military. A short form defined in parentheses after a coded name
("(ADF)", "(NUP)") is that name wherever it is used (actors/acronyms.py). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def code_at(pipe, text: str, name: str, nth: int = 0) -> str:
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-03-10")))
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return next(((e.actor or {}).get("code") or "" for e in doc.entities
                 if e.start <= at < e.end), "")


@pytest.mark.parametrize("text, name, code", [
    ("Fighters of the Allied Democratic Forces raided a village near Beni in eastern Congo.",
     "Allied Democratic Forces", "CODREB"),
    ("The Revolutionary Armed Forces of Colombia signed a peace deal in 2016.",
     "Revolutionary Armed Forces", "COLREB"),
    ("Kinshasa accused the Democratic Forces for the Liberation of Rwanda of attacks.",
     "Democratic Forces", "RWAREB"),
    ("The Lebanese Armed Forces deployed troops south of the Litani River.",
     "Lebanese Armed Forces", "LBNMIL"),
    ("Japan's Self-Defense Forces held drills with U.S. troops near Okinawa.",
     "Self-Defense Forces", "JPNMIL"),
])
def test_forces_named_for_a_cause_are_rebels(pipe, text, name, code):
    assert code_at(pipe, text, name) == code


@pytest.mark.parametrize("text, short, code", [
    ("Police arrested members of the National Unity Platform (NUP) in Kampala. NUP leaders "
     "called the arrests illegal.", "NUP", "UGAOPP"),
    ("Fighters of the Allied Democratic Forces (ADF) killed nine villagers near Beni. The ADF "
     "has pledged allegiance to Islamic State.", "ADF", "CODREB"),
])
def test_a_short_form_defined_after_a_name_is_that_name(pipe, text, short, code):
    assert code_at(pipe, text, short, nth=1) == code


@pytest.mark.parametrize("text, name, code", [
    ("Officers of the Bolivarian National Guard fired tear gas at protesters in Caracas.",
     "Bolivarian National Guard", "VENMIL"),
    ("Agents of the Bolivarian National Intelligence Service detained two activists.",
     "Bolivarian National Intelligence Service", "VENSPY"),
])
def test_bolivarian_is_venezuelan(pipe, text, name, code):
    assert code_at(pipe, text, name) == code
