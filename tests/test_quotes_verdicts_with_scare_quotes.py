"""A verdict verb ("condemned", "accused", "praised") with words in quotation marks only
inside what it judges ("condemned the 'barbaric attack'", "accused Manila of 'provocations'")
quotes no statement: it is a stance, as our hand coders read it (speech.VERDICT_VERBS). A
statement it goes on with ("..., saying the figures were 'fabricated'") is still a quote.
Session 38, from the dev37-dev39 quotes; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse


@pytest.mark.parametrize("text", [
    'Germany condemned the "barbaric attack" on Kharkiv.',
    'Beijing accused Manila of "dangerous provocations" near the shoal.',
    'The French foreign minister praised both sides for their "courage and wisdom."',
])
def test_scare_quotes_in_a_verdict_are_no_quote(text):
    doc = analyse(text)
    assert not doc.quotes, [(q.cue, q.content["text"]) for q in doc.quotes]


def test_a_statement_after_the_verdict_is_still_a_quote():
    doc = analyse('The minister accused the opposition of lying, saying the figures were '
                  '"fabricated."')
    assert any("fabricated" in q.content["text"] for q in doc.quotes), \
        [(q.cue, q.content["text"]) for q in doc.quotes]
