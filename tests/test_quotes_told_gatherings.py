"""'told a gathering of farmers that prices would rise': the parse hangs the that-clause on a
noun of the one told (syntax.told_nouns) and may read its "that" as a relative pronoun; what
was told is the clause, whoever heard it (before: no quote at all)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, speaker, said", [
    ("The governor told a meeting of county officials that the dam would be rebuilt.",
     "The governor", "that the dam would be rebuilt"),
    ("Addressing the nation, the king told an assembly of tribal elders that elections would "
     "be held in March.", "the king", "that elections would be held in March"),
    ("The coach told a room full of reporters that his team had been robbed.",
     "The coach", "that his team had been robbed"),
])
def test_what_a_gathering_was_told_is_the_that_clause(text, speaker, said):
    doc = analyse(text)
    quote = quote_with(doc, said)
    assert quote.source["text"] == speaker
    assert content_parts(quote) == [said]


def test_a_story_that_someone_forgot_is_what_was_told_not_a_clause():
    doc = analyse("The old farmer told a story that the villagers had long forgotten.")
    assert not any(q.content["text"].startswith("that the villagers") for q in doc.quotes)
