"""'The minister said ... . He added ...' (issue 15): a speaker named by a description ("the
minister", resolved to a person named earlier) is whom the next sentence's "he" stands for,
not a person of the same gender named as a speaker in a paragraph between."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, words, person", [
    ('"We will not give up," Defence Secretary Carlo Reyes told reporters.\n\nA spokesman for '
     "China's foreign ministry, Wang Lin, said on Monday that Beijing would respond.\n\nThe "
     'minister added that the navy had no plans to withdraw. He said:\n\n"This is our '
     'territory."', "This is our territory", "Carlo Reyes"),
    ("Finance Minister Tomas Novak said the budget was balanced.\n\nOpposition leader Petr "
     "Hruby, speaking in Brno, said the figures were false.\n\nThe minister said the deficit "
     "would fall next year. He added that taxes would not rise.", "taxes would not rise",
     "Tomas Novak"),
    ('"The harvest is safe," Agriculture Minister Kwame Mensah told farmers in Kumasi.\n\nThe '
     "head of the cocoa board, Kofi Boateng, said prices would rise.\n\nThe minister later said "
     "that imports would be cut. He said the plan would start in March.",
     "the plan would start in March", "Kwame Mensah"),
])
def test_he_after_a_described_speaker_is_that_speaker(text, words, person):
    quote = quote_with(analyse(text), words)
    assert quote.source["name"] == person, quote.source
