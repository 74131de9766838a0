"""A dateline ("LUXEMBOURG -", "NAIROBI (Reuters) -") says where a story was filed: it is no
part of a speaker, of what was said, or of an actor's words, and no subject of the sentence it
opens. Sentences written for this test; the whole pipeline runs."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline
from newsdesk.stages.base import dateline_end


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str):
    return pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))


@pytest.mark.parametrize("text, end", [
    ("JERUSALEM — Israel said", len("JERUSALEM — ")),
    ("HAVANA (AP) - Cuba said", len("HAVANA (AP) - ")),
    ("BIARRITZ, France -- Leaders met", len("BIARRITZ, France -- ")),
    ("NATO said on Monday", 0),
    ("US-China talks - a timeline", 0),
])
def test_dateline_end(text, end):
    assert dateline_end(text, 0, len(text)) == end


def test_a_dateline_is_not_part_of_the_speaker(pipe):
    doc = run(pipe, "STRASBOURG - The European Parliament said on Wednesday that the "
                    "treaty should be suspended.")
    assert doc.quotes and doc.quotes[0].source["text"].startswith("The European Parliament")


def test_a_dateline_is_not_part_of_what_was_said(pipe):
    doc = run(pipe, "ADDIS ABABA - Ethiopian troops entered the town on Sunday, residents said.")
    assert doc.quotes and doc.quotes[0].content["text"].startswith("Ethiopian troops")


@pytest.mark.parametrize("text, source, words", [
    ("HARARE - Police detained 14 opposition activists on Friday.", "COP", "Police"),
    ("DHAKA (Reuters) - Bangladeshi police arrested 12 garment workers on Monday.", "BGDCOP",
     "Bangladeshi police"),
])
def test_the_subject_after_a_dateline_is_the_actor(pipe, text, source, words):
    event = [e for e in run(pipe, text).events if e.cameo.startswith("17")][0]
    assert event.source_actor["code"].endswith(source)
    assert event.source_actor["text"] == words
