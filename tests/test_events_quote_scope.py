"""An event belongs to a quote only inside the quote's words: a clause after the reporting
verb ("X struck, the army said, after Russia withdrew") is the writer's (issue 15). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def said_by(record: dict, trigger: str) -> str | None:
    found = [e for e in record["events"] if trigger in e["evidence"]["text"]]
    assert found, f"no event on {trigger!r}: {[e['evidence']['text'] for e in record['events']]}"
    return found[0]["attributed_to"]


@pytest.mark.parametrize("text, inside, outside", [
    ("Russian drones struck the port of Izmail overnight, the military said on Tuesday, after "
     "Russia withdrew from the grain deal in July.", "struck", "withdrew"),
    ("Rebels attacked a convoy near Goma, the army said on Friday, after Rwanda expelled the "
     "UN envoy in May.", "attacked", "expelled"),
    ("Troops fired on protesters in the capital, witnesses said on Monday, after the junta "
     "arrested the opposition leader in March.", "fired", "arrested"),
])
def test_an_event_after_the_reporting_clause_is_the_writers(text, inside, outside):
    record = analyze_text("Wire\n2024-03-01\n\n" + text)
    assert said_by(record, inside) is not None
    assert said_by(record, outside) is None
