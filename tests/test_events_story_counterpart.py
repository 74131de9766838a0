"""An act whose text names no target ("the European Union condemned the move", "Brazil and
Argentina condemned the attempt") is done, as hand coders code it, to the party the story is
about: the one the document's other events name most, the doer's own state left out
(default_targets._story_party). Never to a co-agent of the same act, and not when two
parties are named as often. Session 38, from the dev37 articles' targetless acts; articles
written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


GEORGIA = ("TBILISI, Georgia (AP) - Georgian police detained dozens of protesters outside "
           "parliament on Sunday. Georgia's ruling party pushed the bill through parliament "
           "last week despite weeks of protests. The Georgian government accused foreign "
           "embassies of funding the demonstrations. The European Union condemned the move on "
           "Monday.")
BOLIVIA = ("LA PAZ, Bolivia (AFP) - Bolivia's army chief led troops and armoured vehicles into "
           "the main square of La Paz on Wednesday. President Luis Arce denounced an attempted "
           "coup. Soldiers rammed the doors of the government palace. Bolivian police arrested "
           "the general hours later. Brazil and Argentina condemned the attempt.")


@pytest.mark.parametrize("text, doers, target", [
    (GEORGIA, ("IGOEUR",), "GEO"),
    (BOLIVIA, ("BRA", "ARG"), "BOL"),
])
def test_an_act_naming_no_target_is_done_to_the_story_s_party(pipe, text, doers, target):
    got = [e for e in find(events_of(pipe, text), "11")
           if code(e.source_actor).startswith(doers)]
    assert len(got) == len(doers), [(e.cameo, code(e.source_actor)) for e in got]
    for event in got:
        assert code(event.target_actor) == target and event.target_actor["by_default"], \
            (code(event.source_actor), event.target_actor)


def test_the_doer_s_own_state_is_never_its_counterpart(pipe):
    got = [e for e in find(events_of(pipe, BOLIVIA), "11")
           if code(e.source_actor).startswith("BOL")]
    assert got and not any(code(e.target_actor).startswith("BOL") for e in got), \
        [(code(e.source_actor), code(e.target_actor)) for e in got]


def test_no_counterpart_when_two_parties_are_named_as_often(pipe):
    text = ("Ethiopia accused Eritrea of massing troops on the border. Eritrea accused Ethiopia "
            "of preparing an invasion. Kenya called for restraint and condemned the escalation.")
    got = [e for e in find(events_of(pipe, text), "11") if code(e.source_actor) == "KEN"]
    assert got and all(e.target_actor is None for e in got), \
        [(code(e.source_actor), e.target_actor) for e in got]
