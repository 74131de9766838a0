"""A state body named bare ("the interior ministry", "the defence ministry") is of the story's
state, not of the state its own verb acts on ("accused Moscow", "summoned Beijing's envoy":
context._acted_on_by), nor of the state whose firms or citizens the sentence before names
("detained two Russian citizens", "on 12 U.S. firms": context.THING_NOUNS). Session 38, from
a dev39 article's kind; articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer, target", [
    ("KYIV (Reuters) - Ukraine's security service said on Monday it had detained two Russian "
     "citizens near a power plant. The interior ministry accused Moscow of sending saboteurs.",
     "112", "UKR", "RUS"),
    ("SEOUL (Reuters) - South Korea's spy agency said three Chinese nationals had photographed "
     "a navy base. The defence ministry summoned Beijing's envoy on Tuesday.", "114", "KOR",
     "CHN"),
    ("BEIJING (AP) - China imposed export controls on 12 U.S. firms on Friday. The foreign "
     "ministry criticised Washington for escalating the trade war.", "11", "CHN", "USA"),
])
def test_a_bare_body_is_not_of_the_state_it_acts_on(pipe, text, root, doer, target):
    got = find(events_of(pipe, text), root)
    assert got and code(got[-1].source_actor).startswith(doer) and \
        code(got[-1].target_actor).startswith(target), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


@pytest.mark.parametrize("text, root, doer, target", [
    ("NIAMEY (Reuters) - Niger's military rulers revoked the French ambassador's immunity on "
     "Monday. The junta also accused Paris of plotting to intervene militarily.", "112", "NER",
     "FRA"),
    ("KHARTOUM (AP) - Sudan's army chief toured the front near Omdurman on Sunday. The military "
     "accused the United Arab Emirates of arming the paramilitary forces.", "112", "SDN", "ARE"),
    ("NAYPYITAW (Reuters) - Myanmar's generals extended the state of emergency on Wednesday. "
     "The junta warned Thailand against sheltering rebel fighters.", "13", "MMR", "THA"),
])
def test_armed_bodies_that_act_by_word_are_not_of_the_state_they_act_on(pipe, text, root,
                                                                      doer, target):
    """A junta or an army that accuses, blames or warns acts by word like a ministry: the
    state it accuses is not its own (context.WORD_ACTS); by force it acts where it is."""
    got = find(events_of(pipe, text), root)
    assert got and code(got[-1].source_actor).startswith(doer) and \
        code(got[-1].target_actor).startswith(target), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


@pytest.mark.parametrize("text, root, target", [
    ("Rights groups have accused Hungarian police of beating migrants at the border.", "11",
     "HUN"),
    ("Aid agencies accused Sudan's army of blocking food convoys to Darfur.", "11", "SDN"),
])
def test_unnamed_rights_and_aid_groups_are_of_no_state(pipe, text, root, target):
    """'Rights groups', 'aid agencies' named by no name are NGOs of no country (the
    blind-coded sets' NGO), not of the state their sentence names (context.sentence_country);
    'local' rights groups are of the place's."""
    got = find(events_of(pipe, text), root)
    assert got and code(got[0].source_actor) == "NGO" and \
        code(got[0].target_actor).startswith(target), \
        [(e.cameo, code(e.source_actor), code(e.target_actor)) for e in got]


def test_local_rights_groups_are_of_the_place(pipe):
    got = find(events_of(pipe, "Local rights groups in Kenya accused police of killing "
                               "protesters."), "11")
    assert got and code(got[0].source_actor).startswith("KEN"), \
        [(e.cameo, code(e.source_actor)) for e in got]
