"""A pronoun subject shared by conjoined verbs ("He criticised X and praised Y") is the doer
of every one of them, not only of the first (events/phrase_actors._resolve: the pronoun's
own earlier resolution is reused). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def doers(pipe, text, root):
    return [(e.source_actor or {}).get("country") for e in events_of(pipe, text)
            if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, doer", [
    ("Chilean President Gabriel Boric spoke in Santiago on Monday. He criticised Venezuela "
     "and praised Colombia.", "05", "CHL"),
    ("Ghana's foreign minister arrived in Lome on Friday. She met Togo's president and "
     "condemned the coup in Niger.", "11", "GHA"),
    ("Polish border guards patrolled the crossing overnight. They detained four Belarusian "
     "men and expelled two Russian citizens.", "17", "POL"),
])
def test_the_second_verb_of_a_pronoun_subject_has_the_same_doer(pipe, text, root, doer):
    found = doers(pipe, text, root)
    assert found and all(d == doer for d in found), [(e.cameo, e.source_actor)
                                                     for e in events_of(pipe, text)]
