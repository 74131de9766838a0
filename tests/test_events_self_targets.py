"""An actor does not act on itself because of a coordination or a pronoun read from context
(issue 19, precision on real news: "France, Germany and the UK defended it" -> FRA -> FRA);
internal acts the text tells (police and protesters, two named officials of one state) stay.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _pairs(events):
    return {((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in events}


@pytest.mark.parametrize("text, country", [
    ("Kenya sent troops to Somalia last year. Kenya, Uganda and Ethiopia condemned them on "
     "Sunday.", "KEN"),
    ("Egypt hosted the talks. Egypt, Jordan and Qatar praised them afterwards.", "EGY"),
    ("France sent warships to the Gulf in May. France, Italy and Greece defended them on "
     "Friday.", "FRA"),
    ("Ghana hosted the regional summit. Ghana, Togo and Benin praised it afterwards.", "GHA"),
    ("Brazil signed the climate pact. Brazil and Chile later criticised it.", "BRA"),
])
def test_a_coordinated_doer_does_not_act_on_itself(pipe, text, country):
    got = events_of(pipe, text)
    assert (country, country) not in _pairs(got)


@pytest.mark.parametrize("text, country", [
    ("Houthi rebels have attacked ships in the Red Sea. The Pentagon said that if they fire at "
     "American vessels again, the United States will strike their bases.", "USA"),
])
def test_a_clause_whose_doer_is_a_pronoun_does_not_act_on_its_own_state(pipe, text, country):
    assert (country, country) not in _pairs(events_of(pipe, text))


def test_the_other_conjuncts_keep_their_act(pipe):
    got = events_of(pipe, "Kenya sent troops to Somalia last year. Kenya, Uganda and "
                          "Ethiopia condemned them on Sunday.")
    assert {("UGA", "KEN"), ("ETH", "KEN")} <= _pairs(got)


@pytest.mark.parametrize("text, pair", [
    ("Police in Kenya arrested dozens of protesters in Nairobi.", ("KENCOP", "KENCVL")),
    ("Turkish police detained 40 Turkish journalists in Ankara.", ("TURCOP", "TURJRN")),
    ("Germany's foreign minister criticised the German chancellor over the budget.",
     ("DEUGOV", "DEUGOV")),
    ("Pakistani troops attacked Pakistani Taliban fighters in the north.",
     ("PAKMIL", "PAKREB")),
])
def test_internal_acts_the_text_tells_stay(pipe, text, pair):
    got = events_of(pipe, text)
    assert pair in {((e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"))
                    for e in got}
