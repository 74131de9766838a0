"""Issue 19 item 4: a province, state, region or city of a country gives that country to
the actors placed there ("police in Kerala" are India's police), from lexicons/places.tsv.
Sentences written for this test; the whole pipeline runs (real spaCy)."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors import code_phrase


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str):
    return pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))


def countries(doc, side: str) -> set:
    return {((getattr(e, side) or {}).get("country")) for e in doc.events}


@pytest.mark.parametrize("text, country", [
    ("Police in Rajasthan detained nine shopkeepers who refused to close.", "IND"),
    ("Soldiers in Michoacan arrested a mayor suspected of ties to a cartel.", "MEX"),
    ("Police in Pernambuco arrested twelve squatters on Tuesday.", "BRA"),
    ("Gunmen in Benin City kidnapped a priest on Sunday.", "NGA"),
    ("Police in Tatarstan detained a blogger for criticizing the war.", "RUS"),
    ("Police in Yunnan detained six smugglers near the border town.", "CHN"),
    ("Troops in Sagaing burned a monastery, villagers said.", "MMR"),
    ("Police in Saskatchewan arrested a man who threatened a judge.", "CAN"),
    ("Police in Bavaria raided the homes of four suspected extremists.", "DEU"),
    ("Police in Faisalabad arrested a cleric accused of inciting a mob.", "PAK"),
])
def test_a_province_or_city_gives_its_country(pipe, text, country):
    doc = run(pipe, text)
    assert country in countries(doc, "source_actor"), \
        [(e.cameo, e.source_actor, e.target_actor) for e in doc.events]


@pytest.mark.parametrize("text, country", [
    ("Russian missiles hit a power plant in the Vinnytsia region, officials said.", "UKR"),
    ("Ukrainian drones struck a refinery in the Voronezh region, the governor said.", "RUS"),
])
def test_a_strike_on_a_region_targets_its_country(pipe, text, country):
    doc = run(pipe, text)
    assert country in countries(doc, "target_actor"), \
        [(e.cameo, e.source_actor, e.target_actor) for e in doc.events]


@pytest.mark.parametrize("phrase, country", [
    ("New Mexico", "USA"), ("New South Wales", "AUS"), ("Uttar Pradesh", "IND"),
    ("Chiang Mai", "THA"), ("North Kivu", "COD")])
def test_places_code_their_country_without_a_sector(phrase, country):
    assert code_phrase(phrase) == {"code": country, "country": country, "sector": None}


@pytest.mark.parametrize("phrase", ["IMO", "the IMO", "Milan Kundera", "Sydney Sweeney"])
def test_acronyms_and_personal_names_are_no_place(phrase):
    assert (code_phrase(phrase) or {}).get("country") not in ("NGA", "ITA", "AUS")


@pytest.mark.parametrize("text, country", [
    ("Police in Punjab arrested four men in Lahore after the riot.", "PAK"),
    ("Police in Punjab arrested four men in Amritsar after the riot.", "IND"),
])
def test_a_province_two_countries_share_takes_the_one_the_story_is_in(pipe, text, country):
    doc = run(pipe, text)
    assert countries(doc, "source_actor") == {country}, \
        [(e.cameo, e.source_actor, e.target_actor) for e in doc.events]


@pytest.mark.parametrize("phrase, code", [
    ("Tigrayan fighters", "ETH"), ("Catalan police", "ESPCOP"), ("Biafran separatists", "NGAREB"),
    ("Sindhi nationalists", "PAK"), ("Dinka soldiers", "SSDMIL"), ("Coptic protesters", "EGYCVL"),
])
def test_a_regional_peoples_word_gives_its_state(phrase, code):
    assert (code_phrase(phrase) or {}).get("code", "").startswith(code), code_phrase(phrase)
