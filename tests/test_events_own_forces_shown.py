"""A show of force (CAMEO 15) acts on no one through the doer's own bodies: "Ecuador
deployed 5,000 National Police officers", "Peru sent 2,000 Army troops" have no target among
the forces sent (discourse.fill_counterparts no longer lends a body of the doer's own state
to a 15 event; build.py already dropped the clause's own; session 31, a dev article's miss;
sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Ecuador deployed 5,000 National Police officers to the port of Guayaquil on Monday.",
     "ECU"),
    ("Peru sent 2,000 Army troops to the southern border in March.", "PER"),
])
def test_the_forces_shown_are_no_target(pipe, text, doer):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("15")]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (evs[0].source_actor or {}).get("country") == doer
    assert (evs[0].target_actor or {}).get("country") != doer, evs[0].target_actor


def test_a_foreign_border_is_still_the_target(pipe):
    evs = [e for e in events_of(pipe, "Poland deployed 5,000 soldiers to its border with "
                                      "Belarus.") if e.cameo.startswith("15")]
    assert evs and (evs[0].target_actor or {}).get("country") == "BLR"
