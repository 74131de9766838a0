"""A leader who steps down yields to those at home who asked (CAMEO 083x), never to a state
named nearby ("resigned and fled to India"): no counterpart is filled in from the sentence
or the article (discourse.fill_counterparts). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, foreign", [
    ("Sri Lanka's president resigned on Thursday and flew to Singapore.", "SGP"),
    ("After weeks of protests, Peru's prime minister stepped down and left for Mexico.", "MEX"),
])
def test_a_resignation_takes_no_foreign_counterpart(pipe, text, foreign):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("083")]
    assert evs and all((e.target_actor or {}).get("country") != foreign for e in evs), \
        [(e.cameo, e.source_actor, e.target_actor) for e in events_of(pipe, text)]
