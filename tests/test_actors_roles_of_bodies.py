"""A role held by a person ("the president", "officials", "the leader") followed by "of" and a
body outside the government is a post in that body: the phrase takes the body's sector
(actors/phrase.py _led_body). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def coded(pipe, text, cameo_root):
    return [(code(e.source_actor), code(e.target_actor))
            for e in events_of(pipe, text) if e.cameo.startswith(cameo_root)]


@pytest.mark.parametrize("text, target", [
    ("NAIROBI - Police arrested the chairman of the teachers' union on Friday.", "KENEDU"),
    ("LIMA - Soldiers detained Rosa Quispe, the president of the National Farmers "
     "Confederation, near Cusco.", "PERAGR"),
    ("DHAKA - Police detained the leader of the garment workers on Sunday.", "BGDLAB"),
    ("CARACAS - Police arrested officials of the opposition party on Monday.", "VENOPP"),
])
def test_a_role_of_a_body_outside_the_state_takes_its_sector(pipe, text, target):
    found = coded(pipe, text, "17")
    assert found and found[0][1] == target, found


@pytest.mark.parametrize("text, target", [
    # "the president of the country" is the story state's head; "of" names a state organ
    ("ABUJA - Protesters attacked the convoy of the president of the country on Friday.",
     "NGAGOV"),
    ("MANILA - Police arrested the spokesman of the army on Tuesday.", "PHLMIL"),
])
def test_a_role_of_the_state_stays_the_states(pipe, text, target):
    found = [pair for root in ("17", "18") for pair in coded(pipe, text, root)]
    assert found and found[0][1] == target, found
