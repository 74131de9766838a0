"""An absolute phrase ("..., with Russia and China abstaining", "with Hungary voting
against") is a predication of its own: its states are no target of the main clause and lend
no country to its bare bodies (actors.side_clauses.absolute_phrase). Session 38, from a dev38
article's kind (the Security Council's demand on the Houthis was coded on each abstainer);
sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, outsiders", [
    ("The Security Council adopted a resolution demanding that the M23 rebels halt the "
     "offensive, with Russia and China abstaining.", {"RUS", "CHN"}),
    ("The General Assembly condemned the annexation, with 143 countries voting in favour and "
     "Russia voting against.", {"RUS"}),
    ("The Security Council condemned the coup in Niger, with Russia voting in favour.", {"RUS"}),
])
def test_states_in_an_absolute_phrase_are_no_parties(pipe, text, outsiders):
    evs = events_of(pipe, text)
    assert evs, text
    for e in evs:
        assert code(e.source_actor)[:3] not in outsiders and \
            code(e.target_actor)[:3] not in outsiders, (e.cameo, code(e.source_actor),
                                                        code(e.target_actor), e.evidence["text"])
