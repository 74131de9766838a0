"""A finite verb the parser hangs on the sentence's first noun as a participle ("Russian
airstrikes [killed] at least 12 Syrians in Idlib overnight, according to ..." parsed with
"airstrikes" as the root) is that noun's act, not an act done to it: a participle describing
a noun has no object of its own (arguments._finite_misread). Sentences written for these
tests, checked to be so misparsed by the shipped spaCy model."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk import nlp
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, victims", [
    ("Russian airstrikes killed at least 12 Syrians in Idlib overnight, according to a war "
     "monitor.", "RUS", "SYR"),
    ("Saudi airstrikes killed at least 9 Yemenis in Saada overnight, according to the Houthis.",
     "SAU", "YEM"),
    ("Turkish airstrikes wounded at least 15 Kurds in Qamishli overnight, according to local "
     "officials.", "TUR", "SYR"),
])
def test_the_noun_misread_as_the_root_is_the_doer(pipe, text, doer, victims):
    # the premise: the parser reads the verb as a participle of the first noun
    assert [t.dep_ for t in nlp.parse(text)][1:3] == ["ROOT", "acl"]
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] in ("18", "19")]
    assert evs and (evs[0].source_actor or {}).get("country") == doer and \
        (evs[0].target_actor or {}).get("country") == victims, \
        [(e.cameo, e.source_actor, e.target_actor) for e in evs]
