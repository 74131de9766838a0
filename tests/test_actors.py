"""The actors stage and its phrase coder, on sentences written by hand."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.api import analyze_text
from newsdesk.model import Document, Meta
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actor_for_span, actors, code_phrase
from newsdesk.stages.actors.lexicon import load


def code(phrase, date="2020-06-01", context=None):
    actor = code_phrase(phrase, date, context)
    return actor["code"] if actor else None


def analysed(text, published="2023-04-10"):
    doc = Document(text=text, meta=Meta(published=published))
    fill_from_parse(doc, nlp.parse(text))
    return actors(doc)


def entity(doc, surface, nth=0):
    found = [e for e in doc.entities if doc.text[e.start:e.end] == surface]
    assert len(found) > nth, f"{surface!r} not among {[doc.text[e.start:e.end] for e in doc.entities]}"
    return found[nth]


def span_actor(doc, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    actor = actor_for_span(doc, start, start + len(phrase))
    return actor["code"] if actor else None


# --- code_phrase: countries, demonyms, capitals -----------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("Russia", "RUS"), ("the United States", "USA"), ("U.S.", "USA"), ("Britain", "GBR"),
    ("Chinese", "CHN"), ("Palestinians", "PSE"), ("North Korea", "PRK"), ("Ivory Coast", "CIV"),
])
def test_countries_and_demonyms(phrase, expected):
    assert code(phrase) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("Moscow", "RUSGOV"), ("Washington", "USAGOV"), ("Beijing", "CHNGOV"), ("Kyiv", "UKRGOV"),
])
def test_capital_alone_stands_for_the_government(phrase, expected):
    assert code(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "the Gulf of Guinea", "the Bay of Biscay", "the East China Sea", "Lake Victoria",
    "the Caspian Sea", "the Strait of Malacca",
])
def test_a_body_of_water_named_after_a_land_is_no_country(phrase):
    assert code(phrase) is None


@pytest.mark.parametrize("phrase,expected", [
    ("a graduation party", None), ("their holiday parties", None), ("a cocktail party", None),
    ("the ruling party", "GOV"), ("the new party", "PTY"),
])
def test_a_party_one_goes_to_is_no_political_party(phrase, expected):
    assert code(phrase) == expected


def test_an_act_at_sea_is_not_in_the_country_the_sea_is_named_after():
    record = analyze_text("Nigerian sailors seized a fishing boat in the Gulf of Guinea.")
    assert [(e["source_actor"] or {}).get("country") for e in record["events"]] == ["NGA"]
    assert all((e["target_actor"] or {}).get("country") != "GIN" for e in record["events"])


@pytest.mark.parametrize("phrase,country", [
    ("a hospital in Khartoum", "SDN"), ("two schools near Bamako", "MLI"),
    ("a fuel depot outside Kabul", "AFG"), ("a bus station in Nairobi", "KEN"),
])
def test_a_capital_after_in_or_near_is_where_not_its_government(phrase, country):
    got = code(phrase)
    assert got.startswith(country) and not got.endswith("GOV"), got
    assert code(phrase.split()[-1]) == country + "GOV"  # alone it stands for the government


def test_lowercase_common_words_are_not_countries():
    assert code("turkey sandwiches") is None
    assert code("us") is None


# --- institutions and sector words --------------------------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("the Kremlin", "RUSGOV"), ("the Pentagon", "USAMIL"), ("the State Department", "USAGOV"),
    ("Russia's Defense Ministry", "RUSMIL"), ("the Sudanese army", "SDNMIL"),
    ("Chinese troops", "CHNMIL"), ("Turkish police", "TURCOP"), ("Israel's high court", "ISRJUD"),
    ("Poland's parliament", "POLLEG"), ("Afghan rebels", "AFGREB"), ("Iraqi civilians", "IRQCVL"),
    ("Congolese refugees", "CODREF"), ("Hamas", "PSEREB"), ("Hezbollah", "LBNREB"),
])
def test_institutions(phrase, expected):
    assert code(phrase) == expected


def test_bare_sector_words_take_the_context_country():
    assert code("police") == "COP"
    assert code("police", context="KEN") == "KENCOP"
    assert code("protesters", context="IRN") == "IRNCVL"
    assert code("the defence minister", context="CHN") == "CHNMIL"


def test_an_explicit_country_beats_the_context_country():
    assert code("Ugandan rebels", context="COD") == "UGAREB"


# --- titles and roles ----------------------------------------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("the defense minister of China", "CHNMIL"),
    ("Chinese President Xi Jinping", "CHNGOV"),
    ("opposition leader Raila Odinga", "KENOPP"),
    ("Serbian Labour Minister Dragan Milovanovic", "SRBGOV"),
    ("the president of Armenia", "ARMGOV"),
    ("Nigerian President Olusegun Obasanjo", "NGAGOV"),
    ("a senior Russian official", "RUSGOV"),
    ("Montenegro's prime minister", "MNEGOV"),
])
def test_titles_and_roles(phrase, expected):
    assert code(phrase) == expected


@pytest.mark.parametrize("phrase,expected", [
    ("a former nurse", "CVL"), ("two former factory workers", "CVL"),
    ("a former Brazilian judge", "BRAELI"), ("the former police chief", "ELI"),
])
def test_former_makes_an_elite_only_of_a_public_office(phrase, expected):
    """CAMEO's ELI is former officials; a former nurse or worker is an ordinary person."""
    assert code(phrase) == expected


def test_a_weak_role_word_yields_to_a_strong_one():
    assert code("rebel leader", context="SDN") == "SDNREB"
    assert code("the army chief", context="PAK") == "PAKMIL"


def test_former_makes_an_elite():
    assert code("former Russian President Boris Yeltsin", "2005") == "RUSELI"
    assert code("a former defence minister", context="GBR") == "GBRELI"


# --- international organisations ----------------------------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("the United Nations", "IGOUNO"), ("NATO", "IGONAT"), ("the EU", "IGOEUR"),
    ("the African Union", "IGOAFU"), ("UN peacekeepers", "IGOUNOMIL"), ("Amnesty International", "NGOAMN"),
    ("al-Qaeda", "IMGALQ"),
])
def test_international_organisations(phrase, expected):
    assert code(phrase) == expected


def test_igo_actor_carries_its_org():
    actor = code_phrase("the IAEA")
    assert actor["country"] == "IGO" and actor["org"] == "UNO"


# --- office holders by date ----------------------------------------------------------------

def test_office_holder_resolves_by_date():
    assert code("Shoigu", "2020-03-01") == "RUSMIL"  # defence minister 2012-2024
    assert code("Shoigu", "2010-03-01") == "RUSGOV"  # emergencies minister then
    assert code("Shoigu", "2025-02-01") == "RUSGOV"  # Security Council secretary
    assert code("Mattis", "2018-01-01") == "USAMIL"
    assert code("Mattis", "2021-01-01") == "USAELI"  # no longer in office
    assert code("Lavrov", None) == "RUSGOV"  # no date: the latest office


def test_shared_surname_picks_whoever_held_office():
    assert code("Clinton", "1998-05-01") == "USAGOV"
    assert code("Kim", "2005-01-01") == "PRKGOV"
    assert code("Abe", "2015-01-01") == "JPNGOV"
    assert code("Abe", "2010-01-01") == "JPNELI"


def test_igo_official():
    assert code("Ban Ki-moon", "2010-01-01") == "IGOUNO"
    assert code("Ban Ki-moon", "2005-01-01") == "KORGOV"


# --- the stage on parsed documents ---------------------------------------------------------

ARTICLE = (
    "China is sending its defence minister to Russia next week, a ministry spokesman said on "
    "Friday. Chinese Defense Minister Li Shangfu will meet Russian President Vladimir Putin in "
    "Moscow. Li said the visit would deepen ties. Washington condemned the trip. "
    "The minister later praised the Russian army."
)


@pytest.fixture(scope="module")
def article():
    return analysed(ARTICLE)


def test_stage_codes_entities_and_names(article):
    assert entity(article, "China").actor["code"] == "CHN"
    li = entity(article, "Li Shangfu")
    assert li.actor["code"] == "CHNMIL" and li.name == "Li Shangfu"
    assert entity(article, "Vladimir Putin").actor["code"] == "RUSGOV"
    assert entity(article, "Washington").actor["code"] == "USAGOV"


def test_capital_as_a_place_is_only_the_country(article):
    assert entity(article, "Moscow").actor["code"] == "RUS"


def test_short_name_corefers_with_the_full_name(article):
    li = entity(article, "Li")
    assert li.name == "Li Shangfu" and li.actor["code"] == "CHNMIL"


def test_actor_for_span(article):
    assert span_actor(article, "the Russian army") == "RUSMIL"
    assert span_actor(article, "The minister") == "CHNMIL"  # Li Shangfu, not Putin
    assert span_actor(article, "its defence minister") == "CHNMIL"


def test_pronoun_refers_to_the_last_person():
    doc = analysed("Russian Foreign Minister Sergei Lavrov arrived in Ankara. He met officials.")
    assert span_actor(doc, "He") == "RUSGOV"


def test_person_with_title_not_in_the_table():
    doc = analysed("Kenyan opposition leader Kalonzo Musyoka rejected the deal.")
    assert entity(doc, "Kalonzo Musyoka").actor["code"] == "KENOPP"


def test_appositive_role():
    doc = analysed("Ivan Petrovsky, Belarus's defence minister, visited Minsk.")
    assert entity(doc, "Ivan Petrovsky").actor["code"] == "BLRMIL"


def test_person_held_office_resolves_with_article_date():
    early = analysed("Shoigu inspected the troops.", published="2019-03-01")
    late = analysed("Shoigu inspected the troops.", published="2025-03-01")
    assert entity(early, "Shoigu").actor["code"] == "RUSMIL"
    assert entity(late, "Shoigu").actor["code"] == "RUSGOV"


def test_non_actor_person_has_no_actor():
    doc = analysed("John Smith, a baker from Leeds, won the prize.")
    assert entity(doc, "John Smith").actor is None


# --- places, regions and names that only look like countries ------------------------------

def test_cities_and_regions_give_their_country_but_not_the_government():
    assert code("Mosul residents") == "IRQCVL"
    assert code("Kandahar") == "AFG"
    assert code("North America") is None
    assert code("the Middle East") is None


def test_descriptive_country_words_are_no_affiliation():
    assert code("ethnic Albanians") is None
    assert code("a prominent anti-Syria journalist", context="LBN") == "LBNJRN"


def test_a_country_inside_a_persons_name_is_not_an_affiliation():
    doc = analysed("Jordan Weissmann wrote about the trade deal for the magazine.")
    person = [e for e in doc.entities if e.label == "PERSON"]
    assert person and all(e.actor is None for e in person)


def test_shared_title_goes_to_the_articles_country():
    doc = analysed("The Jordanian government says the kingdom hosts 460,000 Syrian refugees. "
                   "Jordanian officials in Amman asked for aid, and King Abdullah said more were "
                   "coming.", published="2013-03-22")
    assert entity(doc, "King Abdullah").actor["code"] == "JORGOV"
    assert code("King Abdullah", "2013-01-01", context="JOR") == "JORGOV"


def test_a_sector_span_takes_the_only_country_of_its_sentence():
    doc = analysed("Lt. Gen. Jean-Baptiste Morel resigned to allow Haiti's first democratic "
                   "elections.", published="1990-03-12")
    assert span_actor(doc, "Lt. Gen. Jean-Baptiste Morel") == "HTIMIL"


def test_region_entity_gets_no_actor():
    doc = analysed("The president returned from his Middle East tour to Washington.")
    middle_east = [e for e in doc.entities if "Middle East" in doc.text[e.start:e.end]]
    assert middle_east and all(e.actor is None for e in middle_east)


def test_undated_article_takes_the_most_recent_office():
    assert code("Comey", None) == "USACOP"
    assert code("Mattis", None) == "USAMIL"


def test_then_is_not_former():
    assert code("then-Defense Secretary Jim Mattis", "2018-05-01") == "USAMIL"


def test_role_before_the_name():
    doc = analysed("Talks progressed, said a Foreign Ministry spokesman, Liu Dongfang.")
    assert entity(doc, "Liu Dongfang").actor["sector"] == "GOV"


def test_economist_is_no_office():
    doc = analysed("\"Nothing is signed,\" Carl Weinberg, chief economist at a bank, said.")
    assert entity(doc, "Carl Weinberg").actor is None


def test_a_subject_country_does_not_join_the_next_adjective():
    doc = analysed("Officials say China forces American companies to share their technology.")
    assert entity(doc, "American").actor["country"] == "USA"


def test_full_name_repeated_keeps_the_title_actor():
    doc = analysed("Ugandan opposition leader Bobi Wine was arrested. Police later freed Bobi Wine.")
    assert entity(doc, "Bobi Wine", 1).actor["code"] == "UGAOPP"


# --- the shipped tables --------------------------------------------------------------------

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "SPY", "PRM", "UAF", "BUS",
           "JRN", "MED", "NGO", "IGO", "IMG", "CVL", "ELI", "EDU", "REF", "LAB", "AGR", "REL",
           "CRM", "SOC", "ISM"}


def test_office_holder_table_is_consistent():
    lex = load()
    countries = set(lex.countries) | {"IGO", "NGO", "IMG"}
    assert len(lex.terms) > 500
    for name, terms in lex.terms.items():
        for term in terms:
            assert term.country in countries, (name, term.country)
            assert term.sector in SECTORS, (name, term.sector)
            assert term.start <= term.end, (name, term.office)
    # the main countries each have a head of state or government in office every year
    for iso in ("USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "JPN", "IND", "IRN", "ISR",
                "TUR", "SAU", "PRK", "KOR"):
        leaders = [t for ts in lex.terms.values() for t in ts
                   if t.country == iso and t.office in ("HOS", "HOG", "supreme leader")]
        for year in range(2001, 2027):
            month = year * 12
            assert any(t.start <= month <= t.end for t in leaders), (iso, year)


def test_institution_sectors_are_known():
    lex = load()
    for entries in list(lex.lower.values()) + list(lex.exact.values()):
        for entry in entries:
            if entry.kind == "inst" and entry.sector:
                assert entry.sector in SECTORS, entry


def test_backed_and_pro_are_no_affiliation_but_led_is():
    assert code("Russian-backed separatists", context="UKR") == "UKRREB"
    assert code("pro-Russian rebels", context="UKR") == "UKRREB"
    assert code("the Saudi-led coalition") == "SAUMIL"


def test_a_surname_inside_another_name_is_not_that_person():
    assert code("White House spokeswoman Sarah Sanders", "2018-01-01") == "USAGOV"  # title only
    assert code("Carter Page", "2017-01-01") is None
    assert code("Jay Carney", "2013-01-01") is None


def test_title_chooses_among_offices_held_when_undated_or_out_of_office():
    assert code("Sen. Marco Rubio", None) == "USALEG"
    assert code("Rubio", None) == "USAGOV"  # most recent office
    assert code("Sen. Marco Rubio", "2025-06-01") == "USAGOV"  # in office as FM at the date
    assert code("Defense Secretary Chuck Hagel", "2016-01-01") == "USAMIL"


def test_before_any_office_a_person_has_only_a_country():
    assert code("Zelensky", "2015-01-01") == "UKR"  # an actor, not yet president
    assert code("Zelensky", "2020-01-01") == "UKRGOV"


def test_a_people_where_they_live():
    assert code("the Albanians of southern Serbia") == "SRB"
    assert code("Palestinians") == "PSE"


def test_ethnic_entity_has_no_country():
    doc = analysed("Ethnic Albanians demonstrated on Tuesday in the capital.")
    albanians = [e for e in doc.entities if "Albanians" in doc.text[e.start:e.end]]
    assert albanians and all(e.actor is None for e in albanians)


@pytest.mark.parametrize("text", ["", "   ", "the the of of", "\"\"\"", "A" * 3000])
def test_odd_texts_do_not_break_the_stage(text):
    doc = analysed(text, published="not a date")
    assert all(e.actor is None for e in doc.entities)
    assert actor_for_span(doc, 0, len(text)) is None
    assert code_phrase(text) is None


def test_unreadable_dates_fall_back_to_the_year_or_none():
    assert code("Putin", "2008-13-45") == "RUSGOV"  # month unreadable: the year 2008
    assert code("Putin", "garbage") == "RUSGOV"  # undated: most recent office


def test_title_with_a_named_body():
    doc = analysed("White House spokeswoman Sarah Sanders said the story was false.",
                   published="2018-01-01")
    assert entity(doc, "Sarah Sanders").actor["code"] == "USAGOV"


def test_named_body_tagged_as_a_person_keeps_its_code():
    doc = analysed("Jewish Home, a pro-settler party, and Yesh Atid, a secular centrist party, "
                   "joined the coalition.", published="2015-01-01")
    assert entity(doc, "Yesh Atid").actor["code"] == "ISRPTY"


def test_named_state_body_takes_the_articles_country():
    doc = analysed("Russia warned Ukraine on Monday. Moscow accused Kyiv of shelling. "
                   "The Foreign Ministry said talks were over.", published="2018-01-01")
    assert entity(doc, "The Foreign Ministry").actor["code"] == "RUSGOV"


@pytest.mark.parametrize("phrase, country", [
    ("two Britons", "GBR"), ("three Poles", "POL"), ("dozens of Filipinos", "PHL"),
    ("the Danes", "DNK"), ("four Kenyans", "KEN"),
])
def test_plural_demonyms_name_people_of_the_country(phrase, country):
    assert (code_phrase(phrase) or {}).get("country") == country



@pytest.mark.parametrize("phrase, expected", [
    ("Canadian service members", "CANMIL"),
    ("two servicewomen", "MIL"),
    ("leaders of the opposition", "OPP"),  # a weak word before "of" yields to a strong one
    ("dozens of riot police", "COP"),
    ("the U.N.-backed government", "GOV"),  # a backer is not the actor
    ("anti-NATO protesters", "CVL"),
])
def test_sector_words_and_backers(phrase, expected):
    assert code_phrase(phrase)["code"] == expected
