"""An act named by a noun with both sides in its phrase ("Russia's invasion of Ukraine") in a
sentence the voice stage reads as the writer's opinion is told in the time of its clause
("... upended European security": past), not as a present-tense verdict, so the opinion
filter keeps it (clauses._told_tense; it read the noun itself as present and dropped it).
Session 38, from probing with new sentences; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, victim", [
    ("The brutal invasion of Ukraine by Russia shattered the peace of Europe.", "RUS", "UKR"),
    ("Russia's invasion of Ukraine upended European security.", "RUS", "UKR"),
])
def test_a_named_act_in_a_past_clause_of_a_verdict_is_kept(pipe, text, doer, victim):
    got = find(events_of(pipe, text), "19")
    assert got and code(got[0].source_actor) == doer and code(got[0].target_actor) == victim, \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]
