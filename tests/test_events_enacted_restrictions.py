"""Sanctions, tariffs and duties a state implements, introduces, enacts, levies, puts or
places on another are imposed (CAMEO 163), as those it imposes or adopts are; a hotline or
the military or diplomatic channel between two states cut or severed is a relation cut
(161); surveillance or bomber flights authorized, begun or conducted show military power
(150). Rows of lexicons/cameo_verbs.tsv, cued by the object. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import check_act, code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, source, target", [
    ("Turkey implemented retaliatory tariffs on American rice and tobacco.", "163", "TUR",
     "USA"),
    ("Australia levied anti-dumping duties on Chinese aluminium last year.", "163", "AUS",
     "CHN"),
    ("Britain introduced sanctions against Syrian officials on Monday.", "163", "GBR", "SYR"),
    ("The Philippines enacted a tariff on Vietnamese rice.", "163", "PHL", "VNM"),
    ("Japan put sanctions on two North Korean banks in 2017.", "163", "JPN", "PRK"),
    ("Canada placed new restrictions on Iranian airlines.", "163", "CAN", "IRN"),
    ("Pakistan cut the military hotline with India after the raid.", "161", "PAK", "IND"),
    ("Azerbaijan severed diplomatic communications with Armenia in 1992.", "161", "AZE",
     "ARM"),
])
def test_a_measure_enacted_or_a_channel_cut(pipe, text, act, source, target):
    check_act(pipe, text, act, source, target)


@pytest.mark.parametrize("text", [
    "The ministry introduced a new history curriculum in schools.",
    "Rebels cut the power lines to the town.",
])
def test_other_things_introduced_or_cut_are_no_sanction_nor_break(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith(("163", "161"))]


@pytest.mark.parametrize("text, source, target", [
    ("Washington authorized reconnaissance flights over Venezuela on Friday.", "USA", "VEN"),
    ("The Russian air force began surveillance flights over the Black Sea near Romania.",
     "RUS", None),
])
def test_spy_flights_authorized_or_begun_show_military_power(pipe, text, source, target):
    evs = [e for e in events_of(pipe, text) if e.cameo == "150"]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(source), evs[0].source_actor
    if target:
        assert code(evs[0].target_actor).startswith(target), evs[0].target_actor


def test_airline_flights_resumed_are_no_show_of_force(pipe):
    assert not [e.cameo for e in events_of(pipe, "Airlines resumed flights to Cairo on Monday.")
                if e.cameo.startswith("15")]


def test_tariffs_walked_back_are_eased(pipe):
    evs = [e for e in events_of(pipe, "Seoul walked back its tariffs on Japanese steel in 2020.")
           if e.cameo == "085"]
    assert evs and code(evs[0].target_actor).startswith("JPN"), evs
