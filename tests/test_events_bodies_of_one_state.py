"""Two bodies of one state acting together are each a side. "Delegations from Sudan's army
and the paramilitary RSF held meetings with Saudi and U.S. mediators" gave the army's
meetings only: a phrase naming conjoined bodies of one state stood for its first
(phrase_actors.each_named kept one actor per country), and events of co-agents of one
country were kept once per pair of countries. Where the co-agents are distinct bodies (other
sectors) of one state, each gets its own (build._bodies_of_one_state), as the codebook counts
"X met Y and Z". Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _sources(pipe, text, root):
    return {(e.source_actor or {}).get("code") for e in events_of(pipe, text)
            if e.cameo.startswith(root)}


@pytest.mark.parametrize("text, root, codes", [
    ("Envoys from the Yemeni government and the Houthi rebels met UN officials in Muscat.",
     "04", {"YEMGOV", "YEMREB"}),
    ("Representatives of Colombia's government and the ELN guerrillas met Cuban mediators "
     "in Havana.", "04", {"COLGOV", "COLREB"}),
])
def test_each_body_meets(pipe, text, root, codes):
    assert codes <= _sources(pipe, text, root), events_of(pipe, text)


def test_two_countries_stay_one_event_each(pipe):
    # "diplomats from Poland and Lithuania": one actor per country, as before
    assert {"POLGOV", "LTUGOV"} <= {c for e in events_of(
        pipe, "Diplomats from Poland and Lithuania met the UN envoy in Geneva.")
        for c in ((e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"))}
