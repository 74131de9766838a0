"""An "It" that opens a sentence as its main subject stands for the body or state that was the
main subject of the sentence before ("The Russian Defence Ministry said ... It thanked the
UAE"), not for the last actor of a clause that sentence reports
(clause_subjects.previous_body). Texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import after_first_sentence, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, body", [
    ("The Indian foreign ministry said talks with Beijing had been held in territory controlled "
     "by China. It thanked Russia for hosting the meeting.", "05", "IND"),
    ("The Egyptian army said militants had attacked a checkpoint held by Israeli troops. It "
     "also accused Hamas of arming the attackers.", "11", "EGY"),
])
def test_it_is_the_body_that_spoke(pipe, text, root, body):
    acts = after_first_sentence(find(events_of(pipe, text), root), text)
    assert acts and (acts[0].source_actor or {}).get("country") == body, \
        [(e.cameo, e.source_actor) for e in acts]
