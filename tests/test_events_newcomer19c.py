"""Report 19's threats, negated meetings, accusations after a quote and past acts inside a
quote, as classes (sentences written for these tests, not taken from any corpus).

- "X will pay a heavy price" / "X would face serious consequences", said by a state's or an
  armed group's speaker, is the speaker's threat against X (CAMEO 13x, asserted); said of
  the speaker's own side, by a commentator, in the past or negated, it is no threat.
- "X and Y spoke", "the two leaders have not spoken": a pair that spoke consulted (040; 041
  "by phone"), negated when they have not; one party speaking "to reporters", "at the
  conference", "of shelling" consults no one.
- "accused X of committing atrocities / war crimes": the accusation and the accused violence
  (18x, hedged); "the group" / "the militia" is the armed group named just before it.
- A past act in a relative clause of a present-tense sentence ("the soldiers who were killed
  at X", in a quote or not) is background.
"""
from __future__ import annotations

import pytest
from helpers.events import events_of, find

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def country(actor) -> str:
    return (actor or {}).get("country") or ""


@pytest.mark.parametrize("text, pair", [
    ("Russian President Vladimir Putin said Ukraine will pay a heavy price for the incursion.",
     ("RUS", "UKR")),
    ("The Chinese Defence Ministry said Taiwan would face severe consequences for the arms "
     "purchase.", ("CHN", "TWN")),
    ("Turkish President Recep Tayyip Erdogan said Greece would pay dearly for its provocations.",
     ("TUR", "GRC")),
    ('"Washington will face grave consequences if it deploys the missiles," Russian Foreign '
     "Minister Sergei Lavrov told reporters.", ("RUS", "USA")),
    ("The Israeli military said Hamas would pay dearly for the rocket fire.", ("ISR", "PSE")),
])
def test_foe_told_it_will_pay_is_the_speakers_threat(pipe, text, pair):
    threats = find(events_of(pipe, text), "13")
    assert [(country(e.source_actor), country(e.target_actor)) for e in threats] == [pair]
    assert threats[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    # the speaker's own side: a forecast
    "German Chancellor Olaf Scholz said Germany would pay a heavy price if it failed to act.",
    # commentators forecast, they do not threaten
    "Economists at the university said Russia would face severe consequences from the sanctions.",
    # a toll already paid, and a negated one
    "Ukraine has paid a heavy price for the war, Polish President Andrzej Duda said.",
    "Iran will not face any consequences, the Saudi foreign minister said.",
])
def test_forecasts_and_tolls_are_no_threat(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "13"), [(e.cameo, e.evidence) for e in events]
    assert not any(e.evidence["text"] in ("pay", "face", "paid") for e in events)


def test_a_warning_of_consequences_is_coded_once(pipe):
    text = "Iran's foreign minister warned that Israel would face serious consequences."
    threats = find(events_of(pipe, text), "13")
    assert [(country(e.source_actor), country(e.target_actor)) for e in threats] == \
        [("IRN", "ISR")]


# "speak" with no "with", said of a pair, is a consultation (040, 041 by phone); negated when
# they have not spoken. "The two leaders" are the two named before.
@pytest.mark.parametrize("text, pair, modality", [
    ("French President Emmanuel Macron and German Chancellor Olaf Scholz spoke on Tuesday.",
     ("FRA", "DEU"), "asserted"),
    ("Pakistan and India have not spoken since the war.", ("PAK", "IND"), "negated"),
    ("The foreign ministers of Japan and South Korea spoke on Friday.", ("JPN", "KOR"),
     "asserted"),
    ("Kenya and Somalia agreed last month to restore ties. The two presidents spoke on "
     "Saturday.", ("KEN", "SOM"), "asserted"),
    ("Brazilian President Lula said he had talked with Javier Milei. An Argentine government "
     "spokesman said the two leaders had not spoken in months.", ("BRA", "ARG"), "negated"),
])
def test_a_pair_that_spoke_consulted(pipe, text, pair, modality):
    spoke = [e for e in find(events_of(pipe, text), "04") if e.evidence["text"] == "spoken"
             or e.evidence["text"].startswith("spoke")]
    assert [(country(e.source_actor), country(e.target_actor)) for e in spoke] == [pair]
    assert spoke[0].modality == modality


def test_spoke_by_phone_is_a_phone_call(pipe):
    text = ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping spoke by phone "
            "on Tuesday.")
    assert [(e.cameo, country(e.source_actor), country(e.target_actor))
            for e in events_of(pipe, text)] == [("041", "IND", "CHN")]


@pytest.mark.parametrize("text", [
    "The Egyptian minister spoke at the conference in Geneva on Monday.",
    "The Kenyan president spoke to reporters after the vote.",
    "Residents spoke of heavy shelling overnight.",
    "Both leaders spoke about the need for calm.",
])
def test_one_speaker_or_an_audience_is_no_consultation(pipe, text):
    assert not find(events_of(pipe, text), "04")


# "accused X of committing atrocities / war crimes": the accusation (112) and the accused
# act, violence (18x) hedged; "the group" is the armed group named just before (in a quote
# or not).
@pytest.mark.parametrize("text, accused", [
    ('"Boko Haram has declared war on our schools," Nigerian President Bola Tinubu wrote on X. '
     "He accused the group of committing atrocities against civilians.", "NGA"),
    ("Al-Shabaab fighters attacked a police station on Sunday. Somali President Hassan Sheikh "
     "Mohamud accused the group of war crimes against civilians.", "SOM"),
    ("The Houthis seized a cargo ship in the Red Sea. Yemen's prime minister accused the "
     "militia of piracy.", "YEM"),
])
def test_the_group_is_the_armed_group_named_before(pipe, text, accused):
    accusations = find(events_of(pipe, text), "112")
    assert [(e.target_actor or {}).get("code") for e in accusations] == [accused + "REB"]


@pytest.mark.parametrize("text, pair, modality", [
    ("Ukraine accused Russia of committing atrocities in occupied towns.", ("RUS", "UKR"),
     "hedged"),
    ("Ethiopia's government accused the Tigrayan rebels of committing war crimes against "
     "civilians in Amhara.", ("ETH", "ETH"), "hedged"),
    # said, not alleged: asserted, told by the groups
    ("Human rights groups said militias had perpetrated crimes against humanity in Darfur.",
     ("SDN", "SDN"), "asserted"),
])
def test_atrocities_committed_are_violence(pipe, text, pair, modality):
    violence = find(events_of(pipe, text), "18")
    assert (country(violence[0].source_actor), country(violence[0].target_actor)) == pair
    assert violence[0].modality == modality


@pytest.mark.parametrize("text", [
    "The former mayor committed fraud while in office, the court found.",
    "The Chilean government committed to cutting emissions by half.",
])
def test_crimes_and_commitments_stay_as_they_were(pipe, text):
    assert not find(events_of(pipe, text), "18")


# A past act in a relative clause of a present-tense sentence (past the lede) identifies
# people by what once happened to them: background. Under a past main clause it is news.
LEDE = "The two governments resumed talks on Monday. Officials met in Geneva. "


@pytest.mark.parametrize("text", [
    LEDE + '"We pray for the 40 pilgrims who were killed in the bombing of the shrine," the '
    "Iraqi prime minister said.",
    LEDE + '"The sailors who were seized by Iran are still in Bandar Abbas," a British '
    "minister said.",
    LEDE + "Colombia's president honours the soldiers who were ambushed by ELN rebels.",
])
def test_past_act_in_a_relative_clause_is_background(pipe, text):
    events = [e for e in events_of(pipe, text) if e.sentence == 2 and e.cameo[:2] >= "17"]
    assert events and all(e.background for e in events), \
        [(e.cameo, e.background, e.evidence) for e in events]


def test_relative_clause_under_a_past_act_stays_news(pipe):
    text = LEDE + "Police in Pakistan arrested the man who attacked the mosque."
    events = [e for e in events_of(pipe, text) if e.sentence == 2]
    assert events and not any(e.background for e in events)
