"""Issue 19 item 4: a named political party gives its own state and the party sector
(lexicons/parties.tsv), wherever the story is set and whatever generic words its name shares
with other states' parties ("Democratic", "Congress"). Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors import code_phrase


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("phrase, code", [
    ("the Awami League", "BGDPTY"),
    ("the Bangladesh Nationalist Party", "BGDPTY"),
    ("the All Progressives Congress", "NGAPTY"),
    ("the Peoples Democratic Party", "NGAPTY"),
    ("the Kuomintang", "TWNPTY"),
    ("Georgian Dream", "GEOPTY"),
    ("the Lebanese Forces", "LBNPTY"),
    ("Fidesz", "HUNPTY"),
    ("the Pakistan Muslim League-Nawaz", "PAKPTY"),
    ("the Trinamool Congress", "INDPTY"),
    ("the Democratic Party of Korea", "KORPTY"),
    ("Pheu Thai", "THAPTY"),
    ("the Sandinista National Liberation Front", "NICPTY"),
])
def test_a_named_party_is_its_states(phrase, code):
    assert (code_phrase(phrase) or {}).get("code") == code, code_phrase(phrase)


@pytest.mark.parametrize("phrase, country", [
    ("BNP Paribas", "FRA"),  # a bank, not Bangladesh's BNP
    ("the Democratic Party", "USA"),  # the generic name stays the US party
])
def test_names_that_only_begin_like_a_party(phrase, country):
    assert (code_phrase(phrase) or {}).get("country") == country, code_phrase(phrase)


def test_the_party_keeps_its_state_in_a_story_set_elsewhere(pipe):
    doc = pipe.run(Document(
        text="Activists of the Awami League rallied outside a hotel in Manchester on Sunday.",
        meta=Meta(published="2025-02-01")))
    league = [e for e in doc.entities if "Awami" in doc.text[e.start:e.end]]
    assert league and (league[0].actor or {}).get("country") == "BGD", \
        [(doc.text[e.start:e.end], e.actor) for e in doc.entities]


def test_an_adjective_party_word_yields_to_the_office():
    assert (code_phrase("Peronist lawmakers") or {}).get("code") == "ARGLEG"
