"""A participle set off by a comma after a denied act is done all the same: "did not attend
the summit, accusing the hosts of bias" accuses (events/modality.py _comma_participle;
session 31, a dev article's miss; sentences written for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import NEGATED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, denied", [
    ("The Malian president did not attend the summit, accusing the hosts of bias.", "112",
     "04"),
    ("Hungary did not sign the declaration, criticising its language on migration.", "111",
     "05"),
])
def test_the_participle_is_not_denied(pipe, text, act, denied):
    evs = events_of(pipe, text)
    part = [e for e in evs if e.cameo.startswith(act)]
    main = [e for e in evs if e.cameo.startswith(denied)]
    assert part and part[0].modality != NEGATED, [(e.cameo, e.modality) for e in evs]
    assert main and main[0].modality == NEGATED, [(e.cameo, e.modality) for e in evs]
