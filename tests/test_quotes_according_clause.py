""""According to X" attributes the clause it is set in (quotes/according.py): the tagger's
content may hold only the last clause of a long sentence, or the clause after the phrase when
the phrase follows the main verb."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def test_an_opening_according_to_takes_the_whole_rest_of_the_sentence():
    doc = analyse("According to Mendez, the club has changed coaches four times since May "
                  "because many players disliked the new training plan.")
    quote = quote_with(doc, "many players disliked")
    assert quote.cue["text"] == "According to"
    assert quote.source["text"] == "Mendez"
    assert content_parts(quote) == ["the club has changed coaches four times since May because "
                                    "many players disliked the new training plan"]


def test_after_the_main_verb_it_attributes_the_clause_before_it():
    doc = analyse("The council approved the budget on Tuesday, according to two members who "
                  "attended the closed session, but the mayor plans to veto it.")
    quote = quote_with(doc, "The council approved")
    assert quote.source["text"] == "two members who attended the closed session"
    assert content_parts(quote) == ["The council approved the budget on Tuesday"]


def test_a_linking_word_before_it_still_opens_the_clause():
    doc = analyse("Turnout was low in the north. But according to the election board, the final "
                  "count will be published on Friday and a recount is unlikely.")
    quote = quote_with(doc, "the final count")
    assert content_parts(quote) == ["the final count will be published on Friday and a "
                                    "recount is unlikely"]


def test_a_quoted_sentence_is_left_to_the_quotation_rules():
    doc = analyse('"We will not sell the port," the minister said on Monday, according to a '
                  "transcript released by her office.")
    quote = quote_with(doc, "We will not sell the port")
    assert "transcript" not in quote.content["text"], quote.content
    assert "We will not sell the port" in quote.content["text"]
