"""A quotation that opens the sentence after a stop is a piece of that sentence, though the
parser hangs its opening mark on the sentence before (quotes/bounds.py sentence_pieces,
attribution._best_cue with roots.word_span): after '"A," X said, pointing out Y.' the next
quotation goes on with X's "said", not with "pointing out", and is no part of Y."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, first, second", [
    ("''Forty years ago, this street was full of shops,'' Ms. Lindqvist said, pointing out "
     "where the bakery and the shoe shop used to be. ''But those days are never coming back.''",
     "Forty years ago", "But those days are never coming back"),
    ("''The ferry is the only way to the mainland,'' the harbour master said, referring to the "
     "old car ferry that crosses twice a day. ''Without it, the island would be cut off.''",
     "The ferry is the only way", "Without it, the island would be cut off"),
])
def test_a_quotation_after_a_stop_goes_on_with_the_main_cue(text, first, second):
    doc = analyse(text)
    quote = quote_with(doc, first)
    assert second in quote.content["text"], quote.content
    assert quote.cue["text"] == "said"
    assert not [q for q in doc.quotes if q is not quote and second in q.content["text"]]
