"""'A did X, B said, and later reported that Y': the conjunction after an interjected
attribution opens the main subject's own report, not more of B's statement: B said X, and A
reported Y, neither through the other (forms._attribution_in). A plain act after the
conjunction stays in the statement. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, first, reported, second", [
    ("Lithuania closed two border crossings, its interior ministry said, and later announced "
     "that a third would close on Friday.", "Lithuania closed two border crossings",
     "its interior ministry", "that a third would close on Friday", "Lithuania"),
    ("The navy seized a tanker in the Gulf, state media said, and later claimed that the ship "
     "had been smuggling fuel.", "The navy seized a tanker in the Gulf", "state media",
     "that the ship had been smuggling fuel", "The navy"),
])
def test_a_report_after_the_conjunction_is_the_main_subjects(text, said, first, reported,
                                                             second):
    doc = analyse(text)
    q = quote_with(doc, said)
    assert q.source["text"] == first and reported not in q.content["text"], q.content
    r = quote_with(doc, reported)
    assert r.source["text"] == second and not r.via, (r.source, r.via)
