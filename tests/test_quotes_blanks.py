"""A run of spaces inside a sentence ("some 40  events", where a page lost a link) or a no-break
space between two words is a token of its own in the parse; the quote tagger reads past it
(quotes/tagger.py, features.paragraph_words), so a content is not cut in two at the blank and
kept only from it on. A no-break space beside punctuation ('said,\xa0"...') is layout the
tagger was trained on and stays in what it reads."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import _with_blanks, tagger

from helpers.quotes import analyse, content_parts, quote_with

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@needs_model
@pytest.mark.parametrize("text, content, source", [
    ("The bakery sold some 300  loaves on Sunday, according to  the bakers association.",
     "The bakery sold some 300  loaves on Sunday", "the bakers association"),
    ("The ferry carried about 900 passengers  a day last summer, according to the harbour "
     "authority.", "The ferry carried about 900 passengers  a day last summer",
     "the harbour authority"),
    ("The mayor said the new bridge will cost about  $40 million and open in  2027.",
     "the new bridge will cost about  $40 million and open in  2027", "The mayor"),
    ("The clinic treated more than 400\xa0patients last winter, according to the health board.",
     "The clinic treated more than 400\xa0patients last winter", "the health board"),
    ("The council said the new\xa0school will open in September with 500 places.",
     "the new\xa0school will open in September with 500 places", "The council"),
])
def test_a_blank_inside_the_statement_does_not_cut_it(text, content, source):
    q = quote_with(analyse(text), content.split()[-1])
    assert content_parts(q) == [content], content_parts(q)
    assert q.source["text"] == source


@needs_model
def test_a_no_break_space_after_punctuation_is_read_as_before():
    # the words the tagger reads: the blank after the comma stays, the one inside "new school"
    # goes
    from newsdesk import nlp
    from newsdesk.stages.quotes.features import doc_context, paragraph_words

    sdoc = nlp.parse("She said,\xa0\u201cThe new\xa0school is ready.\u201d")
    blanks = [t.i for t in sdoc if t.is_space]
    words = paragraph_words(sdoc, 0, len(sdoc), doc_context(sdoc))
    assert [i in words for i in blanks] == [True, False]


def test_a_blank_continues_the_run_it_sits_in_else_is_outside_any():
    # tokens 10..15 of a paragraph; 12 and 14 are blanks the tagger did not see
    words = [10, 11, 13, 15]
    labels = ["B-CON", "I-CON", "I-CON", "B-CUE"]
    assert _with_blanks(labels, words, 10, 16) == [
        "B-CON", "I-CON", "I-CON", "I-CON", "O", "B-CUE"]
