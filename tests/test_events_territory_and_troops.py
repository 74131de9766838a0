"""Lexicon classes from a hand-coded dev article set, each with new sentences:
- foreign troops or soldiers expelled are a reduction of relations (166), not individuals
  deported (174);
- leaving a bloc named in full ("the Economic Community of West African States") is 161;
- seizing or capturing an island, a reef, a crossing or a district is occupying territory
  (192), not confiscating property (1711);
- a state's supply, delivery or transfer of arms to another, named by a noun, is military aid
  (072), and the arms are the means, never its target.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _codes(pipe, text):
    return [(e.cameo, (e.source_actor or {}).get("code") or "", (e.target_actor or {}).get("code")
             or "") for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Chad expelled French soldiers stationed in N'Djamena.",
    "The new government expelled the Russian military contingent.",
])
def test_foreign_troops_expelled(pipe, text):
    codes = [c for c, _, _ in _codes(pipe, text)]
    assert "166" in codes and "174" not in codes, _codes(pipe, text)


def test_leaving_a_community_named_in_full(pipe):
    found = _codes(pipe, "Niger quit the Economic Community of West African States in January.")
    assert any(c == "161" for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Vietnamese forces seized a reef claimed by Manila.",
    "M23 rebels captured the border crossing at Kitagoma.",
    "Troops seized the district of Panjwai after heavy fighting.",
])
def test_territory_seized_is_occupied(pipe, text):
    codes = [c for c, _, _ in _codes(pipe, text)]
    assert "192" in codes and "1711" not in codes, _codes(pipe, text)


def test_arms_delivered_are_no_target(pipe):
    found = _codes(pipe, "Pyongyang's transfer of artillery shells to Moscow alarmed Seoul.")
    aid = [f for f in found if f[0] == "072"]
    assert aid and aid[0][1].startswith("PRK") and aid[0][2].startswith("RUS"), found
