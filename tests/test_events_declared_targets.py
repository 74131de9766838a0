"""A warning that declares someone a target or an act one of war ("warned that U.S. and
British warships were now legitimate targets", "warned that any attack would be considered a
declaration of war", "... treated as a hostile act") is the warner's threat (refine.
declared_hostile), not a forecast of another's act, which a warning otherwise is. Session 38,
from a dev38 article's kind; sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, warner, warned", [
    ("A Hezbollah commander warned that Israeli gas platforms were now legitimate targets.",
     "LBN", "ISR"),
    ("Tehran warned that any Israeli strike on its oil terminals would be considered a "
     "declaration of war.", "IRN", None),
    ("The Kremlin warned that French instructors in Ukraine would be legitimate targets.",
     "RUS", "FRA"),
])
def test_a_declared_target_is_a_threat(pipe, text, warner, warned):
    got = find(events_of(pipe, text), "13")
    assert got and code(got[0].source_actor).startswith(warner), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in events_of(pipe, text)]
    if warned:
        assert any(code(e.target_actor).startswith(warned) for e in got), \
            [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


def test_a_warning_of_a_danger_is_still_no_threat(pipe):
    got = events_of(pipe, "Aid agencies warned that millions of people could go hungry.")
    assert not find(got, "13"), [(e.cameo, e.evidence["text"]) for e in got]
