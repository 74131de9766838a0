"""An "according to X" attribution is judged on the clause the phrase qualifies, once
according.according_clause has set it, not on the piece the tagger read first ("[six trucks
and two buses], according to the border police": a noun phrase alone, read as a stance): a
statement of X's (attribution.find_attributions, after according_clause)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, source, words", [
    ("As they crossed the bridge, the convoy — six trucks and two buses, according to the "
     "border police — and a line of cars slowed to a crawl.", "the border police",
     "six trucks and two buses"),
    ("As the march reached the square, the crowd — about two thousand people, according to "
     "the organisers — and a brass band came to a halt.", "the organisers",
     "about two thousand people"),
])
def test_according_to_in_dashes_is_a_statement(text, source, words):
    doc = analyse(text)
    said = [q for q in doc.quotes if q.cue["text"] == "according to"]
    assert [q.source["text"] for q in said] == [source]
    assert words in said[0].content["text"]
    assert not [b for b in doc.beliefs if b.cue["text"] == "according to"]
