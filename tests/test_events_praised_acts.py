"""Praise of an act the article told before ("Washington welcomed the meeting") is for that
act's sides (anaphora.praised_parties): both of them when the act is done together (a meeting,
a summit, an agreement), its doer otherwise; praise of an act no sentence tells is no event.
Session 40, from the kind of a dev41 and a dev42 article; articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _praise(pipe, text, praiser):
    return {code(e.target_actor)[:3] for e in find(events_of(pipe, text), "05")
            if code(e.source_actor).startswith(praiser) and e.cameo.startswith("051")}


@pytest.mark.parametrize("text, praiser, sides", [
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on "
     "Wednesday, their first formal talks in five years. Russia welcomed the meeting.",
     "RUS", {"IND", "CHN"}),
    ("Serbian and Kosovar leaders signed an agreement on vehicle plates in Brussels on "
     "Thursday. The U.S. State Department welcomed the accord.", "USA", {"SRB", "XKX"}),
])
def test_praise_of_a_joint_act_is_for_both_sides(pipe, text, praiser, sides):
    assert _praise(pipe, text, praiser) == sides


def test_praise_of_one_sides_act_is_for_its_doer(pipe):
    text = ("Japan sent emergency aid to Turkey on Tuesday after the earthquake. Turkey's "
            "foreign ministry welcomed the aid.")
    assert _praise(pipe, text, "TUR") == {"JPN"}


def test_praise_of_nothing_told_is_no_event(pipe):
    text = "The weather in Geneva was mild. Switzerland welcomed the summit."
    assert not _praise(pipe, text, "CHE")


def test_praise_of_ones_own_joint_act_is_no_praise_of_the_other_side(pipe):
    text = ("Chile and Argentina signed a lithium accord in Santiago on Monday. The two "
            "presidents praised the accord as historic.")
    got = [e for e in events_of(pipe, text) if e.cameo.startswith("051")]
    assert not got, [(e.source_actor, e.target_actor) for e in got]
