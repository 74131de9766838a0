"""An act set inside a dated period ("during the 2016 campaign", "throughout last year's
talks") takes the period's date, and so is background when that date lies well before the
story; an act named with its own date after "over"/"for" ("convicted over the 2009 killing")
still does not lend that date to the verb. Sentences written for these tests (none from the
gold data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, year", [
    ("During the 2012 election campaign, Donald Trump accused Mexico of unfair trade.",
     "11", "2012"),
    ("Throughout the 2013 negotiations, Tehran rejected any inspection of its bases.",
     "12", "2013"),
    ("During last year's border crisis, Greek police detained hundreds of migrants.",
     "17", "2016"),
])
def test_an_act_during_a_dated_period_takes_its_date(pipe, text, root, year):
    events = find(events_of(pipe, text, published="2017-04-18"), root)
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text, "2017-04-18")]
    assert (events[0].time or {}).get("date", "") == year, events[0].time
    assert events[0].background


def test_the_date_of_an_act_named_after_over_is_not_the_verbs(pipe):
    text = "A court in Ankara convicted the editor over the 2009 killing of a judge."
    events = find(events_of(pipe, text, published="2017-04-18"), "11")
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text, "2017-04-18")]
    assert (events[0].time or {}).get("date") != "2009", events[0].time
