"""A state's demonym inside a region's adjective names no state (actors/phrase.py
`_in_region_adjective`): "Central American", "Latin American", "South American" are of the
Americas, "Inter-American", "Pan-American", "inter-Korean" of relations among states. The
states whose own names open with a compass word stay theirs ("North Korean", "South African",
"Central African"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import countries_at
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()



@pytest.mark.parametrize("text, name", [
    ("Delegates of the Latin American Parliament met in Panama City on Tuesday.",
     "Latin American"),
    ("Several South American governments recalled their envoys from Caracas.",
     "South American"),
    ("Honduran police said the Central American gang had smuggled weapons into Guatemala.",
     "Central American"),
    ("Organisers of the Pan-American Games moved the opening ceremony to Lima.",
     "Pan-American"),
    ("Seoul proposed to reopen an inter-Korean liaison office near the border.",
     "inter-Korean"),
])
def test_a_demonym_inside_a_region_adjective_names_no_united_states(pipe, text, name):
    assert not {"USA", "KOR", "PRK"} & set(countries_at(pipe, text, name, "2025-03-10"))


@pytest.mark.parametrize("text, name, country", [
    ("North Korean soldiers crossed the demarcation line on Monday.", "North Korean", "PRK"),
    ("South African police arrested two suspects in Durban.", "South African", "ZAF"),
    ("Central African troops clashed with rebels near Bangui.", "Central African", "CAF"),
    ("American diplomats met Venezuelan officials in Caracas.", "American", "USA"),
])
def test_a_state_whose_name_opens_with_a_compass_word_keeps_it(pipe, text, name, country):
    assert countries_at(pipe, text, name, "2025-03-10") == [country]


@pytest.mark.parametrize("text, name, code", [
    ("The Inter-American Commission on Human Rights urged Managua to free the priests.",
     "Inter-American Commission", "IGOOAS"),
    ("The Inter-American Development Bank approved a loan to Ecuador on Friday.",
     "Inter-American Development Bank", "IGOIDB"),
    ("CARICOM leaders met Haitian officials in Kingston on Sunday.", "CARICOM", "IGOCAB"),
])
def test_the_bodies_of_the_americas_are_international(pipe, text, name, code):
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-03-10")))
    at = text.index(name)
    codes = [(e.actor or {}).get("code") or "" for e in doc.entities if e.start <= at < e.end]
    assert codes and codes[0].startswith(code)
