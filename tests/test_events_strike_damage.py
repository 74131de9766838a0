"""What a strike destroys is the strike; what a storm destroys is nobody's act.
"A Ukrainian drone attack set fire to an oil refinery" gave nothing ("set fire to" had no
row) and "Russian missiles destroyed a power plant" was 1712 (destroy property) rather than
force: property destroyed by a weapon or an attack is the attack (actor_rules: 190, typed
195 for aerial weapons by the subject or its compounds, "drone attack"). A storm, a fire or a
flood that destroys or kills is no actor: no event (implied.accident, for destroyed property
too, and through "gutted and destroyed").
A protest "from Beijing" is the state's official complaint (114), as "China protested" is.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _codes(pipe, text):
    return [(e.cameo, (e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"))
            for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, code, source", [
    ("Russian drones set fire to a fuel depot near Odesa.", "195", "RUS"),
    ("An Israeli drone strike damaged a hospital in Rafah.", "195", "ISR"),
    ("Russian artillery destroyed a bridge across the Donets river.", "190", "RUS"),
    ("Sudanese army warplanes destroyed a market in Nyala.", "195", "SDN"),
])
def test_damage_done_by_a_strike_is_the_strike(pipe, text, code, source):
    found = _codes(pipe, text)
    assert any(c == code and (s or "").startswith(source) for c, s, _ in found), found


def test_arson_by_a_crowd_is_a_riot(pipe):
    """(Session 38: was 1712. The PLOVER manual's riot mode is violence by a crowd meant to
    cause "physical injury and/or property damage", destruction "incidental to a riot"; a
    blind coder coded supporters' arson 145 too.)"""
    found = _codes(pipe, "Rioters set fire to the ruling party's offices in Kathmandu.")
    assert any(c == "145" for c, _, _ in found) and not any(c == "1712" for c, _, _ in found), \
        found


@pytest.mark.parametrize("text", [
    "A cyclone destroyed thousands of homes in Mozambique.",
    "Flooding damaged roads and bridges across Pakistan.",
    "A blaze gutted and destroyed the old market in Lagos.",
    "The earthquake killed at least 300 people in Afghanistan.",
])
def test_nature_is_no_actor(pipe, text):
    assert _codes(pipe, text) == [], _codes(pipe, text)


@pytest.mark.parametrize("text, source", [
    ("The warship's visit drew a sharp protest from Beijing.", "CHN"),
    ("The arrests received a formal protest from Ankara.", "TUR"),
])
def test_a_protest_from_a_state_is_an_official_complaint(pipe, text, source):
    found = _codes(pipe, text)
    assert any(c == "114" and (s or "").startswith(source) for c, s, _ in found), found
