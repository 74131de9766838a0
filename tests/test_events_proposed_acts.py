"""An act a "that" clause in the bare form proposes, suggests or recommends is asked for, not
done: "suggested that the rebels free the hostages", "have recommended that both armies
withdraw" are requested (events/modality.py MANDATIVE_VERBS, ONLY_MANDATIVE; session 31, a
dev article's miss; sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import REQUESTED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root", [
    ("Norway suggested that the rebels free the hostages before the talks.", "08"),
    ("The mediators have recommended that both armies withdraw from the town.", "08"),
    ("Qatar has proposed that Egyptian or Turkish troops patrol the crossing.", "15"),
])
def test_the_proposed_act_is_requested(pipe, text, root):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith(root)]
    assert evs and all(e.modality == REQUESTED for e in evs), \
        [(e.cameo, e.modality) for e in events_of(pipe, text)]
