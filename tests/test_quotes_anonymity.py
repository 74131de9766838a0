"""'An official, who asked not to be named, said ...' (issue 15): the request not to be named
or identified is wire copy's reason for an unnamed source, no statement; only what the source
said is a quote."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said", [
    ("A company official, who asked not to be named, denied that guards had fired first.",
     "that guards had fired first"),
    ("Two officials in Islamabad, who asked not to be identified because they were not "
     "authorised to speak, said the deal was close.", "the deal was close"),
    ("A diplomat in Brussels, who requested not to be named, said the summit would be "
     "delayed.", "the summit would be delayed"),
])
def test_asking_not_to_be_named_is_no_quote(text, said):
    doc = analyse(text)
    assert quote_with(doc, said).cue["text"] in ("said", "denied")
    assert len(doc.quotes) == 1, doc.quotes


@pytest.mark.parametrize("text", [
    "The minister asked reporters not to name the hospital.",
])
def test_asking_others_not_to_name_something_stays_a_request(text):
    # an active request with an object of its own is a demand the speaker makes
    assert analyse(text).quotes
