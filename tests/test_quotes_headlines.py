"""Headlines that attribute (issue 15): "President X Says Talks Still Possible". Headlines
drop the verb of what is said, the parser reads it as an object, and the statement was lost
or kept as a stance. Headlines written for these tests, each above a short body, analysed as
a text whose first line is part of the body (as the real-news articles give it)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")

BODY = "\n\nPhoto: Staff photographer\n\nThe talks were first held in the capital in 2019."


@needs_model
@pytest.mark.parametrize("headline, speaker, words", [
    ("President Lula Says Trade Deal Still Possible", "Lula", "Trade Deal Still Possible"),
    ("Norway Says Fishing Quota Final", "Norway", "Fishing Quota Final"),
    ("Thai Army Chief Warns Coup Rumours 'Dangerous'", "Thai Army Chief", "Coup Rumours"),
    ("Egypt's Foreign Minister Says Dam Talks Deadlocked", "Foreign Minister",
     "Dam Talks Deadlocked"),
])
def test_a_headline_statement_without_a_verb_is_a_quote(headline, speaker, words):
    quotes = analyse(headline + BODY).quotes
    quote = next((q for q in quotes if words in q.content["text"]), None)
    assert quote is not None, quotes
    assert speaker in quote.source["text"] and quote.cue["text"] in ("Says", "Warns")


@needs_model
@pytest.mark.parametrize("headline", [
    "Police Chief Warns Of Riots Ahead Of Vote",
    "What The Minister Says About Taxes",
])
def test_a_headline_whose_verb_has_no_statement_gives_no_quote(headline):
    quotes = analyse(headline + BODY).quotes
    assert not [q for q in quotes if q.content["start"] < len(headline)], quotes
