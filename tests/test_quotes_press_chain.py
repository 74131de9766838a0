"""The press as speaker and as the one spoken to (issue 15: the source chain; outlets are the
press): an outlet's country, where it is published, is no country of the officials it
reports on, and outlets the tables know by their short names are the press of their country.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document
from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def quotes_over(doc: Document, words: str) -> list:
    start = doc.text.index(words)
    end = start + len(words)
    return [q for q in doc.quotes if q.content["start"] < end and start < q.content["end"]]


@pytest.mark.parametrize("text, words", [
    ("According to a Reuters report, the minister told aides that he would resign.",
     "he would resign"),
    ("The BBC reported on Monday that the cabinet had met. The minister said the budget "
     "was ready.", "the budget was ready"),
    ("Le Monde published the letter in full. The prime minister said the letter was a "
     "forgery.", "the letter was a forgery"),
])
def test_an_outlets_country_is_no_officials_country(text, words):
    doc = analyse(text)
    # the official's quote: the innermost over the words (the outlet's report holds it)
    q = min(quotes_over(doc, words), key=lambda q: q.content["end"] - q.content["start"])
    assert (q.source.get("actor") or {}).get("country") is None


# Outlets named by the short names the press uses, or national papers and broadcasters,
# as speakers and as the ones spoken to: the press of where they are published.
@pytest.mark.parametrize("text, words, code", [
    ("The SCMP reported that the ferry service would resume in May.",
     "the ferry service would resume", "HKGJRN"),
    ("The WSJ reported that the bank had been fined twice.", "the bank had been fined",
     "USAJRN"),
    ("Nikkei reported on Friday that the carmaker would cut output.",
     "the carmaker would cut output", "JPNJRN"),
    ("The Kyiv Independent reported that the dam had been damaged.",
     "the dam had been damaged", "UKRJRN"),
])
def test_outlets_speak_as_the_press(text, words, code):
    q = quotes_over(analyse(text), words)[0]
    assert (q.source.get("actor") or {}).get("code") == code


@pytest.mark.parametrize("text, words, code", [
    ("The foreign minister told the FT on Tuesday that the sanctions would stay.",
     "the sanctions would stay", "GBRJRN"),
    ("In an interview with Deutsche Welle, the chancellor said the deal was close.",
     "the deal was close", "DEUJRN"),
    ("The governor told the Straits Times that the port would reopen.",
     "the port would reopen", "SGPJRN"),
])
def test_outlets_spoken_to_are_the_press(text, words, code):
    q = quotes_over(analyse(text), words)[0]
    assert q.hearer is not None and (q.hearer.get("actor") or {}).get("code") == code
