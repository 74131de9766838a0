"""A gerund of words after the clause a report tells ("Amnesty said 1,500 students have been
kidnapped, accusing the government of ...") is the teller's own next act, though the parser
hangs it on the clause told (arguments._teller_goes_on); and a role noun ("the army") points
back only to a doer of its own kind, not to the watchdog that spoke last
(phrase_actors._resolve). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, teller", [
    ("Amnesty International said 300 villagers had been displaced in Darfur, blaming the "
     "Sudanese army for the attacks.", "NGOAMN"),
    ("Human Rights Watch said 12 protesters were shot dead in Nairobi, accusing Kenyan police "
     "of using live rounds.", "NGOHRW"),
])
def test_the_teller_goes_on(pipe, text, teller):
    charges = find(events_of(pipe, text), "11")
    assert charges and (charges[0].source_actor or {}).get("code") == teller, \
        [(e.cameo, e.source_actor) for e in events_of(pipe, text)]


def test_the_army_is_no_watchdog(pipe):
    text = ("Human Rights Watch said 40 people were killed in the raid, accusing the army of "
            "firing on civilians.")
    for event in find(events_of(pipe, text), "19"):
        assert (event.source_actor or {}).get("country") != "NGO", event.source_actor
