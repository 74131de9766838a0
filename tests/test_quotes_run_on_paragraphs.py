"""A quotation opened after the attribution and left open at its paragraph's end runs on in
each next paragraph that reopens it with a quotation mark, up to the one that closes it; all
of it is the speaker's (stages/quotes/splitquotes.run_on_paragraphs). The tagger may tag
none of a middle piece, which then lost its speaker (the first two texts did before the
rule), so the marks decide. Texts written for these tests (field case 06 is the same kind)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")

RUNS = [
    ("\u201cThe first thing we did was count the children,\u201d the teacher said. \u201cThen "
     "we locked the doors.\n\n\u201cWe waited for three hours before the police came.\n\n"
     "\u201cNobody told us anything.\u201d",
     "the teacher", ["Then we locked", "We waited for three", "Nobody told us"]),
    ("\u201cThey took our phones,\u201d the driver said. \u201cThen they searched the truck."
     "\n\n\u201cThey kept us at the checkpoint until the evening.\n\n\u201cI do not know "
     "why.\u201d", "the driver", ["Then they searched", "They kept us", "I do not know"]),
    ('"We heard the shots at nine," the shopkeeper said. "Then we hid in the back.\n\n'
     '"We stayed there until the soldiers left.\n\n"Nobody came to help us."',
     "the shopkeeper", ["Then we hid", "We stayed there", "Nobody came"]),
    ("\u201cThe line held through the night,\u201d Colonel Ruth Imani told reporters. "
     "\u201cWe lost two vehicles.\n\n\u201cWe will go back to the ridge tomorrow.\u201d",
     "Colonel Ruth Imani", ["We lost two", "We will go back"]),
]


@pytest.mark.parametrize("text, speaker, pieces", RUNS)
def test_a_quotation_running_over_paragraphs_is_the_speakers(text, speaker, pieces):
    doc = analyse(text)
    for piece in pieces:
        q = quote_with(doc, piece)
        assert (q.source or {}).get("text") == speaker, (piece, q.source)


def test_a_closed_quotation_runs_on_nowhere():
    text = ("\u201cWe are ready,\u201d the coach said. \u201cThe team trained all week.\u201d"
            "\n\n\u201cThat is not what I heard,\u201d a fan shouted.")
    doc = analyse(text)
    assert (quote_with(doc, "That is not what").source or {}).get("text") == "a fan"
