"""A statement in a relative clause without a relative word ("a step her critics say could
ruin the city"): the noun the clause hangs on fills the gap in what was said, so it is the
content's first part and the content runs from it (PolNeAR annotates "a step they believe
could help unify the party" as one content). Issue 15, content boundaries. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, noun", [
    # the words said have no subject: the noun is it
    ("The airline cancelled flights it said were unsafe.", "were unsafe", "flights"),
    ("The mayor praised the plan, a step her critics say could ruin the city.",
     "could ruin the city", "a step"),
    ("She wore the coat her mother said would keep her warm.", "would keep her warm",
     "the coat"),
    # the words said have no object: the noun is it
    ("The museum finally opened the wing the director had promised to build.", "to build",
     "the wing"),
    ("He skipped the debate, something his rivals had urged him to do.", "him to do",
     "something"),
])
def test_the_noun_is_the_first_part(text, said, noun):
    doc = analyse(text)
    q = quote_with(doc, said)
    parts = content_parts(q)
    assert parts[0] == noun
    assert said in parts[-1]
    assert q.content["start"] == text.index(noun)


def test_a_noun_of_manner_is_no_part():
    """'the way they say ...': the noun says how, the words said are whole without it."""
    doc = analyse("That is the way they say it should be done.")
    q = quote_with(doc, "it should be done")
    assert content_parts(q) == ["it should be done"]


def test_a_relative_word_is_the_part_itself():
    """With a relative word the word is the part (bounds.relative_pronoun), not the noun."""
    doc = analyse("Turnout rose sharply, which organisers say could decide the race.")
    q = quote_with(doc, "could decide the race")
    assert "Turnout" not in q.content["text"]
