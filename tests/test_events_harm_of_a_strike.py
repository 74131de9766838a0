"""People killed in the passive right after a state's strike are the strike's harm: its doer
(a state using military force counts: "Russia fired 40 missiles at Ukraine. Four people were
killed") and its kind, military force (19), not an assault on civilians (18) that the text
does not tell (actor_rules.remember_force / passive_harm_doer). Texts written for these
tests."""
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
])
def test_the_harm_of_the_strike_before(pipe, text, doer):
    harm = [e for e in after_first_sentence(events_of(pipe, text), text)
            if e.cameo[:2] in ("18", "19")]
    assert harm and harm[0].cameo[:2] == "19", [(e.cameo, e.source_actor) for e in harm]
    assert (harm[0].source_actor or {}).get("country") == doer, harm[0].source_actor
