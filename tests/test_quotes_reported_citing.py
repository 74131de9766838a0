"""'<statement>, the KUNA news agency reported on Tuesday, citing a government source'
(issue 15): the parser often reads the outlet as an object of the statement's verb and
"reported" as a clause on it; the surface shape of a closing attribution still holds when a
", citing ..." follows the verb, and a hyphenated word ("state-owned") is part of the
speaker's noun phrase. The quote is the cited source's, reported by the outlet."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, words, cited, outlet", [
    ("Kuwait has expelled four diplomats, the KUNA news agency reported on Tuesday, citing a "
     "government source.", "Kuwait has expelled four diplomats", "a government source", "KUNA"),
    ("Police have arrested 14 people, the Anadolu news agency reported on Saturday, citing "
     "security sources.", "Police have arrested 14 people", "security sources", "Anadolu"),
    ("Turkey has detained 14 people suspected of spying for a foreign intelligence service, "
     "state-owned Anadolu news agency reported on Saturday, citing security sources.",
     "Turkey has detained 14 people", "security sources", "state-owned Anadolu"),
])
def test_a_closing_report_citing_a_source(text, words, cited, outlet):
    doc = analyse(text)
    quote = quote_with(doc, words)
    assert quote.content["text"].startswith(words), quote.content
    assert quote.source["text"] == cited, quote.source
    assert outlet in quote.hearer["text"] and quote.hearer["relation"] == "reported"
