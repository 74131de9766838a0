"""Agreeing is itself the act: "X agreed to Y" is an agreement (CAMEO 057, root 05, PLOVER
AGREE), told as happened, with what was agreed as its counterpart; a negative agreement
("agreed not to interfere") is still an agreement made; "did not agree" is negated; agreeing
with a view is no event (events/coding.AGREED, clauses.py, modality.event_modality).
Our hand-coding guidelines code agreeing so: "05 diplomatic cooperation (praise, agree,
sign)". Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def agreements(pipe, text):
    return [((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"),
             e.modality, e.plover.get("event"))
            for e in events_of(pipe, text) if e.cameo.startswith("05")]


@pytest.mark.parametrize("text, pair", [
    ("Chile agreed on Monday to reopen its embassy in Caracas.", ("CHL", "VEN")),
    ("Ghana agreed to supply electricity to Burkina Faso.", ("GHA", "BFA")),
    ("Uzbekistan, Kyrgyzstan and Tajikistan agreed to share water data with Kazakhstan.",
     ("UZB", "KAZ")),
])
def test_agreeing_to_an_act_is_an_agreement_made(pipe, text, pair):
    found = agreements(pipe, text)
    assert (pair[0], pair[1], "asserted", "AGREE") in found, found


def test_each_of_several_agreeing_states_agrees(pipe):
    text = "Uzbekistan, Kyrgyzstan and Tajikistan agreed to share water data with Kazakhstan."
    assert {s for s, t, _, _ in agreements(pipe, text)} >= {"UZB", "KGZ", "TJK"}


def test_a_negative_agreement_is_still_made(pipe):
    text = "Peru and Ecuador agreed not to deploy troops near the border."
    found = agreements(pipe, text)
    assert found and all(mod == "asserted" for _, _, mod, _ in found), found


def test_not_agreeing_is_negated(pipe):
    found = agreements(pipe, "Mali did not agree to the French proposal.")
    assert found and all(mod == "negated" for _, _, mod, _ in found), found


def test_agreeing_with_a_view_is_no_event(pipe):
    assert not agreements(pipe, "The Kenyan minister agreed with that view on Monday.")
