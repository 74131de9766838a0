"""A body referred back to ("the junta", "the ministry") is of the state that acts in the
sentences before, not of the state acted on there ("expelled the French ambassador",
context._acted_on); a state the tagger labels ORG or LOC on a border noun is the other side
of the border, no party ("near the border with Burkina Faso", names_a_border). Sentences
written for these tests."""
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


@pytest.mark.parametrize("text, root, pair", [
    ("NIAMEY, Niger (Reuters) - Niger's military rulers expelled the French ambassador on "
     "Friday. The junta accused France of backing the ousted president.", "112", ("NER", "FRA")),
    ("OUAGADOUGOU, Burkina Faso (AP) - Burkina Faso's army government suspended two French "
     "broadcasters on Monday. The junta accused Paris of spreading false news.", "112",
     ("BFA", "FRA")),
])
def test_a_body_referred_back_is_of_the_acting_state(pipe, text, root, pair):
    assert pair in pairs(events_of(pipe, text), root), pairs(events_of(pipe, text), "")


def test_a_state_tagged_as_an_organisation_on_a_border_is_no_party(pipe):
    text = ("NIAMEY, Niger (AP) - Gunmen killed 12 soldiers in an ambush near the border with "
            "Burkina Faso on Sunday, the army said.")
    assert ("NER", "NER") in pairs(events_of(pipe, text), "19") or \
        ("NER", "NER") in pairs(events_of(pipe, text), "18"), pairs(events_of(pipe, text), "")
