"""An unnamed body that criticises, rejects, threatens, demands or cuts ties with a named
foreign official is not of that official's state: "The ministry criticised the Russian
ambassador" is no Russian ministry (build.COUNTERPART_ROOTS, as for meetings before; a body
owned by "their" keeps its owner's state; session 31, a dev article's miss; sentences written
for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, lent", [
    ("The ministry criticised the Russian ambassador for his remarks.", "11", "RUS"),
    ("The government rejected the German chancellor's proposal.", "12", "DEU"),
])
def test_the_doer_does_not_take_the_counterparts_state(pipe, text, root, lent):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (evs[0].source_actor or {}).get("country") != lent, evs[0].source_actor
