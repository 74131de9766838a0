"""The act of anyone at all ("Anyone who attacks Iran will face ...", "Whoever harms us will
pay a heavy price") is no act anyone did (refine.generic_doer); the threat it is told in is
the speaker's, on whoever that is (threats._anyone). Session 37, from a dev37 article's kind;
sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    '"Anyone who attacks Venezuela will regret it," the defence minister said.',
    '"Anyone who fires at our troops will be killed," the general said.',
])
def test_anyones_act_is_no_event(pipe, text):
    evs = events_of(pipe, text)
    assert not [e for e in evs if e.cameo[:2] in ("18", "19")], \
        [(e.cameo, code(e.source_actor), e.evidence["text"]) for e in evs]


def test_whoever_will_pay_is_the_speakers_threat(pipe):
    text = ('Turkish jets struck Kurdish positions in Iraq. "Whoever attacks our soldiers will '
            'pay a heavy price," Turkey\'s defence minister said.')
    threats = find(events_of(pipe, text), "13")
    assert threats and code(threats[0].source_actor).startswith("TUR"), \
        [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
