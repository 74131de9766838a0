"""A meeting's purpose that is another act stays an event of its own ("visited Kyiv to sign
a security agreement"); co-agents acting on their relations are each other's counterpart
(build._on_their_relations). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def roots(evs, root):
    return [e for e in evs if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, want", [
    # another act: the visit and the signing are both coded
    ("The Polish prime minister visited Kyiv on Friday to sign a security agreement with Ukraine.",
     {"04": 1, "05": 1}),
    # another counterpart: the trip and the meeting with business people are two acts
    ("The Indian prime minister travelled to Tokyo to meet Japanese business leaders.", {"04": 2}),
])
def test_a_purpose_that_is_another_act_stays(pipe, text, want):
    evs = events_of(pipe, text)
    assert {root: len(roots(evs, root)) for root in want} == want, \
        [(e.cameo, e.evidence["text"]) for e in evs]


# Co-agents acting on their relations ("X and Y restored ties") do it with each other.
@pytest.mark.parametrize("text, pair", [
    ("Morocco and Israel restored diplomatic relations in December.", {"MAR", "ISR"}),
    ("Qatar and Bahrain normalised relations in January.", {"QAT", "BHR"}),
    ("Bolivia and Israel cut ties after the Gaza war began.", {"BOL", "ISR"}),
    ("Jordan and Syria resumed diplomatic relations last year.", {"JOR", "SYR"}),
])
def test_co_agents_acting_on_their_relations_are_each_others_counterpart(pipe, text, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("05", "16")]
    assert evs and all({(e.source_actor or {}).get("country"),
                        (e.target_actor or {}).get("country")} == pair for e in evs), \
        [(e.cameo, e.source_actor, e.target_actor) for e in evs]
