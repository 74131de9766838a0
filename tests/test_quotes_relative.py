"""A statement made in a relative clause on its speaker ("The mayor, who said the bridge
would reopen, left early"): the one the relative pronoun stands for speaks, and what is said
ends with the clause (issue 15: every attribution form, the right speaker). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, speaker, after", [
    ("Senator Amy Walsh, who said the budget was dead on arrival, voted against it on Friday.",
     "the budget was dead on arrival", "amy walsh", "voted"),
    ("The Interior Ministry, which said the curfew would be lifted at dawn, gave no figures.",
     "the curfew would be lifted at dawn", "interior ministry", "gave"),
    ("Mayor Tom Okafor, who told reporters that the bridge would reopen in March, left the "
     "meeting early.", "the bridge would reopen in March", "tom okafor", "left"),
    ("Coach Lena Berg, who insisted that her players had done nothing wrong, was fined by "
     "the league.", "her players had done nothing wrong", "lena berg", "fined"),
])
def test_relative_clause_speaker(text, said, speaker, after):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert speaker in q.source["name"].lower()
    # the sentence goes on about the speaker: that is no part of what was said
    assert after not in q.content["text"]
    assert said in q.content["text"]


def test_relative_pronoun_is_the_source_as_written():
    """The source span is the pronoun as written (like "he"), its name the one it stands for."""
    doc = analyse("Judge Maria Lopez, who wrote that the law was void, retired in June.")
    q = quote_with(doc, "the law was void")
    assert q.source["text"].lower() == "who"
    assert "maria lopez" in q.source["name"].lower()


def test_clause_on_an_object_names_its_own_speaker():
    """A relative clause on someone else than the subject: its pronoun's noun speaks."""
    doc = analyse("Police questioned a neighbour who said the shots came from a grey van.")
    q = quote_with(doc, "the shots came from a grey van")
    assert "neighbour" in q.source["name"].lower()
