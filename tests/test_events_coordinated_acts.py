"""Two acts joined by "and" (session 31; dev articles' misses, sentences written for these
tests):

- a past-tense verb the parser joins to the gerund of an accusation ("accused X of pushing
  migrants ... and recalled its ambassador") is the accuser's second act, not part of what X
  is accused of (nlp._finite_conjuncts): its doer is the accuser and it is asserted;
- the same kind of act on two people of one state ("held talks with the Saudi foreign
  minister and met the Saudi crown prince") is two events, not one read twice
  (clauses._sentence_events keeps each mention of the counterpart);
- a body owned by "whose" is of the state the clause hangs on ("Qatar, whose foreign
  minister met ...": QATGOV; phrase_actors._whose_state)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import ASSERTED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def test_a_finite_verb_after_the_accused_act_is_the_accusers_own(pipe):
    text = ("Poland accused Belarus of pushing migrants across the frontier near Bialystok and "
            "recalled its ambassador from Minsk.")
    recalls = find(events_of(pipe, text), "16")
    assert recalls, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(recalls[0].source_actor).startswith("POL"), recalls[0].source_actor
    assert (recalls[0].target_actor or {}).get("country") == "BLR"
    assert recalls[0].modality == ASSERTED


@pytest.mark.parametrize("text, pair", [
    ("Blinken held talks with the Saudi foreign minister and met the Saudi crown prince.",
     ("USA", "SAU")),
    ("The German chancellor held talks with the Polish prime minister and met the Polish "
     "president.", ("DEU", "POL")),
])
def test_two_meetings_with_two_people_of_one_state_are_two_events(pipe, text, pair):
    meetings = [e for e in find(events_of(pipe, text), "04")
                if ((e.source_actor or {}).get("country"),
                    (e.target_actor or {}).get("country")) == pair]
    assert len(meetings) == 2, [(e.cameo, e.evidence["text"]) for e in meetings]


@pytest.mark.parametrize("text, doer", [
    ("The talks were hosted by Qatar, whose foreign minister met the Hamas delegation on "
     "Monday.", "QAT"),
    ("Migrants crossed into Poland, whose interior minister visited the border with Belarus "
     "on Sunday.", "POL"),
])
def test_a_body_owned_by_whose_is_of_the_state_the_clause_hangs_on(pipe, text, doer):
    evs = [e for e in events_of(pipe, text) if e.cameo[:2] == "04"]
    assert evs and (evs[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, code(e.source_actor)) for e in evs]


@pytest.mark.parametrize("text, pair", [
    ("India and China have massed troops along their common border.", ("IND", "CHN")),
    ("Armenia and Azerbaijan were moving tanks toward their shared frontier.", ("ARM", "AZE")),
])
def test_two_sides_massing_at_their_shared_border_face_each_other(pipe, text, pair):
    """ "massed troops along their common border": each side's buildup faces the other
    (build._their_shared_border), two events."""
    got = {((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country"))
           for e in find(events_of(pipe, text), "15")}
    assert got == {pair, pair[::-1]}, got
