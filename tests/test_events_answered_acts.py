"""A response that names no one ("Caracas rejected the measures", "the RSF rejected the
findings", "Beijing condemned the decision") answers the latest act of another state on the
responder told just before: its doer is the response's target (discourse._answered).
Texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import after_first_sentence, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, answered", [
    ("The European Union imposed sanctions on six Iranian officials on Monday. Tehran "
     "rejected the measures as illegal.", "12", "IGOEUR"),
    ("Japan expelled two Chinese diplomats on Friday. Beijing condemned the decision.", "11",
     "JPN"),
    ("Turkey accused Greece of violating its airspace. Athens rejected the claims as "
     "baseless.", "12", "TUR"),
])
def test_a_response_answers_the_act_before(pipe, text, root, answered):
    replies = after_first_sentence(find(events_of(pipe, text), root), text)
    assert replies, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (replies[0].target_actor or {}).get("code") == answered, replies[0].target_actor
