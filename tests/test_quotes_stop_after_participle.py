"""After '"A," X said, referring to Y.' the quotation opening the next sentence goes on with
X's "said": its opening mark, which the parser hangs on the sentence before, does not make the
participle of that sentence's tail ("referring to") a second cue of its own for it
(bounds.second_cue reads the sentence of the content's words, roots.word_span)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, first, second", [
    ("''The bus is the only link to the city,'' the village elder said, referring to the old "
     "coach that leaves once a day. ''Without it, the young people would all move away.''",
     "The bus is the only link", "Without it, the young people would all move away"),
    ("''The clinic is the only hope for these children,'' the nurse said, referring to the small "
     "hospital that opens twice a week. ''Without it, many of them would die.''",
     "The clinic is the only hope", "Without it, many of them would die"),
])
def test_the_next_quotation_is_no_statement_of_the_participle(text, first, second):
    doc = analyse(text)
    quote = quote_with(doc, first)
    assert second in quote.content["text"], quote.content
    assert quote.cue["text"] == "said"
    assert not [q for q in doc.quotes if q is not quote and second in q.content["text"]]
