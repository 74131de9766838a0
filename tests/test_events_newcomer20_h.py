"""Classes from the newcomer's session-20 report (C5, C6, C8, C9 and time): targets of verbs
that impute an act, intent verbs that introduce a hostile act, boilerplate and senses that
are no event, reciprocal accusations, and acts told in a when-clause of a dated sentence.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


# C8: the accused is the verb's object, even of the accuser's own state; parties named in
# the imputed act ("aid to Taiwan") are that act's, not the accusation's target
@pytest.mark.parametrize("text, src, tgt", [
    ("Several Republicans have accused the Pentagon of dragging its feet on aid to Taiwan.",
     "USA", "USAMIL"),
    ("Indian opposition leaders accused the foreign ministry of going soft on China.",
     "IND", "INDGOV"),
    ("German Greens blamed the chancellor for delaying arms shipments to Ukraine.",
     "DEU", "DEUGOV"),
])
def test_accused_is_the_object(pipe, text, src, tgt):
    evs = find(events_of(pipe, text), "112")
    assert evs and all(code(e.source_actor)[:3] == src and code(e.target_actor) == tgt
                       for e in evs), evs


# C9: the formula that tells why a source is unnamed is no consultation
@pytest.mark.parametrize("text", [
    "A European diplomat, who spoke on condition of anonymity to discuss confidential "
    "talks, said the deal was close.",
    "Two Kenyan officials, speaking on condition of anonymity to describe internal "
    "deliberations, said Nairobi would send more police to Haiti.",
    "The aide, who was not authorized to discuss the negotiations publicly, said Ankara "
    "was ready to compromise.",
    "An Indonesian officer, who requested anonymity to talk about the matter, said the "
    "navy had not been told.",
])
def test_anonymity_boilerplate_is_no_consultation(pipe, text):
    assert not find(events_of(pipe, text), "04"), events_of(pipe, text)


# C9: fighting alongside a force is military cooperation with it, not force against it
@pytest.mark.parametrize("text, src, tgt", [
    ("Kenyan fighters fought alongside Somalia's national army in Kismayo.", "KEN", "SOM"),
    ("Hungarian volunteers fought beside Ukrainian troops near Bakhmut.", "HUN", "UKR"),
    ("Chechen units, which fought alongside the Syrian army, returned home.", "", "SYR"),
])
def test_fought_alongside_is_cooperation(pipe, text, src, tgt):
    evs = events_of(pipe, text)
    assert not find(evs, "19"), evs
    coop = find(evs, "062")
    assert coop and code(coop[0].target_actor)[:3] == tgt, evs
    assert src == "" or code(coop[0].source_actor)[:3] == src, evs


# C9: the activity a ban bars is no event (the bar itself is)
@pytest.mark.parametrize("text", [
    "The new law bars Venezuela's opposition from holding marches or campaigning on "
    "television.",
    "A court barred the Thai opposition party from staging protests.",
    "The decree prohibits Georgian unions from organising strikes.",
])
def test_barred_activity_is_no_event(pipe, text):
    evs = events_of(pipe, text)
    assert not find(evs, "14"), evs


# C6: an intent verb that introduces a hostile act with no lexicon row is a threat (13x),
# not an intent to cooperate (03x)
@pytest.mark.parametrize("text, threat", [
    ("Colombia's defence minister vowed to crush the rebel holdouts in Cauca.", "138"),
    ("Hamas pledged to wipe out the clan militias in Gaza.", "138"),
    ("Nigeria's army chief vowed to hunt down the kidnappers.", "138"),
    ("The Iraqi prime minister promised to dismantle the tribal militias in Basra.", "130"),
])
def test_hostile_intent_is_a_threat(pipe, text, threat):
    evs = events_of(pipe, text)
    assert not find(evs, "03"), evs
    assert [e.cameo for e in find(evs, "13")] == [threat], evs


def test_intent_to_cooperate_stays(pipe):
    evs = events_of(pipe, "Germany pledged to cooperate with Poland on border security.")
    assert find(evs, "03") and not find(evs, "13"), evs


# Time: an act told in a when-/after-clause of a dated clause happened then, and a date long
# before the story makes it background
@pytest.mark.parametrize("text, date", [
    ("Ties deteriorated sharply in March 2021 when militants attacked an army base near "
     "Kabul, killing five soldiers.", "2021-03"),
    ("The peace talks collapsed in June 2019 after Egypt sent troops to the Libyan border.",
     "2019-06"),
    ("Trade between the two countries fell in 2018 when Washington imposed tariffs on "
     "Turkish steel.", "2018"),
])
def test_when_clause_takes_the_main_clause_date(pipe, text, date):
    evs = [e for e in events_of(pipe, text, published="2024-05-03") if e.cameo[:2] >= "10"
           or e.cameo.startswith("15")]
    assert evs, evs
    assert all((e.time or {}).get("date") == date and e.background for e in evs), evs


def test_when_clause_of_the_day_stays_news(pipe):
    evs = events_of(pipe, "Colombia's government suspended the talks on Tuesday after rebels "
                    "attacked a police station.", published="2024-05-03")
    force = find(evs, "19")
    assert force and not force[0].background, evs


# C9: a command to one's own forces is no demand on another actor; the act ordered stays
@pytest.mark.parametrize("text", [
    "The Chadian president ordered the army to stay in the capital.",
    "Peru's interior minister ordered police to guard the airports.",
    "Sudan's army chief instructed his commanders to hold their positions in Omdurman.",
])
def test_order_to_own_forces_is_no_demand(pipe, text):
    evs = events_of(pipe, text)
    assert not find(evs, "10"), evs


def test_order_to_own_forces_keeps_the_act_ordered(pipe):
    evs = events_of(pipe, "Netanyahu ordered the military to strike Hezbollah targets in "
                    "Lebanon.")
    assert not find(evs, "10"), evs
    force = find(evs, "19")
    assert force and code(force[0].source_actor)[:3] == "ISR" and \
        force[0].modality == "requested", evs


def test_order_to_another_state_stays_a_demand(pipe):
    evs = events_of(pipe, "The court ordered Israel to withdraw its forces.")
    assert find(evs, "10"), evs


# C9: a tally run up since a turn of the story is background, not a killing of the day
@pytest.mark.parametrize("text", [
    "More than 60 people have been killed in Gaza since the truce took effect, according to "
    "a Reuters count.",
    "At least 45 soldiers have been killed in Mali since the coup, the army said.",
    "Some 120 protesters have been killed in Kenya since the ceasefire collapsed.",
])
def test_toll_since_a_turn_is_background(pipe, text):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert evs and all(e.background for e in evs), evs


def test_toll_since_a_day_is_news(pipe):
    evs = [e for e in events_of(pipe, "Twelve people have been killed in Port-au-Prince since "
                                "Monday, police said.") if e.cameo[:2] in ("18", "19")]
    assert evs and not any(e.background for e in evs), evs


# C5: "traded / exchanged accusations": each party accuses the other, also two bodies of one
# state, and the two bodies a pair noun of one state names
@pytest.mark.parametrize("text, pairs", [
    ("Sudan's army and the Rapid Support Forces exchanged accusations of attacking "
     "civilians.", {("SDNMIL", "SDNPRM"), ("SDNPRM", "SDNMIL")}),
    ("Nigeria's police and the army traded accusations over the killings in Zamfara.",
     {("NGACOP", "NGAMIL"), ("NGAMIL", "NGACOP")}),
    ("Libya's two rival governments traded accusations of theft.", {("LBYGOV", "LBYGOV")}),
    ("Yemen's two rival governments exchanged accusations over the port.",
     {("YEMGOV", "YEMGOV")}),
])
def test_traded_accusations_each_way(pipe, text, pairs):
    evs = find(events_of(pipe, text), "11")
    assert {(code(e.source_actor), code(e.target_actor)) for e in evs} == pairs, evs


def test_court_order_on_the_military_stays_a_demand(pipe):
    evs = events_of(pipe, "A federal judge in Ohio ordered the army to reinstate the "
                    "dismissed soldiers.")
    assert find(evs, "10"), evs


# C8: "condemned the strikes" falls on the doer of the strikes told before, not on a party
# the sentence's next clause names
@pytest.mark.parametrize("text, src, tgt", [
    ("Russian missiles hit Odesa overnight, killing four people. Ukraine's foreign minister "
     "condemned the strikes and urged Berlin to send more air defences.", "UKR", "RUS"),
    ("Turkish jets bombed Kurdish villages in northern Iraq on Monday. Baghdad condemned the "
     "shelling and asked Washington to intervene.", "IRQ", "TUR"),
    ("Pakistani troops killed six men near the border with Afghanistan. The Taliban "
     "government denounced the incursion and called on Qatar to mediate.", "AFG", "PAK"),
])
def test_condemned_act_falls_on_its_doer(pipe, text, src, tgt):
    evs = [e for e in find(events_of(pipe, text), "11") if e.sentence == 1]
    assert evs and all(code(e.source_actor)[:3] == src and code(e.target_actor)[:3] == tgt
                       for e in evs), evs


# C8: the people arrested are not of a place named in the clause that describes them
@pytest.mark.parametrize("text, src, foreign", [
    ("Kenyan police arrested three people suspected of planning attacks in Somalia.",
     "KEN", "SOM"),
    ("Turkish police detained a dozen smugglers suspected of ferrying migrants into Greece.",
     "TUR", "GRC"),
    ("The Lebanese army arrested several people suspected of firing rockets toward Israel.",
     "LBN", "ISR"),
])
def test_arrested_people_not_of_the_described_place(pipe, text, src, foreign):
    evs = find(events_of(pipe, text), "17")
    assert evs and all(code(e.source_actor)[:3] == src and
                       (e.target_actor or {}).get("country") != foreign for e in evs), evs


def test_arrested_people_of_the_home_state(pipe):
    evs = find(events_of(pipe, "Kenyan police arrested three people suspected of planning "
                         "attacks in Somalia."), "17")
    assert [code(e.target_actor)[:3] for e in evs] == ["KEN"], evs
