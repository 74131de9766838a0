"""Duties, bans and tariffs on goods act on the state the goods come from ("duties on brandy
imported from the EU", "tariffs on steel from Canada": arguments._origin_of_goods).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, pair", [
    ("Australia imposed duties on wine imported from Chile on Monday.", ("AUS", "CHL")),
    ("Brazil raised tariffs on steel produced in China.", ("BRA", "CHN")),
    ("Egypt suspended imports of sugar from Sudan.", ("EGY", "SDN")),
    # a bloc as the origin (no place to locate the goods in)
    ("Beijing imposed duties on pork imported from the European Union.", ("CHN", "IGOEUR")),
    ("Canada imposed tariffs on dairy products shipped from the European Union.",
     ("CAN", "IGOEUR")),
])
def test_measures_on_goods_act_on_their_state(pipe, text, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] == "16" or e.cameo.startswith("17")]
    def party(actor):  # a bloc's "country" is IGO: its code names which
        actor = actor or {}
        return actor.get("code") if actor.get("country") == "IGO" else actor.get("country")
    got = [(party(e.source_actor), party(e.target_actor)) for e in evs]
    assert pair in got, [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]
