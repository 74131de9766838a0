"""An act a group claims as its own ("claimed (responsibility for) the attack", "took
responsibility for the bombing") has the claimer as its doer, as the claim tells it
(events/responsibility.claimer); a denial stays a denial. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _force(events):
    return [e for e in events if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, doer", [
    ("Al-Shabaab claimed responsibility for a car bombing in Mogadishu on Friday.", "SOM"),
    ("The Baloch Liberation Army took responsibility for an attack on a Chinese convoy.",
     "PAK"),
    ("Houthi fighters claimed a drone attack on a Liberian-flagged freighter.", "YEM"),
])
def test_a_claimed_act_is_the_claimers(pipe, text, doer):
    acts = _force(events_of(pipe, text))
    assert acts, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (acts[0].source_actor or {}).get("country") == doer, acts[0].source_actor


def test_a_denied_act_is_not_claimed(pipe):
    text = "The Pakistani Taliban denied responsibility for the attack on the mosque."
    assert all(e.modality == NEGATED for e in _force(events_of(pipe, text)))
