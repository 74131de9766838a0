"""The second half of a statement after a comma and "and that" / "but that", or "but" and a
verb phrase sharing the statement's subject, is part of the content (issue 15, content
boundaries); a clause with a subject of its own after "and" or "but" is not added. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said", [
    ("The minister said the talks had stalled, but that both sides would meet again in May.",
     "the talks had stalled, but that both sides would meet again in May"),
    ("The coach said the team had trained hard all week, and that the injured striker would "
     "start on Sunday.",
     "the team had trained hard all week, and that the injured striker would start on Sunday"),
    ("The senator said the new bill helped farmers, but hurt small shops in the cities.",
     "the new bill helped farmers, but hurt small shops in the cities"),
])
def test_the_second_half_is_content(text, said):
    doc = analyse(text)
    q = quote_with(doc, said.split(",")[0])
    assert q.content["text"] == said


@pytest.mark.parametrize("text, said, writer", [
    ("The mayor said the port was shut, and ships waited offshore for days.",
     "the port was shut", "ships waited"),
    ("Officials said the bridge was safe, but engineers disagreed.",
     "the bridge was safe", "engineers"),
])
def test_a_clause_of_its_own_is_not_added(text, said, writer):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert writer not in q.content["text"]
