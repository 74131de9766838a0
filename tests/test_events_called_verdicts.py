""""Called the agreement 'an act of aggression'": a "call" that names or judges its object is
the speaker's verdict (111 when the words are negative, 051 when positive, by the tone
lexicons; refine._verdict),
on the one the object belongs to; the act its object names is told, not called for (no
"requested" act: coding._event_object, nominal_parties.asked_for). Before, "call" was read
as a light verb carrying the object's act, requested. Session 39, from a dev41 article's
kind; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer, target", [
    ('Armenia called the treaty between Turkey and Azerbaijan "a threat to regional peace".',
     "11", "ARM", "TUR"),
    ('Manila called the agreement with Tokyo "a great success" for both navies.',
     "05", "PHL", "JPN"),
    ('Caracas called the accord between Guyana and Exxon "a betrayal of the region".', "11",
     "VEN", "GUY"),
])
def test_a_judged_agreement_is_the_speakers_verdict(pipe, text, root, doer, target):
    events = events_of(pipe, text)
    got = find(events, root)
    assert got and code(got[0].source_actor).startswith(doer) and \
        code(got[0].target_actor).startswith(target), \
        [(e.cameo, code(e.source_actor), code(e.target_actor), e.modality) for e in events]
    assert all(e.modality != "requested" for e in events), \
        [(e.cameo, e.modality) for e in events]


def test_a_call_for_an_act_still_asks_for_it(pipe):
    events = events_of(pipe, "Egypt called for a ceasefire between Israel and Hamas.")
    assert any(e.modality == "requested" for e in events), \
        [(e.cameo, e.modality) for e in events]
