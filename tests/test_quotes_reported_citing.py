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


# A relative clause of quoting on the outlet names the one it cites, as the participle does:
# the statement is the cited source's, reported by the outlet (outlets.cited_sources).
@pytest.mark.parametrize("text, words, cited, outlet", [
    ("Anadolu, which quoted an interior ministry official, said 20 suspects were held.",
     "20 suspects were held", "an interior ministry official", "Anadolu"),
    ("According to the Asahi newspaper, which cited government sources, Tokyo will raise "
     "defence spending.", "Tokyo will raise defence spending", "government sources",
     "the Asahi newspaper"),
    ("The Straits Courier, which cited two port officials, reported that the strike had "
     "ended.", "the strike had ended", "two port officials", "The Straits Courier"),
])
def test_an_outlet_which_cited_a_source_reports_the_sources_statement(text, words, cited,
                                                                       outlet):
    doc = analyse(text)
    quote = quote_with(doc, words)
    assert quote.source["text"] == cited, quote.source
    assert outlet in (quote.hearer or {}).get("text", ""), quote.hearer
