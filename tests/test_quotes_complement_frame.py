"""A speech verb the parse hangs as the complement right after another verb ("She [made] the
remarks ... the recently reported Tom Hale [comments] about X", a misparse of a noun) is no
clause set off inside a sentence ("The plan, she said, would fail"): what stands before it
("She made") is not what it reports (forms.reported_clause, _set_off)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def test_the_verb_before_a_misparsed_complement_is_not_what_it_reports():
    doc = analyse("She made the remarks in context of debating on “Meet the Press” on Sunday "
                  "with Bill Ross the recently reported Tom Hale comments about the senator’s "
                  "age.")
    assert not [a for a in doc.quotes + doc.beliefs if a.content["text"] == "She made"]


@pytest.mark.parametrize("text, pieces", [
    ("The bridge, the engineer said, would reopen in May.",
     ["The bridge", "would reopen in May"]),
])
def test_a_clause_set_off_inside_a_sentence_still_reports_it(text, pieces):
    (q,) = analyse(text).quotes
    assert [p["text"] for p in q.content.get("parts") or [q.content]] == pieces
