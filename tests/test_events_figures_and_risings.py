"""Two classes found by probing with new wire copy (session 37; sentences written for these
tests):

- an economic or regulatory force as the doer of a verb of force ("regulations that he says
  are strangling small businesses", "high fuel prices are killing the industry") is a figure
  of speech, no event (figurative.economic_doer; was 1823 "kill by physical assault");
- a state crushing, quelling or putting down a rising ("crushed the rebellion", "quelled the
  protests") uses force on those who rise: 190 on the rebels, 175 on the civilians (was no
  event: the object, an abstract noun, made the force a figure).
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Rising fuel prices are killing truck drivers, the union said.",
    "The senator said regulations that the agency wrote are strangling family farmers.",
    "Critics say the tax is killing small business owners.",
])
def test_economic_forces_use_no_force(pipe, text):
    force = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]
    assert not force, [(e.cameo, e.evidence["text"]) for e in force]


@pytest.mark.parametrize("text, want", [
    ("Nigeria's army crushed the mutiny within hours.", ("190", "NGAMIL", "NGAREB")),
    ("Kazakh security forces quelled the riots in Almaty.", ("175", "KAZ", "KAZCVL")),
    ("The Bolivian army put down the revolt in La Paz.", ("190", "BOLMIL", "BOLREB")),
])
def test_crushing_a_rising_is_force_on_those_who_rise(pipe, text, want):
    force = [e for e in events_of(pipe, text) if e.cameo[:2] in ("17", "18", "19")]
    assert force, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    got = (force[0].cameo, code(force[0].source_actor), code(force[0].target_actor))
    assert got[0] == want[0] and got[1].startswith(want[1]) and got[2] == want[2], got
