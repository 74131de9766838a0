"""A sentence opening "According to X," is X's statement when the tagger passes over the phrase
(it reads it in one paragraph and misses it after another speaker's sentence): cue "according
to", source X up to the comma, content the rest of the sentence (according.according_openings);
when the parse reads the comma into X's noun phrase ("[the official, air defence missiles]"),
the content still starts after the comma (according.according_clause)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, source", [
    ("A senior Ukrainian official said the strikes were meant to scare Kyiv. Kremlin spokesman "
     "Dmitry Peskov said Russia was open to a deal. According to the official, air defence "
     "missiles were running low.", "air defence missiles were running low", "the official"),
    ("A senior Polish official said the strikes were meant to pressure Warsaw. Kremlin "
     "spokesman Dmitry Peskov said Russia was open to talks. According to the official, air "
     "defence stocks were running low.", "air defence stocks were running low", "the official"),
])
def test_an_untagged_according_opening_is_the_sources_statement(text, said, source):
    q = quote_with(analyse(text), said)
    assert q.content["text"] == said
    assert q.cue["text"] == "According to"
    assert q.source["text"] == source
