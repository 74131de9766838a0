"""The relative or question word before a speaker's clause is the first part of what was said
('in [what] engineers called [the worst flood]', '[which] the council has vowed [to repeal]';
quotes/wh_leads.py); a complementiser "that" and a place's "where" are not."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _attribution(doc, cue: str):
    found = [q for q in doc.quotes + doc.beliefs if q.cue and q.cue["text"] == cue]
    assert found, [(q.cue, q.content["text"]) for q in doc.quotes + doc.beliefs]
    return found[0]


@pytest.mark.parametrize("text, cue, word, rest", [
    ("The river rose again in what engineers called the worst flood in forty years.",
     "called", "what", "the worst flood"),
    ("Farmers staged a march against the water levy, which the council has vowed to repeal "
     "next spring.", "has vowed", "which", "to repeal"),
    ("The minister flew to Oslo, a city that she called the best partner her country has.",
     "called", "that", "the best partner"),
])
def test_the_word_opening_the_speakers_clause_is_part_of_the_content(text, cue, word, rest):
    parts = content_parts(_attribution(analyse(text), cue))
    assert parts[0] == word, parts
    assert any(p.startswith(rest) for p in parts[1:]), parts


@pytest.mark.parametrize("text, cue, words", [
    ("He said that officials announced the closure of the mine.", "announced",
     "the closure of the mine"),
    ("The fleet sailed to Bergen, where the admiral says the ships will stay until June.",
     "says", "the ships will stay until June"),
])
def test_a_complementiser_or_a_place_is_no_part_of_it(text, cue, words):
    doc = analyse(text)
    found = [q for q in doc.quotes + doc.beliefs if q.cue and q.cue["text"] == cue]
    for q in found:
        assert content_parts(q)[0].startswith(words) or content_parts(q)[0].startswith("that " + words), q
