"""Issue 19, item 4: actor codes that depend on the document around a mention: a place name
two countries share, country words inside personal names, media, a ministry named without its
country, datelines. Sentences written for this test; the whole pipeline runs (real spaCy)."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors import code_phrase


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str, published: str | None = "2024-05-06"):
    return pipe.run(Document(text=text, meta=Meta(published=published)))


def entity_codes(doc, surface: str) -> list[str | None]:
    return [(e.actor or {}).get("code") for e in doc.entities
            if doc.text[e.start:e.end] == surface]


def all_codes(doc) -> list[str]:
    out = [(e.actor or {}).get("code") or "" for e in doc.entities]
    for ev in doc.events:
        out += [(a or {}).get("code") or "" for a in (ev.source_actor, ev.target_actor)]
    return out


# --- a place name two countries share ------------------------------------------------------

def test_georgia_next_to_atlanta_is_the_us_state(pipe):
    doc = run(pipe, "Sheriff's deputies in Georgia detained six demonstrators near a campus in "
                    "Atlanta on Friday.\n\nGeorgia state police later cleared the square.")
    assert not [c for c in all_codes(doc) if c.startswith("GEO")], all_codes(doc)
    arrest = [e for e in doc.events if e.cameo.startswith("17")]
    assert arrest and (arrest[0].source_actor or {}).get("country") == "USA"


def test_georgia_is_the_country_when_the_us_only_reacts(pipe):
    # the US named as an actor (the State Department, an envoy, Washington) says nothing of
    # where the story is; Batumi and Georgians do
    doc = run(pipe, "The White House said it was alarmed by events in Georgia. Georgia's "
                    "prime minister met the US envoy in Washington. Washington urged calm. "
                    "Georgians rallied in Batumi and Kutaisi on Sunday.")
    assert entity_codes(doc, "Georgia") and \
        all(c.startswith("GEO") for c in entity_codes(doc, "Georgia")), \
        entity_codes(doc, "Georgia")


def test_georgia_next_to_tbilisi_is_the_country(pipe):
    doc = run(pipe, "Protesters marched through Tbilisi as Georgia's parliament debated the "
                    "law. Georgia has asked the European Union for support.")
    assert set(entity_codes(doc, "Georgia")) <= {"GEO", "GEOGOV", "GEOLEG"}, \
        entity_codes(doc, "Georgia")


@pytest.mark.parametrize("text", [
    # the dateline is where the story is filed from: a US city
    "SAVANNAH, Ga. (AP) - Police in Georgia detained 14 dockworkers who blocked a gate on "
    "Friday.",
    "ATLANTA (AP) - Police in Georgia detained 14 dockworkers who blocked a gate on Friday.",
    # a governor and a sheriff only a US state has, anywhere in the story
    "Police in Georgia detained 14 dockworkers who blocked a gate on Friday.\n\nGov. Ana "
    "Whitlow thanked the sheriff's office.",
])
def test_georgia_with_a_us_dateline_or_us_offices_is_the_state(pipe, text):
    doc = run(pipe, text)
    detained = [e for e in doc.events if e.cameo.startswith("17")]
    assert detained and (detained[0].source_actor or {}).get("country") == "USA", \
        [(e.cameo, e.source_actor) for e in doc.events]


@pytest.mark.parametrize("text", [
    "TBILISI (Reuters) - Police in Georgia detained 14 dockworkers who blocked a gate on "
    "Friday.",
    "Police in Georgia detained 14 dockworkers in Batumi on Friday. The central bank "
    "governor said the port had lost money.",
])
def test_georgia_filed_from_tbilisi_or_with_a_bank_governor_stays_the_country(pipe, text):
    doc = run(pipe, text)
    detained = [e for e in doc.events if e.cameo.startswith("17")]
    assert detained and (detained[0].source_actor or {}).get("country") == "GEO", \
        [(e.cameo, e.source_actor) for e in doc.events]


# --- country words inside personal names --------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("Chad Morrison, a farmer, said soldiers burned his barn.", "TCD"),
    ("Jordan Whitfield criticised the city council on Tuesday.", "JOR"),
    ("Israel Ortega Paz told reporters that police beat his son.", "ISR"),
])
def test_a_country_word_in_a_name_gives_no_country(pipe, text, wrong):
    doc = run(pipe, text)
    assert not [c for c in all_codes(doc) if c.startswith(wrong)], all_codes(doc)


@pytest.mark.parametrize("phrase", [
    "deputy minister Chad Whitcombe", "police spokeswoman Kenya Adebayo",
    "the mayor, Jordan Ellery"])
def test_a_country_word_after_a_title_begins_a_name(phrase):
    assert (code_phrase(phrase) or {}).get("country") is None, code_phrase(phrase)


@pytest.mark.parametrize("phrase, country", [("the Chad minister", "TCD"),
                                             ("Defense Minister Israel Katz", "ISR")])
def test_a_country_word_before_a_title_or_a_known_surname_stays_a_country(phrase, country):
    assert (code_phrase(phrase) or {}).get("country") == country, code_phrase(phrase)


@pytest.mark.parametrize("phrase, country", [
    ("Bosnian Serbs", "BIH"), ("Chinese President Xi Jinping", "CHN"),
    ("Israel Defense Forces", "ISR")])
def test_demonyms_and_bodies_keep_their_country(phrase, country):
    assert (code_phrase(phrase) or {}).get("country") == country


def test_a_country_word_before_a_surname_in_a_phrase_is_no_country():
    assert (code_phrase("Chad Morrison") or {}).get("country") is None


# --- media are media --------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, country", [
    ("the Hurriyet newspaper", "TUR"), ("Sky News", "GBR"), ("NHK", "JPN"),
    ("a state news agency", None), ("the magazine", None)])
def test_newspapers_and_broadcasters_are_media_not_government(phrase, country):
    actor = code_phrase(phrase)
    assert actor and actor["sector"] == "JRN" and actor["country"] == country, actor


# --- a ministry named without its country ----------------------------------------------------

def test_a_ministry_spokesman_takes_the_ministrys_country_not_the_destinations(pipe):
    doc = run(pipe, "The Chinese Foreign Ministry said Wang Yi would travel to Brazil next "
                    "week. Foreign Ministry spokesman Lin Jian said the trip to Brazil would "
                    "deepen trade.")
    spokesman = [e for e in doc.entities if doc.text[e.start:e.end] == "Lin Jian"]
    assert spokesman and (spokesman[0].actor or {}).get("country") == "CHN", \
        [(doc.text[e.start:e.end], e.actor) for e in doc.entities]


# --- datelines -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("MOSCOW — A bomb exploded near a metro station on Tuesday, killing three people.",
     "MOSCOW"),
    ("NAIROBI, Kenya – Unknown gunmen attacked a bus on the highway to Garissa.", "Kenya"),
])
def test_a_dateline_is_never_an_event_actor(pipe, text, place):
    doc = run(pipe, text)
    end = text.index(place) + len(place)
    for ev in doc.events:
        for actor in (ev.source_actor, ev.target_actor):
            assert actor is None or actor["start"] >= end, (ev.cameo, actor)


@pytest.mark.parametrize("text, surface, code", [
    ("Soldiers in Guinea-Bissau detained the president on Sunday.", "Guinea", "GNB"),
    ("Peacekeepers from Timor-Leste left Dili.", "Timor", "TLS"),
])
def test_a_name_cut_at_its_hyphen_is_coded_whole(pipe, text, surface, code):
    codes = entity_codes(run(pipe, text), surface)
    assert codes and all(c.startswith(code) for c in codes), codes
