"""Newcomer report 20, class C1: an actor's country comes from its own phrase, its
apposition or the story's state, never from a third state named nearby in another role.
Sentences written for this test.

- a capitalised name ending in "Army" that carries a name of its own or a cause
  ("the Karenni Liberation Army") is a non-state armed group (REB), not a state's military;
  a state army's name ("the Royal Thai Army", "the Libyan National Army") stays MIL;
- a state named in a relative clause ("near the port, where China is building a harbour")
  gives the main clause's actors no country;
- "the government" with no state of its own is the state the sentence before has as its
  subject, not the last event's doer (a state asked to act in a complement);
- a country named after "the border with" is the other side, no counterpart;
- "its troops" in an international body's words are that body's;
- "them" is the plural party named before it ("sanctions on Venezuelan officials, but
  Russia lends them money"), not the last doer; "its minister" is bound by the
  subject of its own clause before the sentence before;
- "the militia", "the gangs" take no country from a state the sentence before names as a
  party of its clause ("Egypt has supplied jets to the army").
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.stages.actors import code_phrase


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("phrase, expected", [
    ("the Karenni Liberation Army", "MMRREB"),  # (Karenni: a people of Myanmar, places.tsv)
    ("the Ogaden National Liberation Army", "REB"),
    ("the Baloch Republican Army", "PAKREB"),  # (Baloch: a people of Pakistan)
    ("the Shan State Army", "MMRREB"),  # (Shan: a people of Myanmar)
    ("the Zomi Revolutionary Army", "REB"),
    ("the Chin National Army", "REB"),
    ("the Sudan People's Liberation Army", "SDNREB"),
    ("the Chadian Army", "TCDMIL"),
    ("the Royal Thai Army", "THAMIL"),
    ("the Libyan National Army", "LBYMIL"),
    ("the Syrian Arab Army", "SYRMIL"),
    ("the Nigerian Army", "NGAMIL"),
])
def test_army_names(phrase, expected):
    assert code(code_phrase(phrase)) == expected


@pytest.mark.parametrize("text, source, target", [
    ("The Shan State Army raided an army camp near the town of Muse, where China runs a "
     "trade zone.", "MMRREB", "MMRMIL"),
    ("Fighters shelled army positions around the airport, which Turkey rebuilt last year.",
     "REB", "MIL"),
    ("Rebels ambushed a police patrol near the dam, where Ethiopia is building a reservoir.",
     "REB", "COP"),
    ("Insurgents attacked army posts close to the dam, where Turkey is building a power "
     "plant.", "REB", "MIL"),
])
def test_relative_clause_state_lends_no_country(pipe, text, source, target):
    events = find(events_of(pipe, text), "19") or find(events_of(pipe, text), "18")
    assert events
    assert {(code(e.source_actor), code(e.target_actor)) for e in events} == {(source, target)}


@pytest.mark.parametrize("text, source", [
    ("Kenya asked Uganda to hand over the opposition leader. The government also banned "
     "the protests.", "KENGOV"),
    ("Peru urged Chile to return the fugitive banker. The government also expelled two "
     "journalists.", "PERGOV"),
    ("Mexico asked Guatemala to tighten its border. The administration also deported 300 "
     "migrants.", "MEXGOV"),
])
def test_government_is_the_story_state(pipe, text, source):
    second = text.split(". ")[1]
    events = [e for e in events_of(pipe, text) if e.evidence["start"] > text.index(second)]
    assert events
    assert all(code(e.source_actor).startswith(source) for e in events), \
        [(e.cameo, code(e.source_actor)) for e in events]


@pytest.mark.parametrize("text, source", [
    ("The Chadian army said its soldiers were patrolling the east near the border with "
     "Sudan.", "TCDMIL"),
    ("The UN peacekeeping mission said its troops were patrolling the area near the border "
     "with Israel.", "IGOUNOMIL"),
    ("NATO said its jets were patrolling the skies near the border with Belarus.",
     "IGONATMIL"),
])
def test_border_neighbour_and_body_of_speaking_org(pipe, text, source):
    events = find(events_of(pipe, text), "15")
    assert events
    assert {(code(e.source_actor), code(e.target_actor)) for e in events} == {(source, "")}


@pytest.mark.parametrize("text, root, target", [
    ("The European Union froze the assets of Venezuelan officials, but Russia still lends "
     "them money.", "07", "VENGOV"),
    ("Germany condemned the Eritrean soldiers, while Ethiopia praised them.", "05", "ERIMIL"),
    ("Britain sanctioned Sudanese paramilitary commanders, but the Emirates still sells them "
     "weapons.", "07", "SDNMIL"),
])
def test_them_is_the_plural_party(pipe, text, root, target):
    """ "them" stands for the plural party named before it, not for the last doer (a state
    named in the singular)."""
    events = find(events_of(pipe, text), root)
    assert events
    assert {code(e.target_actor) for e in events} == {target}


@pytest.mark.parametrize("text, target", [
    ("Germany said it would keep talking. France's government sent its foreign minister to "
     "Beijing on Monday.", "CHN"),
    ("Brazil's president promised more talks. Argentina's government dispatched its economy "
     "minister to Washington.", "USA"),
    ("Spain said the talks would resume. Morocco sent its interior minister to Madrid on "
     "Tuesday.", "ESP"),
])
def test_its_is_bound_by_its_own_clause(pipe, text, target):
    """ "its minister" in a clause whose subject is a state is that state's, not that of the
    state the sentence before was about: the visit goes to the capital named."""
    events = find(events_of(pipe, text), "042")
    assert events
    assert {code(e.target_actor) for e in events} == {target}


@pytest.mark.parametrize("text, sector, third", [
    ("Clashes spread across Sudan last week. Egypt has supplied jets to the army. The militia "
     "shelled a hospital in El Fasher.", "PRM", "EGY"),
    ("Violence grew in Mozambique's north. Rwanda has sent troops to the province. The "
     "insurgents burned a church near Mocimboa.", "REB", "RWA"),
    ("Gangs control most of Port-au-Prince. Kenya agreed to lead a security mission. The "
     "gangs attacked a prison on Sunday.", "CRM", "KEN"),
    ("Fighting resumed in eastern Congo. Uganda has deployed soldiers against the ADF. The "
     "rebels attacked a clinic in Beni.", "REB", "UGA"),
])
def test_armed_group_takes_no_country_of_an_outside_state(pipe, text, sector, third):
    """ "the militia", "the rebels": an armed group is of where it acts, never of a state the
    sentence before names as a party (a supplier, a mission's leader)."""
    last = text.rsplit(". ", 1)[1]
    events = [e for e in events_of(pipe, text) if e.evidence["start"] >= text.index(last)]
    assert events
    for e in events:
        assert (e.source_actor or {}).get("sector") == sector
        assert (e.source_actor or {}).get("country") != third
