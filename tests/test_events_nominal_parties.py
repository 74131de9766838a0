"""Events named by a noun whose parties stand in its own phrase or around it (issue 19, event
recall): the one who flees, withstands, survives or escapes an act by someone undergoes it;
an "X-led" adjective names the doer; "between the two leaders" names the pair told before;
an act of violence with only its victim named ("a cyberattack on the German parliament") is
coded without a doer, unless it is definite (then it repeats an act told before, which
anaphora.py lists with its doer). Sentences written for these tests (none from the gold
data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, dyads, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


# --- the subject undergoes the act its object names, done by the "by" phrase ---------------

@pytest.mark.parametrize("text, root, source, target", [
    ("Thousands of Syrian soldiers fled the offensive by the rebels near Aleppo.", "19",
     "SYRREB", "SYRMIL"),
    ("The Malian army withstood an assault by Tuareg separatists last week.", "19",
     "MLIREB", "MLIMIL"),  # the Tuareg of a Malian story are Mali's (communities.tsv)
    ("The Pakistani governor survived an attack by Taliban gunmen in Peshawar.", "18",
     None, "PAKGOV"),
    ("Villagers in Borno escaped a raid by Boko Haram fighters on Tuesday.", "18",
     "NGAREB", "NGACVL"),
])
def test_who_flees_or_survives_an_act_undergoes_it(pipe, text, root, source, target):
    found = find(events_of(pipe, text), root)
    assert found, [(e.cameo, code(e.source_actor), code(e.target_actor))
                   for e in events_of(pipe, text)]
    assert code(found[0].target_actor) == target
    if source is not None:
        assert code(found[0].source_actor) == source


# --- "X-led": the leader is the doer ---------------------------------------------------------

@pytest.mark.parametrize("text, root, pair", [
    ("Analysts said the Saudi-led bombing campaign against the Houthis had failed.", "19",
     ("SAU", "YEM")),
    ("The French-led offensive against Islamist militants in Mali began in January.", "19",
     ("FRA", "MLI")),
    ("A Kenyan-led offensive against al-Shabaab fighters in Somalia stalled last year.", "19",
     ("KEN", "SOM")),
])
def test_the_leader_of_a_led_act_is_its_doer(pipe, text, root, pair):
    assert pair in dyads(events_of(pipe, text), root)


def test_a_led_body_is_no_act(pipe):
    # "mission" names no act: the adjective gives a doer to act nouns only
    assert not find(events_of(pipe, "The opposition criticized the Russian-led peacekeeping "
                                     "mission."), "19")


# --- "between the two leaders": the pair named before ---------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Kim Jong Un met Moon Jae-in in April. Officials said contacts between the two leaders "
     "continued by telephone.", ("PRK", "KOR")),
    ("China and India sent troops to the border last year. Talks between the two countries "
     "resumed on Monday.", ("CHN", "IND")),
    ("Serbia and Kosovo traded accusations last week. Negotiators said direct contacts "
     "between the two governments would resume in Brussels.", ("SRB", "XKX")),
])
def test_a_pair_noun_after_between_is_the_pair_told_before(pipe, text, pair):
    events = events_of(pipe, text)
    told = [e for e in find(events, "04") if e.evidence["text"].lower() in ("contacts", "talks")]
    assert told, [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events]
    # one reciprocal event between the two, not one of them acting on itself
    assert {((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in told} == {pair}


# --- violence with only its victim named ----------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Investigators are still studying a cyberattack on the German parliament.", "DEU"),
    ("A cyberattack against the Estonian government crippled its websites.", "EST"),
])
def test_an_act_of_violence_on_a_named_party_has_no_doer_named(pipe, text, target):
    found = find(events_of(pipe, text), "18")
    assert found and found[0].target_actor["country"] == target
    # a hacking from afar: where its victim is says nothing of who did it
    assert found[0].source_actor is None


@pytest.mark.parametrize("text", [
    "Markets fell after the attack on Monday.",  # a date, no party
    "The war on drugs has failed, the report said.",  # no party at all
    "Ukraine reported fresh airstrikes on Kharkiv overnight.",  # a city hit, doer unknown
])
def test_no_party_no_event(pipe, text):
    assert not [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]


def test_a_definite_act_told_before_keeps_its_doer(pipe):
    events = events_of(pipe, "Russian hackers attacked the Bundestag in May. The attack on "
                             "the Bundestag forced a shutdown.")
    assert {code(e.source_actor) for e in find(events, "18")} == {"RUSCRM"}
