"""A member of the U.S. Congress is marked by the party-and-state tag after the name ("Sen.
Ana Cruz (D-N.M.)"): a U.S. legislator, not of the state the clause names ("criticized
Beijing"). Sentences written for these tests (none from the gold data); the whole pipeline
runs."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _sources(pipe, text):
    return [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]


@pytest.mark.parametrize("text", [
    "Sen. Ana Cruz (D-N.M.) criticized Beijing over its trade practices.",
    "Rep. Tom Baker, R-Ohio, accused Moscow of interfering in the vote.",
    "Sen. Lee Park (R-TX) condemned Tehran on Tuesday.",
])
def test_a_congress_tag_makes_a_us_legislator(pipe, text):
    found = _sources(pipe, text)
    assert found and found[0][1] == "USALEG", found
