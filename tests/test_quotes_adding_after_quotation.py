"""'X told reporters, "We will see," adding, "..."' (issue 15): the parse hangs "adding" on
the verb inside the quotation before it, and that verb's subject ("We", "I") was taken for
who adds; the one who adds is the speaker of the quotation, named outside the marks."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, speaker, added", [
    ('Using one of his favourite phrases, the prime minister told reporters in Delhi, '
     '"We\'ll see what happens," adding, "it could even be the 12th."',
     "the prime minister", "it could even be the 12th"),
    ('Speaking in Accra, the finance minister told traders, "I will not devalue," adding, '
     '"the cedi is strong."', "the finance minister", "the cedi is strong"),
    ('Pressed on the delay, Mayor Ines Duarte told the council, "We expect the money soon," '
     'adding, "the contractor has been paid."', "Ines Duarte", "the contractor has been paid"),
])
def test_adding_after_a_quotation_is_said_by_its_speaker(text, speaker, added):
    quote = quote_with(analyse(text), added)
    assert speaker in quote.source["text"], quote
