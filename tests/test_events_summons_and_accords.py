"""Three classes found by probing with newly written wire copy (session 37); each test's
sentences are new, none the probe's own:

- a finite verb the parser hangs on a noun inside the subject's own phrase ("An Israeli
  strike on a school killed 30 people, officials said": "killed" read as a participle of
  "school", the parse common before a closing attribution) is that subject's act
  (arguments._misread_subject; was an event with no doer);
- a summons to complain ("summoned China's ambassador to protest") is the summoner's one act
  on the envoy's state (was a second protest by China on the summoner); "called in the
  ambassador" is a summons (114);
- one party agreeing to a hostile act ("the EU agreed to extend its sanctions against Iran")
  makes no agreement (057) with its target; two parties agreeing make one with each other.
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("A Saudi strike on a clinic killed 18, rescuers said.", "SAU"),
    ("A Nigerian strike on a camp hosting displaced families killed at least 30 people, "
     "officials said.", "NGA"),
    ("A Turkish strike on a school in the north killed 18, rescuers said.", "TUR"),
])
def test_a_verb_hung_inside_the_subject_phrase_is_the_subjects_act(pipe, text, doer):
    harm = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert harm, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert all((e.source_actor or {}).get("country") == doer for e in harm), \
        [(e.cameo, code(e.source_actor), e.evidence["text"]) for e in harm]


@pytest.mark.parametrize("text, summoner, envoy_state", [
    ("Lithuania summoned Belarus's charge d'affaires on Friday to protest over the balloons "
     "that crossed the border.", "LTU", "BLR"),
    ("The foreign ministry in Seoul summoned Japan's ambassador to lodge a protest over the "
     "island claim.", "KOR", "JPN"),
    ("Algeria called in the French ambassador after the remarks.", "DZA", "FRA"),
])
def test_a_summons_to_complain_is_the_summoners_one_act(pipe, text, summoner, envoy_state):
    complaints = [e for e in events_of(pipe, text) if e.cameo.startswith("11")]
    assert len(complaints) == 1, [(e.cameo, code(e.source_actor), code(e.target_actor))
                                  for e in complaints]
    assert (complaints[0].source_actor or {}).get("country") == summoner
    assert (complaints[0].target_actor or {}).get("country") == envoy_state


@pytest.mark.parametrize("text, target", [
    ("EU foreign ministers agreed on Monday to renew sanctions on Syrian officials.",
     "SYR"),
    ("The Arab League agreed to suspend Libya's membership.", "LBY"),
])
def test_one_party_agreeing_to_punish_makes_no_accord_with_the_punished(pipe, text, target):
    evs = events_of(pipe, text)
    assert not find(evs, "05"), [(e.cameo, code(e.source_actor), code(e.target_actor))
                                 for e in evs]
    assert any((e.target_actor or {}).get("country") == target for e in evs), \
        [(e.cameo, code(e.target_actor)) for e in evs]


def test_two_parties_agreeing_to_punish_agree_with_each_other(pipe):
    evs = events_of(pipe, "Canada and Australia agreed to impose travel bans on Iranian "
                          "officials.")
    accords = find(evs, "057")
    assert accords, [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in evs]
    assert {(e.source_actor or {}).get("country") for e in accords} | \
        {(e.target_actor or {}).get("country") for e in accords} == {"CAN", "AUS"}


@pytest.mark.parametrize("text, met", [
    ("Scholz will meet Modi in Hanover next month to discuss a trade deal with India's "
     "neighbours.", "IND"),
    ("Egypt's president received Mahmoud Abbas in Cairo on Sunday to discuss a ceasefire with "
     "Israel.", "PSE"),
    ("The Kenyan president hosted his Somali counterpart in Nairobi to discuss border security "
     "with Ethiopia.", "SOM"),
])
def test_a_talk_a_meeting_was_for_is_with_the_one_met(pipe, text, met):
    """(a fourth class: the talk's counterpart was the venue or a party of its topic)"""
    talks = [e for e in events_of(pipe, text) if e.evidence["text"] == "discuss"]
    assert talks, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (talks[0].target_actor or {}).get("country") == met, code(talks[0].target_actor)
