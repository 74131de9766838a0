"""Words that look like acts and are none, and acts coded as another kind (classes a
newcomer's own wire stories showed, 2026-12-02). Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.pipeline import Pipeline

from helpers.events import events_of as coded


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def events_of(pipe, text: str):
    return [(e.cameo, (e.source_actor or {}).get("code") or "",
             (e.target_actor or {}).get("code") or "", e.modality)
            for e in coded(pipe, text)]


@pytest.mark.parametrize("text", [
    "A ferry capsized on Lake Victoria on Sunday, killing 20 passengers.",
    "A fire killed nine people in a Kampala market on Sunday.",
    "Twelve people were killed in a landslide in northern Uganda.",
    "A building collapsed in Lagos on Monday, killing at least 14 workers.",
])
def test_harm_in_an_accident_is_no_attack(pipe, text):
    assert not [e for e in events_of(pipe, text) if e[0][:2] in ("18", "19", "20")], \
        events_of(pipe, text)


def test_a_bomb_still_kills(pipe):
    assert [e for e in events_of(pipe, "A bomb killed nine people in a Kampala market on "
                                       "Sunday.") if e[0][:2] == "18"]


@pytest.mark.parametrize("text", [
    "The minister accused the opposition of plotting a coup, without offering evidence.",
    "Police offered no explanation for the arrests.",
    "The envoy offered condolences to the families.",
])
def test_offering_evidence_or_words_is_no_intent(pipe, text):
    assert not [e for e in events_of(pipe, text) if e[0][:2] == "03"], events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "Tehran denies seeking nuclear weapons.",
    "The senator is seeking re-election in November.",
])
def test_seeking_a_thing_or_an_office_is_no_appeal(pipe, text):
    assert not [e for e in events_of(pipe, text) if e[0][:2] == "02"], events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "Washington withdrew from the nuclear deal with Iran in 2018.",
    "Russia pulled out of the grain deal with Ukraine in July.",
])
def test_leaving_an_agreement_reduces_relations(pipe, text):
    acts = events_of(pipe, text)
    assert [e for e in acts if e[0][:2] == "16"] and not [e for e in acts if e[0][:3] == "087"]


def test_prosecutors_charging_people_is_no_repression(pipe):
    acts = events_of(pipe, "Prosecutors in Nairobi have charged 13 people over the riots.")
    assert not [e for e in acts if e[0] == "175"], acts


@pytest.mark.parametrize("text, doer", [
    ("A Chinese coast guard ship fired a water cannon at a Philippine vessel near the shoal, "
     "the Philippine coast guard said, damaging its mast and injuring one crew member.", "CHN"),
    ("Russian drones struck a power plant in Odesa overnight, Ukraine's military said, "
     "cutting power to thousands of homes and injuring two workers.", "RUS"),
    ("Israeli jets bombed a house in Rafah, Palestinian medics said, killing five people.",
     "ISR"),
])
def test_a_participle_after_the_report_goes_on_with_the_act_told(pipe, text, doer):
    """... not with who reports it: the parser hangs the gerund on "said"."""
    harm = [e for e in events_of(pipe, text) if e[0][:2] in ("18", "19")]
    assert harm and all(e[1].startswith(doer) for e in harm), harm


@pytest.mark.parametrize("text, bad", [
    ("Serbia's president spoke on Monday. The president accused foreign intelligence "
     "services of financing the protests in Belgrade.", "SRB"),
    ("Kenya's interior minister said on Tuesday that foreign agents had paid the rioters in "
     "Nairobi.", "KEN"),
])
def test_foreign_bodies_are_of_no_home_state(pipe, text, bad):
    acts = [e for e in events_of(pipe, text) if e[0][:2] == "11"]
    assert not [e for e in acts if e[2].startswith(bad)], acts


def test_a_states_own_foreign_minister_is_its_own(pipe):
    acts = events_of(pipe, "Serbia's president spoke on Monday. The foreign minister met "
                           "students in Belgrade.")
    assert [e for e in acts if e[1] == "SRBGOV"], acts


@pytest.mark.parametrize("text", [
    "A Hezbollah spokesman warned that the group would respond to any Israeli attack.",
    "A Houthi spokesman warned that the group would strike ships bound for Israel.",
    "An Al Shabaab commander warned that the movement would retaliate against Kenyan troops.",
])
def test_a_groups_spokesman_warning_what_the_group_will_do_threatens(pipe, text):
    assert [e for e in events_of(pipe, text) if e[0][:2] == "13"], events_of(pipe, text)


def test_warning_what_a_group_may_undergo_is_no_threat(pipe):
    assert not [e for e in events_of(pipe, "Analysts warned that the group could split.")
                if e[0][:2] == "13"]
