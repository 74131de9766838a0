"""Later mentions of an act told before (anaphora.py), for the kinds of act real reports go on
naming by a noun: flights of a show of force, investigations, expulsions, aid, military
exercises, invasions, clashes, kidnappings, contacts and discussions. And harm done by such a mention ("the attack
killed nine officers"): the act's doer harmed the victims, not nobody. Sentences written for
these tests (none from the gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _country(actor) -> str:
    return (actor or {}).get("country") or ""


@pytest.mark.parametrize("text, root, noun, doer, other", [
    ("The Pentagon began reconnaissance flights over Somalia on Sunday. The flights are "
     "meant to track the movements of militants.", "15", "flights", "USA", "SOM"),
    ("Prosecutors in Peru opened an investigation into the former president on Tuesday. "
     "The investigation covers payments from a construction firm.", "09", "investigation",
     "PER", "PER"),
    ("Germany expelled four Iranian diplomats on Thursday. The expulsions followed the "
     "arrest of a suspected spy.", "16", "expulsions", "DEU", "IRN"),
    ("South Korea sent medical aid to Laos on Monday. The aid arrived in Vientiane two "
     "days later.", "07", "aid", "KOR", "LAO"),
    ("Japan and Australia began joint naval exercises on Monday. The exercises will run "
     "for ten days.", "06", "exercises", "JPN", "AUS"),
    ("Iraq invaded Kuwait in August 1990. The invasion drew condemnation from around the "
     "world.", "19", "invasion", "IRQ", "KWT"),
    ("Armed men kidnapped a group of aid workers in Mali on Friday. The kidnapping was "
     "the second in a month.", "18", "kidnapping", "MLI", ""),
    ("Chile and Peru held talks on their maritime border in Lima. The discussions ended "
     "without a deal.", "04", "discussions", "CHL", "PER"),
    ("Greek diplomats met Turkish officials in Ankara in March. The contacts were kept "
     "secret for weeks.", "04", "contacts", "GRC", "TUR"),
])
def test_a_later_mention_is_the_act_again(pipe, text, root, noun, doer, other):
    events = find(events_of(pipe, text), root)
    mention = [e for e in events if e.sentence == 1 and e.evidence["text"].lower().endswith(noun)]
    assert mention, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert _country(mention[0].source_actor) == doer, mention[0].source_actor
    if other:
        assert _country(mention[0].target_actor) == other, mention[0].target_actor


@pytest.mark.parametrize("text, doer, victims", [
    ("Al-Shabaab fighters attacked an army base in Somalia on Monday. The attack killed "
     "twelve soldiers.", "SOM", "SOM"),
    ("Russia invaded Ukraine in February 2022. The invasion has killed thousands of "
     "civilians.", "RUS", "UKR"),
    ("Indian and Chinese troops clashed in the Galwan valley on Monday. The clash left 20 "
     "soldiers dead.", "IND", "CHN"),
])
def test_harm_done_by_a_mention_is_the_acts_doers(pipe, text, doer, victims):
    second = [e for e in events_of(pipe, text) if e.sentence == 1 and e.cameo[:2] in
              ("18", "19", "20")]
    assert second, [(e.cameo, e.sentence, e.evidence["text"]) for e in events_of(pipe, text)]
    assert _country(second[0].source_actor) == doer, second[0].source_actor
    assert _country(second[0].target_actor) == victims, second[0].target_actor


@pytest.mark.parametrize("text, root", [
    # no act of the kind told before: a noun alone names no one
    ("The flight to Lisbon was delayed by fog. Passengers waited for six hours.", "15"),
    ("The investigation into the crash is expected to take a year.", "09"),
])
def test_no_act_from_a_noun_without_its_act(pipe, text, root):
    events = events_of(pipe, text)
    assert not find(events, root), [(e.cameo, code(e.source_actor)) for e in events]


def test_another_sense_of_the_noun_is_no_mention(pipe):
    text = ("Japan and Australia began joint naval exercises on Monday. Critics said the "
            "exercise of military power would not calm the region.")
    events = events_of(pipe, text)
    assert not [e for e in events if e.sentence == 1 and "exercise" in e.evidence["text"]], \
        [(e.cameo, e.sentence, e.evidence["text"]) for e in events]
