"""Diplomatic, trade, economic or military links are relations: cutting or severing them is
CAMEO 161, restoring or establishing them 054, as for ties and relations; a rail or road
link is no relation. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def coded(pipe, text):
    return [(e.cameo, (e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, want", [
    ("Bolivia cut diplomatic links with Israel on Tuesday.", ("161", "BOL", "ISR")),
    ("Senegal severed trade links with Gambia after the border dispute.", ("161", "SEN", "GMB")),
    ("Egypt restored diplomatic links with Qatar in January.", ("054", "EGY", "QAT")),
    ("Oman established military links with India last year.", ("054", "OMN", "IND")),
])
def test_links_between_states_are_relations(pipe, text, want):
    assert want in coded(pipe, text), coded(pipe, text)


@pytest.mark.parametrize("text", [
    "Floods cut the rail link between Lahore and Karachi on Monday.",
    "The company restored the internet link to the island.",
])
def test_a_rail_or_cable_link_is_no_relation(pipe, text):
    assert not [c for c in coded(pipe, text) if c[0][:2] in ("05", "16")], coded(pipe, text)
