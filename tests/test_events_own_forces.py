"""A state's strike on "military targets" is not on its own military: the sentence's only
country (the doer's) was lent to the unnamed targets, so "Russia says it strikes only
military targets" was RUS -> RUSMIL. Such a target keeps its sector and loses the country
(actors.not_own_forces); a force the text names as the doer's own keeps it. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _force(pipe, text):
    return [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, source", [
    ("Tehran said its missiles hit only military targets.", "IRN"),
    ("The Turkish defence ministry said its jets struck military positions overnight.", "TUR"),
])
def test_a_strike_on_unnamed_military_targets_is_not_on_the_doers_own(pipe, text, source):
    evs = _force(pipe, text)
    assert evs, events_of(pipe, text)
    src, tgt = evs[0].source_actor or {}, evs[0].target_actor or {}
    assert src.get("country") == source and tgt.get("country") != source, (src, tgt)


def test_the_doers_own_soldiers_named_as_such_stay_its_own(pipe):
    evs = _force(pipe, "Iranian troops fired on Iranian soldiers who tried to desert.")
    assert evs and (evs[0].target_actor or {}).get("country") == "IRN", evs
