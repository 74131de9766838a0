"""Where and by whom a meeting is held is no side of it (session 38, from a dev38 article's
kind; articles written for this test):

- a named occasion with a place in its name ("the Munich Security Conference", "the Paris
  Peace Forum") is no state's body (actors.entities.OCCASION_NOUNS), and the place of one ("the
  Kazan summit") is no one of "the two leaders" (pairs._named_as_place);
- the host or broker of talks ("in talks hosted by Russian President Vladimir Putin") is
  between the two, not one of them (pairs._names_a_mediator)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, pair", [
    ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of "
     "the Kazan summit, in talks hosted by Russian President Vladimir Putin. The two leaders "
     "agreed to restore border patrols.", {"IND", "CHN"}),
    ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels "
     "in talks chaired by the French president. The two leaders agreed to resume talks.",
     {"SRB", "XKX"}),
])
def test_the_two_leaders_are_not_their_host_or_its_city(pipe, text, pair):
    got = [e for e in find(events_of(pipe, text), "05") if e.evidence["text"].startswith("agreed")]
    assert got and {code(got[0].source_actor)[:3], code(got[0].target_actor)[:3]} == pair, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


@pytest.mark.parametrize("text, name", [
    ("The Munich Security Conference opened on Friday with a speech by the German chancellor.",
     "Munich Security Conference"),
    ("Delegates gathered for the Paris Peace Forum on Monday.", "Paris Peace Forum"),
])
def test_a_named_occasion_is_no_state(pipe, text, name):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-02-16")))
    at = text.index(name)
    assert not [e.actor for e in doc.entities if e.start <= at < e.end and e.actor], \
        [(doc.text[e.start:e.end], e.actor) for e in doc.entities]
