"""'A told the paper that B, who was there, told her C': the outer speaker's content is B's
whole clause (B and all), and C is B's, reported through A's quote — never A's words with B
skipped, nor a content that opens inside B's relative clause (syntax.through_inner_speaker)."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse, quote_with

CASES = [
    ('Senator Amy Klobuchar told the Star Tribune that Senator Tina Smith, who was also there, '
     'told her the plan was "dead on arrival."', "Klobuchar", "Tina Smith", "dead on arrival"),
    ('The envoy told Al Jazeera that a Qatari mediator, who attended both rounds, assured him '
     'the deal was "very close."', "envoy", "mediator", "very close"),
    ('A farmer in Punjab told the paper that the district officer, who visited last week, '
     'promised them the canal would be "fixed by spring."', "farmer", "district officer",
     "fixed by spring"),
    ("The striker told the club's website that the manager, who signed him in 2019, told him "
     'he was "part of the future."', "striker", "manager", "part of the future"),
    ('The coach told reporters that the captain, who was in the dressing room, told him the '
     'team was "ready to fight."', "coach", "captain", "ready to fight"),
]


@pytest.mark.parametrize("text, outer, inner, words", CASES)
def test_the_inner_speaker_keeps_the_inner_words(text, outer, inner, words):
    doc = analyse(text)
    inner_q = next(q for q in doc.quotes if inner in (q.source or {}).get("text", ""))
    assert words in inner_q.content["text"]
    assert inner not in inner_q.content["text"]
    outer_q = next(q for q in doc.quotes if outer in (q.source or {}).get("text", ""))
    # the outer content holds the inner speaker whole, from the clause's start
    assert outer_q.content["text"].startswith("that "), outer_q.content["text"]
    assert inner in outer_q.content["text"] and words in outer_q.content["text"]
    assert inner_q.via == [outer_q.id]
    assert quote_with(doc, words) in (inner_q, outer_q)
