"""Issue 19, event actors on real articles: "the North" and "the South" in a story that
names both halves of a divided land by their states' names are those states
(actors/compass.half_state); elsewhere they stay regions of no country. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def test_the_north_cuts_off_the_south(pipe):
    text = ("SEOUL — South Korea and the United States began joint drills on Monday, and North "
            "Korea condemned them. The North fired two missiles into the sea on Tuesday and cut "
            "off the military hotline with the South.")
    cut = [e for e in events_of(pipe, text) if e.cameo.startswith("161")]
    assert [((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in cut] == [("PRK", "KOR")], [(e.source_actor, e.target_actor) for e in cut]


def test_the_south_of_one_country_is_no_state(pipe):
    doc = pipe.run(Document(text="Storms battered the South on Monday, and floods closed roads "
                                 "across Georgia and Alabama.", meta=Meta(published="2024-05-10")))
    south = [e for e in doc.entities if doc.text[e.start:e.end] == "South"]
    assert all(not (e.actor or {}).get("country") for e in south), [e.actor for e in south]
