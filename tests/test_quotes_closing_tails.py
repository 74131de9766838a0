"""After a closing attribution ('"A," the director said ...') what the writer adds in that
sentence is no part of the quote: the question it answered, the occasion and a programme's
title (quotes/closing_tails.py); the second half of a split quotation stays."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, words, tail", [
    ('"We will not close the plant," the director said when asked whether the workers should '
     'worry.', "We will not close the plant", "whether the workers"),
    ('"The water is safe to drink," the mayor said in an interview with "Morning Harbour," a '
     'local radio show.', "The water is safe to drink", "Morning Harbour"),
    ('"We are proud of this team," the principal said at a ceremony for "Young Builders," the '
     "school's robotics club.", "We are proud of this team", "Young Builders"),
])
def test_what_follows_a_closing_attribution_is_no_part_of_the_quote(text, words, tail):
    quote = quote_with(analyse(text), words)
    assert tail not in quote.content["text"], quote.content
    assert len(quote.content.get("parts") or [quote.content]) == 1, quote.content


def test_the_second_half_of_a_split_quotation_stays():
    quote = quote_with(analyse('"It was a fair result," the coach said, "and we move on."'),
                       "It was a fair result")
    assert "we move on" in quote.content["text"], quote.content



@pytest.mark.parametrize("text, first, second", [
    # a speaker's place abbreviated the AP way ends the sentence with the abbreviation's stop;
    # the parse or the tagger runs that sentence on into the next quotation, which is the
    # same speaker's (NYT copy marks quotations with two apostrophes)
    ("''The line moved fast,'' said Tom Reed, 20, of Dayton, Fla. ''We cut back on everything, "
     "so that makes the holidays a little quieter.''", "The line moved fast", "We cut back"),
    ("''Nobody warned us,'' said Ellen Park, a nurse from Fresno, Calif. ''The shift changed "
     "overnight and the ward was left short.''", "Nobody warned us", "The shift changed"),
    ("''It was a long winter,'' said Jane Hale of Worcester, Mass. ''Heating cost twice what it "
     "did last year.''", "It was a long winter", "Heating cost twice"),
    ("''We drove all night,'' said Carl Mills Jr. ''The roads were empty until dawn.''",
     "We drove all night", "The roads were empty"),
])
def test_a_quotation_after_an_abbreviation_that_ends_the_sentence_stays(text, first, second):
    quote = quote_with(analyse(text), first)
    parts = quote.content.get("parts") or [quote.content]
    assert second in quote.content["text"], quote.content
    # the abbreviation is the speaker's place, not a word of what was said
    assert not any(p["text"].split()[0].endswith(".") for p in parts), parts
