"""Protesters who gather, assemble or mass somewhere demonstrate (CAMEO 141): the people are
named by their protest. Other people who gather do not, unless a protest is their aim; nor
do troops (a build-up is another act). Sentences written for these tests (none from the gold
data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Thousands of protesters gathered outside parliament in Tbilisi on Sunday.",
    "Demonstrators assembled in front of the Kenyan presidential palace on Tuesday.",
    "Hundreds of demonstrators massed in central Caracas on Saturday.",
])
def test_protesters_who_gather_demonstrate(pipe, text):
    events = find(events_of(pipe, text), "14")
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Hundreds of fans gathered in Lima to celebrate the victory.",
    "Families gathered at the airport to welcome the returning soldiers.",
])
def test_other_gatherings_are_no_demonstration(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "14"), [(e.cameo, code(e.source_actor)) for e in events]
