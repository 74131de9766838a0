"""An act a doer backs down, refrains, abstains or shies away from ("backed down from
imposing tariffs", "refrained from striking") was not done: negated
(modality.REFRAINING_VERBS). An act done after retreating is still done. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root", [
    ("Brazil backed down from imposing tariffs on Argentine wheat.", "16"),
    ("Pakistan refrained from striking Indian positions along the border.", "19"),
    ("The Turkish army shied away from attacking Kurdish fighters in Manbij.", "19"),
])
def test_an_act_backed_away_from_is_not_done(pipe, text, root):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert all(e.modality == "negated" for e in evs), [(e.cameo, e.modality) for e in evs]


def test_an_act_done_after_a_retreat_stays_done(pipe):
    evs = [e for e in events_of(pipe, "Russian forces retreated from Kherson after shelling "
                                       "the city for days.") if e.cameo.startswith("19")]
    assert evs and all(e.modality == "asserted" for e in evs), evs
