"""A response to an act "by" several named parties is to each of them ("criticised the push
by Britain, France and Germany": three events), also where the parser hangs the "by" phrase
on the verb (actors._act_by). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, pairs", [
    ("Beijing condemned the move by Japan, Australia and the Philippines.", "11",
     {("CHN", "JPN"), ("CHN", "AUS"), ("CHN", "PHL")}),
    ("Venezuela rejected the demand by Brazil and Colombia for new elections.", "12",
     {("VEN", "BRA"), ("VEN", "COL")}),
])
def test_each_doer_of_the_act_answered(pipe, text, root, pairs):
    assert dyads(events_of(pipe, text), root) == pairs
