"""How long is not when: "sentenced him to 16 years", "shelled the town for three days", "for
a fourth day" gave the event the time "16 years" / "three days" (time._duration knew only
"a 44-day war" shapes). A count of time units after "for", "to" or "within" is now no time of
the event; a date beside it still is, "three days ago" still dates it, and so does a date
after "to" that counts nothing ("to next month"). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _times(pipe, text):
    doc = pipe.run(Document(text=text, meta=Meta(published="2025-03-14")))
    return [(e.time or {}).get("text") for e in doc.events]


@pytest.mark.parametrize("text", [
    "A court in Tehran sentenced the French teacher to eight years in prison.",
    "Government troops besieged the rebel town for six weeks.",
    "Russian jets bombed the outskirts of Idlib for a fourth day.",
])
def test_a_span_of_time_is_no_time_of_the_event(pipe, text):
    times = _times(pipe, text)
    assert times and all(t is None for t in times), times


@pytest.mark.parametrize("text, expected", [
    ("A court in Tehran sentenced the French teacher to eight years in prison on Tuesday.",
     "on Tuesday"),
    ("Russian jets bombed the outskirts of Idlib two days ago.", "two days ago"),
    # a date after "to" that counts nothing stays a date
    ("Egypt postponed its talks with Ethiopia on the dam to next month.", "next month"),
])
def test_a_date_beside_it_still_dates_the_event(pipe, text, expected):
    assert expected in _times(pipe, text)
