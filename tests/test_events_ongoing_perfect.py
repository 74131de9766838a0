"""A present perfect of repetition up to the news ("have repeatedly harassed", "has
increasingly attacked") tells an ongoing act: current, not background (issue 19, precision
on real news); a plain perfect past the lede ("has criticised Ukraine in the past") stays
background. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline

LEAD = "Officials met in the capital on Monday. The ministry spoke to reporters. "


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _at(events, word):
    return [e for e in events if e.evidence["text"] == word]


@pytest.mark.parametrize("text, word", [
    ("Chinese vessels have repeatedly harassed Philippine boats near the shoal.", "harassed"),
    ("North Korean troops have repeatedly fired artillery near the border.", "fired"),
    ("Boko Haram has increasingly attacked Nigerian soldiers in the northeast.", "attacked"),
    ("Russian forces have been shelling Kharkiv for weeks.", "shelling"),
])
def test_an_act_repeated_up_to_the_news_is_current(pipe, text, word):
    got = _at(events_of(pipe, LEAD + text), word)
    assert got and not any(e.background for e in got)


def test_a_plain_perfect_past_the_lede_stays_background(pipe):
    got = _at(events_of(pipe, LEAD + "Russia has criticised Ukraine in the past."),
              "criticised")
    assert got and all(e.background for e in got)
