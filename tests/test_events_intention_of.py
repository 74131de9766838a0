""""Had no intention of attacking Azerbaijan": the act a plan noun's "of" + gerund names is
the holder's, as with "no intention to attack" (arguments._owner_of_intent), not the work of
unidentified attackers in the place attacked (session 31, a dev article's miss; sentences
written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, pair", [
    ("Armenian Prime Minister Nikol Pashinyan said his government had no intention of "
     "attacking Azerbaijan.", ("ARM", "AZE")),
    ("Venezuela's defence minister said the army had no intention of invading Guyana.",
     ("VEN", "GUY")),
])
def test_the_holder_of_the_intention_is_the_doer(pipe, text, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert ((evs[0].source_actor or {}).get("country"),
            (evs[0].target_actor or {}).get("country")) == pair, evs[0].source_actor
    assert evs[0].modality == NEGATED
