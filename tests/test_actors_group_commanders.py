"""A military word after a named armed group's name ("a PKK commander", "M23 commanders") is
the group's armed men (REB), not the state's army, as its officials and spokesmen already
were (actors/phrase._group_member). Phrases written for this test."""
from __future__ import annotations

import pytest

from newsdesk.stages.actors import code_phrase


@pytest.mark.parametrize("phrase, code", [
    ("a senior PKK commander", "TURREB"),
    ("two M23 commanders", "CODREB"),
    ("an al-Shabaab field commander", "SOMREB"),
    ("a Houthi military spokesman", "YEMREB"),
    ("Boko Haram commanders", "NGAREB"),
])
def test_an_armed_groups_commander_is_the_group(phrase, code):
    assert code_phrase(phrase)["code"] == code


@pytest.mark.parametrize("phrase, code", [
    ("a Turkish army commander", "TURMIL"),
    ("Nigerian military commanders", "NGAMIL"),
    ("the Hamas-run health ministry", "PSEGOV"),
])
def test_a_states_own_commanders_and_bodies_stay(phrase, code):
    assert code_phrase(phrase)["code"] == code
