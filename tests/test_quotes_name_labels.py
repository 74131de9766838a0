"""A speaker named by a lone name before a colon (issue 15): "Merkel: Europe must pay for
its own defence" as a headline, or a transcript's turn. Out of a sentence the parser often
tags a lone capitalised name a common noun or an adjective, and the turn rule, which wanted a
proper noun, dropped the statement; the article names the speaker in full elsewhere. Also
the headline form "<speaker> to <whom>: <words>". Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@needs_model
@pytest.mark.parametrize("text, speaker, words", [
    ("Modi: Our farmers will not pay the new levy\n\nNEW DELHI - Prime Minister Narendra Modi "
     "spoke to a rally of cane growers in Lucknow on Sunday.", "Modi",
     "Our farmers will not pay the new levy"),
    ("Sturgeon: Scotland deserves a second vote\n\nNicola Sturgeon addressed the party "
     "conference in Aberdeen on Saturday afternoon.", "Sturgeon",
     "Scotland deserves a second vote"),
    ("Macron to farmers: The reform will be delayed\n\nEmmanuel Macron met union leaders at "
     "the agricultural fair in Paris on Saturday.", "Macron", "The reform will be delayed"),
])
def test_a_lone_name_before_a_colon_is_the_speaker(text, speaker, words):
    quotes = analyse(text).quotes
    quote = next((q for q in quotes if words in q.content["text"]), None)
    assert quote is not None, quotes
    assert quote.source["text"] == speaker
    assert quote.cue["text"] == ":"


@needs_model
@pytest.mark.parametrize("text", [
    # a label that names nobody the article names as a person or organisation
    "Tuesday: Rain is expected across the north\n\nForecasters at the national weather "
    "service said temperatures would fall.",
    # a title, not a speaker and a hearer
    "Road to Damascus: A journey along the old highway\n\nThe highway was closed for most "
    "of the war and reopened last spring.",
])
def test_a_label_that_names_no_speaker_gives_no_quote(text):
    quotes = analyse(text).quotes
    first_line = text.split("\n")[0]
    assert not [q for q in quotes if q.content["start"] < len(first_line)], quotes
