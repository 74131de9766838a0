"""Acts on ground (issue 19, real news): armed actors taking or holding ground (CAMEO 192
occupy territory), cutting the roads and supply lines an opponent uses or laying siege (191
blockade), fleeing an opponent's offensive and bringing troops home from abroad (0874
retreat). Two such acts in one sentence are two events, and the ground taken is taken from
the opponent the other act names. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("Rebel fighters controlled most of the highway between Idlib and Aleppo after the army "
     "withdrew.", "SYR", "SYR"),
    ("Al-Shabaab militants controlled the town of Baidoa for two weeks.", "SOM", "SOM"),
    ("Government troops secured the highway from Tripoli to Misrata.", "LBY", "LBY"),
    ("Russian troops secured the airport outside Kherson.", "RUS", "UKR"),
    ("Houthi rebels took control of the port of Hodeidah.", "YEM", "YEM"),
])
def test_taking_or_holding_ground_is_occupying_territory(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "192")
    assert (source, target) in got, got


@pytest.mark.parametrize("text, source, target", [
    ("Ukrainian troops cut the road to Kreminna used by Russian forces.", "UKR", "RUS"),
    ("RSF fighters severed the main supply line of the Sudanese army.", "SDN", "SDN"),
    ("Houthi fighters laid siege to the city of Taiz, where Yemeni government troops were "
     "trapped.", "YEM", "YEM"),
    ("M23 rebels cut off the main road linking Goma to the rest of Congo.", "COD", "COD"),
])
def test_cutting_roads_or_laying_siege_is_a_blockade(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "191")
    assert (source, target) in got, got


@pytest.mark.parametrize("text, source, opponent", [
    ("Kurdish fighters controlled most of the road between Kobani and Raqqa, cutting off a "
     "key supply route for the Islamic State.", "SYR", "IMG"),
    ("Azerbaijani troops secured the town of Shusha, cutting off the main supply route for "
     "Armenian forces.", "AZE", "ARM"),
    ("Russian troops secured the airport outside Kherson, cutting off the main supply route "
     "for Ukrainian forces.", "RUS", "UKR"),
])
def test_taking_ground_and_cutting_a_route_are_two_acts_on_one_opponent(pipe, text, source,
                                                                        opponent):
    events = events_of(pipe, text)
    cut = {(s, t[:3]) for s, t in dyads(events, "191")}
    assert (source, opponent) in cut, cut
    assert find(events, "192"), [e.cameo for e in events]


def test_ground_taken_with_no_one_named_is_taken_from_the_opponent_cut_off(pipe):
    text = ("Kurdish officials in Erbil said they controlled 30 miles of the road, cutting off "
            "a supply route for the Islamic State.")
    got = {(s, t[:3]) for s, t in dyads(events_of(pipe, text), "192")}
    assert ("IRQ", "IMG") in got, got


@pytest.mark.parametrize("text, source, target", [
    ("Afghan soldiers fled the Taliban offensive on Kunduz.", "AFG", "AFG"),
    ("Sudanese army units fled the offensive by the Rapid Support Forces.", "SDN", "SDN"),
    ("Ukrainian conscripts fled the Russian advance on the town.", "UKR", "RUS"),
])
def test_fleeing_an_offensive_is_retreating_before_its_owner(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "0874")
    assert (source, target) in got, got


def test_the_offensive_fled_is_still_an_attack_of_its_own(pipe):
    text = "Government soldiers fled the jihadists' offensive in northern Burkina Faso."
    events = events_of(pipe, text)
    assert find(events, "0874") and find(events, "19"), [e.cameo for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("The French president said he would bring French soldiers in Mali home next year.",
     "FRA", "MLI"),
    ("Britain will bring its troops home from Afghanistan.", "GBR", "AFG"),
    ("Moscow brought its soldiers home from Syria last month.", "RUS", "SYR"),
    ("Kenya will bring its police officers home from Haiti.", "KEN", "HTI"),
])
def test_bringing_troops_home_is_withdrawing_from_where_they_are(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "0874")
    assert (source, target) in got, got


@pytest.mark.parametrize("text, root", [
    ("The government controls the price of bread.", "19"),
    ("The company secured a loan from the bank.", "19"),
    ("Police cut off power to the building.", "19"),
    ("Civilians fled the fighting in Khartoum.", "0874"),
    ("Families asked the government to bring the hostages home from Gaza.", "0874"),
])
def test_no_act_on_ground(pipe, text, root):
    assert not find(events_of(pipe, text), root)


def test_cutting_supplies_stays_a_cut_in_aid(pipe):
    assert find(events_of(pipe, "The army cut supplies to the rebels."), "162")
