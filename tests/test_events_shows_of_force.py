"""Shows of force (CAMEO 15): troops massed, moved or deployed at "the border with X" are
shown to X (the state across the border is the target, not only a place); forces put on
alert (152) are the doer's own, no target; moving units or troops is 154. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def shows(pipe, text):
    return [(e.cameo, (e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in events_of(pipe, text) if e.cameo.startswith("15")]


@pytest.mark.parametrize("text, want", [
    ("Ethiopia massed troops on its border with Eritrea last week.", ("154", "ETH", "ERI")),
    ("Venezuela moved tanks toward the border with Guyana on Sunday.", ("154", "VEN", "GUY")),
    ("Pakistan deployed extra battalions along the frontier with Afghanistan.",
     ("154", "PAK", "AFG")),
])
def test_a_show_of_force_at_a_border_is_aimed_across_it(pipe, text, want):
    assert want in shows(pipe, text), shows(pipe, text)


@pytest.mark.parametrize("text, doer", [
    ("Taiwan placed its forces on high alert on Thursday.", "TWN"),
    ("South Korea put its troops on alert after the launch.", "KOR"),
])
def test_forces_put_on_alert_are_the_doers_own(pipe, text, doer):
    found = [s for s in shows(pipe, text) if s[0] == "152"]
    assert found and found[0][1] == doer and found[0][2] != doer, shows(pipe, text)


@pytest.mark.parametrize("text", [
    "Ghana moved its embassy to a new building in Abuja.",
    "The minister moved the meeting to Friday.",
])
def test_moving_things_other_than_forces_is_no_show_of_force(pipe, text):
    assert not shows(pipe, text)
