"""Two subjects the parser hangs on one verb ("..., most of them after Russia launched a new
offensive"), with the clause's "after" between them: the piece of the clause before is no
doer; the subject next to the verb is (arguments.climb_subject; a list stays one subject,
"The AU, ECOWAS and the UN condemned"; session 31, a dev article's miss; sentences written
for these tests)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer", [
    ("Hundreds of civilians were killed in the region last year, most of them after Russia "
     "launched a new offensive in May.", "RUS"),
    ("Dozens of villages were abandoned during the war, many of them after Ethiopia launched "
     "an offensive in the north.", "ETH"),
])
def test_the_subject_next_to_the_verb_acts(pipe, text, doer):
    offensives = [e for e in events_of(pipe, text) if "offensive" in e.evidence["text"]]
    assert offensives, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (offensives[0].source_actor or {}).get("country") == doer, \
        code(offensives[0].source_actor)
