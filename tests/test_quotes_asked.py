"""'X told reporters ... when asked whether Y' (issue 15): the question is put to X by someone
the text does not name; it is no statement of X's. The participle "asked" (which the parser
tags as a past tense) is a passive without its subject, like "X was asked whether Y"."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, question", [
    ('"We are ready," the coach told reporters in Madrid when asked how the team would cope.',
     "We are ready", "how the team would cope"),
    ('"There is no deal yet," the envoy said on Friday, when asked whether the ceasefire '
     'would hold.', "There is no deal yet", "whether the ceasefire would hold"),
    ('"Nothing has changed," the Indonesian minister told parliament in Jakarta when asked '
     'what the ban meant for exporters.', "Nothing has changed", "what the ban meant"),
    ("The foreign minister told a news conference in Ankara that talks would continue when "
     "asked whether Turkey would leave the alliance.", "talks would continue",
     "whether Turkey would leave"),
])
def test_the_question_asked_is_no_statement_of_the_one_asked(text, said, question):
    doc = analyse(text)
    assert quote_with(doc, said).cue["text"] in ("told", "said")
    start = text.index(question)
    assert not [q for q in doc.quotes if q.cue["text"] == "asked" or
                q.content["start"] >= start], doc.quotes
