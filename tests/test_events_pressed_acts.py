""""Pressed a crackdown", "pressed their offensive", "pushed a new offensive": pressing or
pushing an act is pursuing it, so the act noun is the event, not a demand (10); pressing a
party ("pressed Beijing to release") or "for" something stays one (events/coding.py
LIGHT_VERBS; session 31, a dev article's miss; sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root", [
    ("The junta pressed its crackdown on striking teachers in the capital.", "17"),
    ("Israeli forces pressed their offensive in southern Gaza on Tuesday.", "19"),
    ("The army pushed a new offensive into the rebel-held north.", "19"),
])
def test_pressing_an_act_is_the_act(pipe, text, root):
    roots = [e.cameo[:2] for e in events_of(pipe, text)]
    assert root in roots and "10" not in roots, roots


@pytest.mark.parametrize("text", [
    "Washington pressed Beijing to free the detained activists.",
    "The opposition pressed for early elections.",
])
def test_pressing_a_party_or_for_something_is_a_demand(pipe, text):
    assert "10" in [e.cameo[:2] for e in events_of(pipe, text)]
