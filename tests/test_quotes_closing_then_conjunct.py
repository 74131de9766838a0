"""'<statement>, broadcaster NHK reported, and police said <statement>' (issue 15): the
reporting clause set off by commas closes the statement before it; what the conjunction after
it opens is the writer's next sentence part with its own speaker, no part of the report."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, first, reporter, second, speaker", [
    ("Two soldiers were killed in the attack, public broadcaster NHK reported, and police "
     "told reporters that the gunman had fled.", "Two soldiers were killed", "NHK",
     "the gunman had fled", "police"),
    ("The dam burst after days of rain, state television CCTV reported, but officials said no "
     "one had died.", "The dam burst", "CCTV", "no one had died", "officials"),
    ("Four miners were trapped underground, Chilean radio station Cooperativa reported, and "
     "the mining ministry said rescuers had reached the shaft.", "Four miners were trapped",
     "Cooperativa", "rescuers had reached the shaft", "the mining ministry"),
])
def test_the_report_ends_at_the_conjunction(text, first, reporter, second, speaker):
    doc = analyse(text)
    report = quote_with(doc, first)
    assert reporter in report.source["text"], doc.quotes
    assert second not in report.content["text"] and " and " not in report.content["text"] \
        and " but " not in report.content["text"], report.content
    other = quote_with(doc, second)
    assert other.source["text"] == speaker and other.via == [], doc.quotes
