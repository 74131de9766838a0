"""A people or religious community that lives in several states and has none of its own
("Kurdish officials", "Druze leaders", "Tuareg rebels") is coded by the state its story is
set in (issue 19, real news; the guidelines code an actor by where it acts: ISIS in Syria is
SYRREB): the state its sentence, else its article, points to as a place, of those the
community lives in (lexicons/communities.tsv). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors.communities import community_states


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _countries(pipe, text: str, word: str) -> set:
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    assert not doc.errors, doc.errors
    return {(e.actor or {}).get("country") for e in doc.entities
            if word.lower() in doc.text[e.start:e.end].lower()}


@pytest.mark.parametrize("text, word, country", [
    # the article's places say where: Kirkuk and Mosul are Iraq's, Raqqa and Deir ez-Zor Syria's
    ("Fighting went on near Kirkuk and Mosul on Tuesday. Kurdish officials said the front "
     "had held overnight.", "Kurdish", "IRQ"),
    ("Shelling hit Raqqa and Deir ez-Zor again. Kurdish commanders said their units had "
     "pulled back to new lines.", "Kurdish", "SYR"),
    # "in Syria" says where, more than the attackers' nationality does
    ("Turkish jets struck villages in Syria, and the Kurds vowed to resist.", "Kurds", "SYR"),
    # the mention's own place phrase says where, whatever the rest of the sentence says
    ("Iraqi Kurds voted in Erbil, while Kurds in Turkey watched.", "Kurds", "TUR"),
])
def test_a_community_takes_the_state_its_story_is_set_in(pipe, text, word, country):
    assert country in _countries(pipe, text, word)


@pytest.mark.parametrize("text, root, source", [
    # peoples the entity tagger does not mark: their phrase is coded where the story is
    ("Protests spread across Sweida province in Syria. Druze elders accused the "
     "government of betrayal.", "11", "SYR"),
    ("Fighting broke out again in northern Mali. Tuareg rebels accused the army of killing "
     "herders.", "11", "MLI"),
    # a people the tables place in one state, acting in the other it lives in
    ("A jirga met in Peshawar on Friday. Pashtun tribal elders criticised the army.",
     "11", "PAK"),
    ("Clashes were reported in Zahedan in Iran. Baloch activists blamed the police for the "
     "deaths.", "11", "IRN"),
])
def test_a_community_acts_where_its_story_is_set(pipe, text, root, source):
    got = dyads(events_of(pipe, text), root)
    assert source in {s for s, _ in got}, got


@pytest.mark.parametrize("text, word, country", [
    # a state's word right before the community's, though the tagger makes two mentions
    ("Syrian Kurdish fighters said they had retaken two villages near Mosul.", "Kurdish", "SYR"),
    ("Iranian Kurdish parties said their camps near Erbil were shelled.", "Kurdish", "IRN"),
])
def test_a_mention_that_names_its_state_keeps_it(pipe, text, word, country):
    assert _countries(pipe, text, word) == {country}


def test_no_place_leaves_the_community_without_a_state(pipe):
    # no sign of where: the community is coded as before (Kurdish alone: no state)
    assert _countries(pipe, "Kurdish singers gave a concert.", "Kurdish") == {None}


def test_the_table_reads_plurals_and_other_spellings():
    assert community_states("the Kurds")[0][0] == "IRQ"
    assert "IRN" in community_states("Baluchi groups")[0]
    assert community_states("Syrian Druze")[1] == ["Syrian"]
    assert community_states("the Kremlin") is None
