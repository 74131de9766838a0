"""A leader who speaks to another state's legislature has gone there: a visit (CAMEO 042) to
that legislature, told by a verb ("addressed the Bundestag", "spoke to a joint session of
Congress") or a noun ("her speech to the Knesset"). Before one's own legislature nobody visits
anyone. Sentences written for these tests (none from the gold
data); the whole pipeline runs."""
from __future__ import annotations

import pytest

from helpers.events import check_act, code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    ("Indian Prime Minister Narendra Modi addressed a joint session of Congress on "
     "Thursday.", "IND", "USALEG"),
    ("The French president spoke to the Italian parliament in Rome on Monday.", "FRA",
     "ITALEG"),
    ("Modi's speech to a joint session of Congress drew long applause.", "IND", "USALEG"),
])
def test_speaking_to_another_states_legislature_is_a_visit(pipe, text, source, target):
    check_act(pipe, text, "042", source, target)


@pytest.mark.parametrize("text", [
    "The Indian prime minister addressed the Indian parliament on Monday.",
    "The German chancellor spoke in the Bundestag on Wednesday.",
    "The president addressed a joint session of Congress on Tuesday night.",
])
def test_no_visit_before_ones_own_legislature(pipe, text):
    events = events_of(pipe, text)
    assert not find(events, "04"), [(e.cameo, code(e.source_actor), code(e.target_actor))
                                     for e in events]
