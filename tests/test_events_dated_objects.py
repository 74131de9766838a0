"""A date that modifies the object of an act dates the object, not the act: "suspended a 2018
military pact" is a suspension of the article's time, not a 2018 background event
(events/time.py time_expression; the possessive form, "canceling next month's summit", was
already so). A date on the act's own noun still dates it ("the 2019 attack"). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, word, year", [
    ("Seoul suspended the 2018 military agreement with Pyongyang on Tuesday.", "suspended",
     "2018"),
    ("Beijing suspended its 2019 climate cooperation with the United States.", "suspended",
     "2019"),
    ("Niamey expelled the 2013 French military mission last week.", "expelled", "2013"),
    ("Pyongyang rejected the 2018 peace declaration in a statement.", "rejected", "2018"),
    ("Iran denied the 2019 attack on Saudi oil facilities.", "denied", "2019"),
])
def test_a_dated_object_does_not_date_the_act(pipe, text, word, year):
    events = [e for e in events_of(pipe, text, published="2024-06-12")
              if e.evidence["text"].startswith(word)]
    assert events, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    for e in events:
        assert not e.background, (e.cameo, e.time)
        assert year not in str((e.time or {}).get("date")), e.time


def test_a_dated_act_noun_still_dates_the_act(pipe):
    text = "The 2016 coup attempt by rebel soldiers killed 250 people."
    dated = [e for e in events_of(pipe, text, published="2024-06-12")
             if "2016" in str((e.time or {}).get("date"))]
    assert dated and all(e.background for e in dated), \
        [(e.cameo, e.time, e.background) for e in events_of(pipe, text)]
