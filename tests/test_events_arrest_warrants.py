"""An arrest warrant issued for someone is legal action against them (CAMEO 173, as an
arrest ordered is): the lexicon's "warrant" noun cued by "arrest", carried by "issue";
a search warrant is no arrest. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, target", [
    ("A court in Lima issued an arrest warrant for former President Martin Vizcarra.",
     "PER", "PER"),
    ("An Argentine judge issued a warrant for the arrest of Iran's former defence minister.",
     "ARG", "IRN"),
    ("The International Criminal Court issued arrest warrants for two Taliban leaders.",
     "IGO", "AFG"),
])
def test_an_arrest_warrant_is_legal_action(pipe, text, doer, target):
    acts = find(events_of(pipe, text), "173")
    assert acts, [e.cameo for e in events_of(pipe, text)]
    assert (acts[0].source_actor or {}).get("country") == doer, acts[0].source_actor
    assert (acts[0].target_actor or {}).get("country") == target, acts[0].target_actor


def test_a_search_warrant_is_no_arrest(pipe):
    text = "Police in Berlin obtained a search warrant for the offices of a Turkish charity."
    assert not find(events_of(pipe, text), "17")
