"""An accuser's phrase does not take in the charge the parser hangs on it: in "accused by
critics of steering the country toward Moscow" the critics are no Russians, and in "by
rights groups of pushing migrants back into Serbia" no Serbs (events/phrase_actors.np_bounds,
implied.locate: an "of" + gerund phrase is an act, not part of a name or a place; session
31, a dev article's miss; sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, not_of", [
    ("The Serbian president has been accused by critics of steering the country toward "
     "Moscow.", "RUS"),
    ("The Hungarian government was accused by rights groups of pushing migrants back into "
     "Serbia.", "SRB"),
])
def test_the_accuser_is_not_of_a_state_the_charge_names(pipe, text, not_of):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("112")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (evs[0].source_actor or {}).get("country") != not_of, evs[0].source_actor
