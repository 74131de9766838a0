"""Two classes a dev38 article showed (session 38; sentences written for this test):

- a crowd's force and its burning of property is a riot (CAMEO 145), also when the crowd is a
  leader's or a party's "supporters" ("Supporters of the opposition leader stormed ...", not
  the leader counted as in "thousands of Kenyans") and when it torches or sets fire
  (verb_acts.RIOT_ROOTS);
- a vow or pledge of a response ("vowed that Iraq would respond with all necessary means",
  "vowed a severe response", "pledged to respond") is a threat of force (138), as a vow of
  revenge or retaliation is (cameo_verbs.tsv)."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Supporters of the jailed former president stormed a courthouse in Dakar on Friday.",
    "Demonstrators torched buses and a bank branch in central Nairobi.",
    "Supporters of the party set fire to the electoral commission's office in Kinshasa.",
])
def test_a_crowd_s_force_or_arson_is_a_riot(pipe, text):
    got = events_of(pipe, text)
    assert find(got, "145") and not [e for e in got if e.cameo[:2] in ("18", "19")] \
        and not find(got, "1712"), [(e.cameo, e.evidence["text"]) for e in got]


@pytest.mark.parametrize("text", [
    "Ethiopia's prime minister vowed that the army would respond with full force.",
    "The Turkish defence ministry vowed a decisive response to the ambush.",
    "Hezbollah pledged to respond to the assassination of its commander.",
])
def test_a_vowed_response_is_a_threat_of_force(pipe, text):
    got = events_of(pipe, text)
    assert find(got, "13") and not find(got, "03"), [(e.cameo, e.evidence["text"]) for e in got]


@pytest.mark.parametrize("text", [
    "The Somali president vowed that the army would press on with its offensive against "
    "al-Shabaab.",
    "Netanyahu vowed that Israel would keep striking Hezbollah targets in Lebanon.",
])
def test_a_vow_that_force_will_go_on_is_a_threat(pipe, text):
    """(Session 38, from a dev39 article's kind: the vow's that-clause of force, coded as
    planned force, left the vow an intent to cooperate, 030: senses.hostile_intent.)"""
    got = events_of(pipe, text)
    assert find(got, "13") and not find(got, "03"), [(e.cameo, e.evidence["text"]) for e in got]


@pytest.mark.parametrize("text", [
    "The militia's commander vowed that the killings would not go unpunished.",
    "The rebel leader vowed that the raid would not go unanswered.",
    "The army vowed that the ambush would not go unpunished.",
    "The ministry vowed that the attackers would face consequences.",
    "Iran vowed that Israel would pay a heavy price for the strike.",
])
def test_a_vow_of_retribution_is_a_threat(pipe, text):
    """What is vowed pays a wrong back (senses.RETRIBUTION: "unpunished", "unanswered"): a
    threat (13), not an intent to cooperate (03). Session 39: every vow the blind-coded dev
    sets list (ten, in all five) is a 13x. So is a vow that the other "would face
    consequences" or "pay a heavy price" (a threat told inside the vow): before, the vow was
    dropped as an intent of hostility and the inner threat, no act of the threatened, too."""
    got = events_of(pipe, text)
    assert find(got, "13") and not find(got, "03"), [(e.cameo, e.evidence["text"]) for e in got]
