"""A verb of force done "with" words or notions is a metaphor, no event ("bombarded the
governor with complaints"); done with arms, or a mass of shots, it stays force
(figurative.armed_with_words). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def force(evs):
    return [e for e in evs if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Angry shareholders bombarded the chief executive with emails after the merger.",
    "The lawyer attacked the witness with a barrage of questions.",
    "Her rivals have bombarded voters with accusations for weeks.",
    "The committee attacked the minister with a flood of criticism.",
])
def test_force_done_with_words_is_no_event(pipe, text):
    assert not force(events_of(pipe, text)), [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Syrian government forces bombarded Idlib with artillery on Sunday.",
    "Gunmen attacked the checkpoint with a barrage of grenades.",
])
def test_force_done_with_arms_stays(pipe, text):
    assert force(events_of(pipe, text))


@pytest.mark.parametrize("text", [
    "Soldiers beat the detainees with impunity, a rights group said.",
    "Police attacked the marchers with brutal force in the capital.",
])
def test_force_done_in_a_manner_stays(pipe, text):
    # (police force on marchers is repression, 175)
    assert [e for e in events_of(pipe, text) if e.cameo[:2] in ("17", "18", "19", "20")], [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
