"""A frame of the statement before an interjected speaker and cue ("Now, according to the
survey, ...", "Among the projects at risk, ...", "Sooner or later, the coach told reporters,
...") is part of what was said (forms.interjected); a frame naming when or where a quotation
was said ('On Friday, she tweeted, "..."') is the writer's."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, before, after", [
    ("Now, according to a new survey of farmers, most growers are switching to wheat.",
     "Now", "most growers are switching to wheat"),
    ("Among the projects at risk, according to the auditor, are three bridges in the north.",
     "Among the projects at risk", "are three bridges in the north"),
    ("Sooner or later, the coach told reporters, the team will have to find a new striker.",
     "Sooner or later", "the team will have to find a new striker"),
])
def test_a_frame_before_an_interjected_cue_is_part_of_what_was_said(text, before, after):
    q = quote_with(analyse(text), after)
    assert content_parts(q) == [before, after], content_parts(q)


def test_a_frame_naming_when_a_quotation_was_said_is_the_writers():
    doc = analyse('On Friday, she tweeted, "The harbour stays open. We will not give up."')
    q = quote_with(doc, "The harbour stays open")
    assert "Friday" not in q.content["text"], content_parts(q)
