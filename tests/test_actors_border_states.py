"""A state the tagger labels ORG or LOC on a border noun is the other side of the border, no
party ("near the border with Burkina Faso", context.names_a_border). Sentences written for
these tests. (Giving a body referred back, "the junta", the state acting before rather than
the one it acts on was tried and reverted: the PLOVER internal test part lost a source.)"""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def pairs(evs, root):
    return [((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
            for e in evs if e.cameo.startswith(root)]


def test_a_state_tagged_as_an_organisation_on_a_border_is_no_party(pipe):
    text = ("NIAMEY, Niger (AP) - Gunmen killed 12 soldiers in an ambush near the border with "
            "Burkina Faso on Sunday, the army said.")
    assert ("NER", "NER") in pairs(events_of(pipe, text), "19") or \
        ("NER", "NER") in pairs(events_of(pipe, text), "18"), pairs(events_of(pipe, text), "")
