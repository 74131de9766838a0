"""A passive participle describing a noun ("sanctions imposed by the EU on Iran") is that
noun's act as the finite passive is ("sanctions were imposed on Iran by the EU"): the noun is
the verb's object, so a lexicon row cued by it fires (coding._cue_lemmas), and the "by"
phrase is the doer. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import check_act, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, source, target", [
    ("New sanctions imposed by the European Union on Belarus took effect on Monday.", "163",
     "IGOEUR", "BLR"),
    ("Tariffs imposed on Brazilian steel by the United States were lifted in May.", "163",
     "USA", "BRA"),
    ("The blockade imposed on Qatar by Saudi Arabia lasted more than three years.", "191",
     "SAU", "QAT"),
    ("A curfew imposed by the Sudanese army remained in place in Khartoum.", "1723", "SDN",
     None),
])
def test_a_participles_noun_is_its_object(pipe, text, act, source, target):
    check_act(pipe, text, act, source, target)


@pytest.mark.parametrize("text", [
    "The deadline imposed by the mediators passed on Friday without a deal.",
    "Conditions imposed by the lender include a smaller budget deficit.",
])
def test_a_participle_on_another_noun_is_no_restriction(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith(("16", "17", "19"))]
