"""Talks, calls and who tells. Three classes from fresh probes of wire sentences:
- a meeting or a call named in the clause's time or place phrase is the subject's consult
  with whom the phrase names ("In a phone call with Zelensky, Macron pledged ..." gave the
  pledge alone; coding.nominal_agent -> nominal_parties.met_in_adjunct);
- what is discussed is the topic, not a party nor an event of the talkers ("Biden and Xi
  discussed Taiwan" was two consults with Taiwan; "discussed the war in Ukraine with Modi" a
  war on India's government; senses._topic_of_talk, arguments.target_candidates);
- "X did Y, officials said, blaming Z": the participle of blame, accusation or appeal after
  the report is the teller's (arguments.REPORTERS_ACTS), unlike "..., killing five" (the act
  told). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _pairs(pipe, text):
    return [(e.cameo, (e.source_actor or {}).get("code") or "", (e.target_actor or {}).get("code")
             or "") for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, source, target", [
    ("In a telephone call with Ramaphosa, Lula promised to deepen trade ties.", "BRA", "ZAF"),
    ("During a meeting with Orban in Budapest, Erdogan praised Hungary's stance.", "TUR", "HUN"),
    ("After talks with Modi in New Delhi, the Japanese prime minister announced new loans.",
     "JPN", "IND"),
])
def test_a_meeting_in_the_clause_adjunct_is_the_subjects_consult(pipe, text, source, target):
    consults = [p for p in _pairs(pipe, text) if p[0][:2] == "04"]
    assert any(s.startswith(source) and t.startswith(target) for _, s, t in consults), \
        _pairs(pipe, text)


def test_an_interview_is_no_meeting(pipe):
    text = "In an interview with the BBC, Ruto said Kenya would not send more troops."
    assert not [p for p in _pairs(pipe, text) if p[0][:2] == "04"], _pairs(pipe, text)


@pytest.mark.parametrize("text, first, second, topic", [
    ("Erdogan and Aliyev discussed Armenia during a call on Monday.", "TUR", "AZE", "ARM"),
    ("Scholz and Macron discussed Ukraine at a dinner in Paris.", "DEU", "FRA", "UKR"),
])
def test_what_is_discussed_is_no_party(pipe, text, first, second, topic):
    consults = [p for p in _pairs(pipe, text) if p[0][:2] == "04"]
    assert any(s.startswith(first) and t.startswith(second) for _, s, t in consults), consults
    assert not any(t.startswith(topic) for _, _, t in consults), consults


def test_a_war_discussed_is_no_war_of_the_talkers(pipe):
    pairs = _pairs(pipe, "Albanese discussed the war in Gaza with Carney.")
    assert not [p for p in pairs if p[0][:2] in ("18", "19", "20")], pairs


@pytest.mark.parametrize("text, teller, blamed", [
    ("Bandits killed nine farmers in Zamfara, police said, blaming a local gang leader.",
     "COP", "CRM"),
    ("A bomb exploded at a market in Quetta, the provincial government said, blaming India.",
     "GOV", "IND"),
])
def test_a_tellers_blame_after_the_report_is_the_tellers(pipe, text, teller, blamed):
    accusations = [p for p in _pairs(pipe, text) if p[0][:2] == "11"]
    assert accusations and all(teller in s for _, s, _ in accusations), _pairs(pipe, text)


def test_an_act_after_the_report_is_still_the_act_told(pipe):
    pairs = _pairs(pipe, "Russian drones hit a power station in Sumy, officials said, "
                         "cutting electricity to thousands.")
    assert any(s.startswith("RUS") for c, s, _ in pairs if c[:2] == "19"), pairs
