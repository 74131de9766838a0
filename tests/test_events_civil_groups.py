"""Groups named by their trade or standing act for their sector (lexicons/institutions.tsv):
miners and labourers are labour (LAB), herders and herdsmen agriculture (AGR), traders and
shopkeepers business (BUS), elders, settlers and pensioners civilians (CVL), with the country
their phrase or clause names; their violence is unconventional (CAMEO 180s), not a military
attack. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, source", [
    ("LIMA - Striking Peruvian miners blocked the highway to the port on Tuesday.", "14",
     "PERLAB"),
    ("ACCRA - Ghanaian shopkeepers marched through the capital on Monday.", "14",
     "GHABUS"),
    ("NIAMEY - Nigerien herdsmen attacked a farming village on Sunday, killing 9 people.", "18",
     "NERAGR"),
    ("ISLAMABAD - Pakistani tribal elders met army commanders in Peshawar on Friday.", "04",
     "PAKCVL"),
])
def test_a_group_named_by_its_trade_acts_for_its_sector(pipe, text, root, source):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor) == source, (evs[0].cameo, evs[0].source_actor)


def test_an_attack_by_a_civil_group_is_not_a_military_one(pipe):
    text = "BAMAKO - Armed Malian herders raided a village on Sunday, killing 5 civilians."
    codes = [e.cameo for e in events_of(pipe, text) if (e.source_actor or {}).get("sector") == "AGR"]
    assert codes and all(c.startswith("18") for c in codes), codes
