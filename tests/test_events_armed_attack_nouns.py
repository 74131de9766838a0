"""An attack named by a noun with its weapon: "launched a drone attack on Kyiv", "carried out
a missile strike on the country's power grid". The weapon word cued the light verb's own
row ("launch" + drone), which hid the attack noun and its "on" phrase, so the one attacked
was lost; and an attack "on" a word of no known kind was read as a metaphor ("war on money
laundering") even with its weapon named or a state owning what was hit
(coding.find_triggers, figurative.noun_domain). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _force(pipe, text):
    return [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, pair", [
    ("Iran launched a drone attack on Erbil late on Monday.", ("IRN", "IRQ")),
    ("Azerbaijan launched an artillery assault on Stepanakert this week.", ("AZE", None)),
    ("Israel launched a rocket attack against Hezbollah positions in southern Lebanon.",
     ("ISR", "LBN")),
])
def test_a_weapon_word_on_the_attack_noun_keeps_the_one_attacked(pipe, text, pair):
    evs = _force(pipe, text)
    assert evs, events_of(pipe, text)
    src, tgt = evs[0].source_actor or {}, evs[0].target_actor or {}
    assert src.get("country") == pair[0]
    if pair[1]:
        assert tgt.get("country") == pair[1], (src, tgt)
    else:
        assert tgt, (src, tgt)


@pytest.mark.parametrize("text, pair", [
    ("Russia carried out a missile attack on Ukraine's gas network on Tuesday.", ("RUS", "UKR")),
    ("Turkey launched an air assault on Syrian oil infrastructure.", ("TUR", "SYR")),
    ("Pakistan mounted a military offensive against Afghan border outposts.", ("PAK", "AFG")),
])
def test_an_attack_on_a_thing_of_no_known_kind_is_force_with_arms_or_an_owner(pipe, text, pair):
    evs = _force(pipe, text)
    assert evs, events_of(pipe, text)
    assert ((evs[0].source_actor or {}).get("country"),
            (evs[0].target_actor or {}).get("country")) == pair


@pytest.mark.parametrize("text", [
    "The government declared war on money laundering last year.",
    "The new governor launched an assault on red tape in the permit office.",
    "The senator mounted an attack on the spending package.",
])
def test_an_attack_on_a_notion_stays_no_event(pipe, text):
    assert not _force(pipe, text), events_of(pipe, text)


# Fighting "on" a part of a place the text names is where it is fought, no abstract target
# (figurative._part_of_a_named_place): "battles on the eastern edge of El Fasher".
@pytest.mark.parametrize("text", [
    "Ukrainian troops fought fierce battles on the southern outskirts of Pokrovsk on Sunday.",
    "Government forces and the rebels (ADF) fought heavy battles on the northern edge of Beni.",
    "Houthi fighters fought a long battle on the western flank of Marib last year.",
])
def test_battles_on_a_part_of_a_named_place_are_fighting(pipe, text):
    assert _force(pipe, text), [e.cameo for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "The mayor waged a battle on the corruption of Lagos.",
    "The new governor declared war on the drug trade of the province.",
])
def test_a_war_on_a_notion_of_a_place_is_still_no_force(pipe, text):
    assert not _force(pipe, text), [e.cameo for e in events_of(pipe, text)]
