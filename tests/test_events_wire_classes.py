"""Event classes a newcomer's wire stories showed (issue 19, second round): force with no doer
announced on a condition (the speaker's threat), "bomb" with no bomber, "it" in a
condition, warnings of retaliation, conjoined verbs that lend no target or cue, calls and
appeals for restraint. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, speaker, foe", [
    ("Netanyahu said Lebanon would be bombed unless it disarmed Hezbollah.", "ISR", "LBN"),
    ("Putin said on Friday that Kyiv would be struck if it joined NATO.", "RUS", "UKR"),
    ("The Indian defence minister said Pakistan would be attacked if it sheltered the gunmen.",
     "IND", "PAK"),
])
def test_force_with_no_doer_announced_on_a_condition_is_the_speakers_threat(
        pipe, text, speaker, foe):
    got = events_of(pipe, text)
    threats = find(got, "13")
    assert threats and code(threats[0].source_actor)[:3] == speaker
    assert code(threats[0].target_actor)[:3] == foe and threats[0].modality == "asserted"
    assert not find(got, "18") and not find(got, "19")


def test_force_feared_against_the_speakers_own_side_is_no_threat_of_theirs(pipe):
    got = events_of(pipe, "Ukrainian officials said Kyiv would be bombed if talks failed.")
    assert not [e for e in find(got, "13") if code(e.source_actor)[:3] == "UKR"]


@pytest.mark.parametrize("text", [
    "Israel bombed Gaza on Monday.",
    "The villages were bombed overnight.",
    "The government bombed rebel towns in Darfur.",
])
def test_bombing_by_a_state_or_by_no_one_named_is_an_air_strike(pipe, text):
    got = events_of(pipe, text)
    assert find(got, "195") and not find(got, "183")


def test_a_bomber_who_is_no_state_still_plants_a_bomb(pipe):
    assert find(events_of(pipe, "Militants bombed a bus in Quetta."), "183")


@pytest.mark.parametrize("text, country", [
    ("Netanyahu said Lebanon would be bombed unless it disarmed Hezbollah.", "LBN"),
    ("Erdogan said Sweden would not join NATO unless it extradited the suspects.", "SWE"),
    ("The president said Venezuela would be punished if it did not release the prisoners.",
     "VEN"),
])
def test_it_in_a_condition_is_the_subject_of_the_clause_it_conditions(pipe, text, country):
    got = events_of(pipe, text)
    inner = [e for e in got if e.evidence["text"] in ("disarmed", "extradited", "release")]
    assert inner and code(inner[0].source_actor)[:3] == country


@pytest.mark.parametrize("text, foe", [
    ("Iran's foreign minister warned that Israel would pay a heavy price for the strike.",
     "ISR"),
    ("Kim Jong Un warned that South Korea would regret any provocation.", "KOR"),
    ("The Iranian army chief warned that any aggression would be met with a crushing response.",
     ""),
    ("Russia's defence minister warned that any NATO deployment would face a decisive response.",
     ""),
])
def test_a_warning_of_retaliation_is_a_threat_by_the_warner(pipe, text, foe):
    got = events_of(pipe, text)
    threats = find(got, "13")
    assert threats and threats[0].cameo != "134" and threats[0].modality == "asserted"
    assert code(threats[0].source_actor)[:3] in ("IRN", "PRK", "RUS")
    assert code(threats[0].target_actor)[:3] == foe
    assert not find(got, "04")  # "would be met with": a response, no meeting


def test_a_warning_of_a_danger_is_still_no_threat(pipe):
    assert not find(events_of(pipe, "Experts warned that the region would face severe droughts."),
                    "13")


@pytest.mark.parametrize("text, first", [
    ("Jordan's king criticised the raid and called on the European Union to respond.", "111"),
    ("The Egyptian president denounced the shelling and urged NATO to step in.", "111"),
    ("Qatar's emir condemned the killing and asked the African Union to investigate.", "111"),
])
def test_a_conjoined_verbs_object_is_not_the_first_verbs_target(pipe, text, first):
    got = events_of(pipe, text)
    acts = [e for e in got if e.cameo == first]
    assert acts and all(code(e.target_actor)[:3] != "IGO" for e in acts)


@pytest.mark.parametrize("text, caller, callee", [
    ("The Egyptian foreign minister phoned the Qatari prime minister and appealed for calm.",
     "EGY", "QAT"),
    ("Germany's chancellor called Erdogan on Monday and urged restraint in Syria.", "DEU", "TUR"),
    ("Macron called Putin on Tuesday and urged a ceasefire.", "FRA", "RUS"),
])
def test_a_phone_call_then_an_appeal_for_restraint(pipe, text, caller, callee):
    got = events_of(pipe, text)
    call = [e for e in got if e.evidence["text"] in ("phoned", "called")]
    assert call and call[0].cameo == "041" and code(call[0].target_actor)[:3] == callee
    appeal = find(got, "0256")
    assert appeal and code(appeal[0].source_actor)[:3] == caller
    assert appeal[0].evidence["text"] in ("appealed", "urged")


@pytest.mark.parametrize("text, later", [
    ("The EU imposed sanctions on Belarus in May. Minsk dismissed the sanctions as unlawful.",
     "the sanctions"),
    ("Britain imposed sanctions on Russian banks. Moscow dismissed the sanctions as theft.",
     "the sanctions"),
    ("The EU imposed new sanctions on Iran's drone makers. Tehran dismissed the sanctions as "
     "worthless.", "the sanctions"),
])
def test_dismissing_a_reported_measure_does_not_negate_it(pipe, text, later):
    again = [e for e in events_of(pipe, text) if e.evidence["text"] == later]
    assert again and again[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "The Kremlin shrugged off the sanctions as illegal. Britain imposed sanctions on Russian "
    "banks in 2022.",
    "Peskov said the sanctions would fail. The EU imposed sanctions on Russian oil firms last "
    "year.",
    "Analysts doubted the summit would help. Putin met Xi in Beijing in 2019.",
])
def test_a_definite_act_is_not_the_history_a_later_sentence_tells(pipe, text):
    assert not [e for e in events_of(pipe, text) if e.sentence == 0 and
                e.evidence["text"].startswith("the ")]


@pytest.mark.parametrize("text, country", [
    ("Serbian police beat dozens of students in central Belgrade.", "SRB"),
    ("Kenyan riot police fired water cannon at crowds of traders in central Nairobi.", "KEN"),
    ("Belarusian police detained hundreds of protesters in central Minsk.", "BLR"),
    ("Ethiopian police beat dozens of journalists in central Addis Ababa.", "ETH"),
])
def test_people_at_a_place_are_the_target_not_the_places_government(pipe, text, country):
    got = [e for e in events_of(pipe, text) if e.cameo[:2] in ("17", "18")]
    assert got and code(got[0].target_actor)[:3] == country
    assert code(got[0].target_actor)[3:] in ("CVL", "EDU", "JRN", "BUS")


@pytest.mark.parametrize("text, states", [
    ("Chad, Niger and Mali are run by soldiers. The three countries expelled French troops.",
     {"TCD", "NER", "MLI"}),
    ("Egypt, Jordan and the UAE backed the plan. The three states condemned Israel on Monday.",
     {"EGY", "JOR", "ARE"}),
    ("Bahrain, Qatar, Oman and Kuwait held elections. The four nations later expelled Iranian "
     "diplomats.", {"BHR", "QAT", "OMN", "KWT"}),
])
def test_the_three_countries_are_the_states_listed_before(pipe, text, states):
    got = [e for e in events_of(pipe, text) if e.sentence == 1]
    assert {code(e.source_actor)[:3] for e in got} == states
