"""People killed in the passive right after a state's strike are the strike's harm: its doer
(a state using military force counts: "Russia fired 40 missiles at Ukraine. Four people were
killed") and its kind, military force (19), not an assault on civilians (18) that the text
does not tell (actor_rules.remember_force / passive_harm_doer). A force told in a relative
clause between them ("the town, where rebels have been fighting the army") is an aside, not
the strike whose harm follows (build._in_relative_clause). Texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import after_first_sentence, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Israel fired dozens of missiles at Syria overnight. Three civilians were killed near "
     "Homs, state media said.", "ISR"),
    ("The Pakistani military carried out airstrikes in Afghanistan's Khost province on "
     "Tuesday. Eight people, including five children, were killed, Taliban officials said.",
     "PAK"),
    ("Israeli jets bombed a weapons depot near Homs on Monday. The blast shook the city, where "
     "government troops have been fighting rebels for years. Four soldiers were killed.",
     "ISR"),
    ("Russian missiles hit a power station in Kharkiv overnight. The region, where Ukrainian "
     "troops have been shelling Russian positions, lost power. Three workers were wounded.",
     "RUS"),
])
def test_the_harm_of_the_strike_before(pipe, text, doer):
    harm = [e for e in after_first_sentence(events_of(pipe, text), text)
            if e.cameo[:2] in ("18", "19") and e.evidence["text"] in ("killed", "wounded")]
    assert harm and harm[0].cameo[:2] == "19", [(e.cameo, e.source_actor) for e in harm]
    assert (harm[0].source_actor or {}).get("country") == doer, harm[0].source_actor
