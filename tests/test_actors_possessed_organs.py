"""A state's name the small tagger reads as a person's is the state where one of its organs
follows its "'s" ("Mali's army", "Togo's president": actors/untagged.py
`places_read_as_people`); and a bare "the junta" or "the cabinet" is the organ of the state
the story's sentence before had as its subject, as "the government" is (events/
state_bodies.py), not of another state the sentence names ("expelled the French
ambassador"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import code, countries_at, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()



@pytest.mark.parametrize("text, name, country", [
    ("Mali's army shelled the village of Ber on Sunday.", "Mali", "MLI"),
    ("Togo's president met the Ghanaian envoy in Lome.", "Togo", "TGO"),
    ("Malawi's police arrested three opposition activists in Blantyre.", "Malawi", "MWI"),
])
def test_a_state_name_before_its_organ_is_the_state(pipe, text, name, country):
    assert countries_at(pipe, text, name, "2025-03-10") == [country]


@pytest.mark.parametrize("text, source, target", [
    ("Mali's military rulers turned to Russia after the coup. The junta has since expelled "
     "the French ambassador.", "MLI", "FRA"),
    ("Guinea's military leaders dissolved the government in 2021. The junta later expelled "
     "the Senegalese envoy.", "GIN", "SEN"),
    ("Myanmar's generals seized power in a coup in 2021. The junta has since arrested two "
     "Japanese journalists.", "MMR", "JPN"),
])
def test_the_junta_is_the_story_state_not_the_object_state(pipe, text, source, target):
    second = text.index("The junta")
    later = [e for e in events_of(pipe, text, "2025-03-10")
             if (e.evidence or {}).get("start", 0) >= second]
    assert later, "no event in the second sentence"
    assert (code(later[0].source_actor)[:3], code(later[0].target_actor)[:3]) == (source, target)


# (session 37, found by probing with new wire copy) after "in" and a compass word ("in
# northern Mali") the name is the place; and a later bare mention of a name the text already
# reads as a state ("Mali's junta ... Mali asks") is that state too: one text, one reading.
@pytest.mark.parametrize("text, at, country", [
    ("Gunmen attacked a police station in northern Niger on Friday.", "Niger", "NER"),
    ("Mali's junta expelled the envoy. Mali asks for the withdrawal of the mission, the "
     "minister said in Bamako.", "Mali asks", "MLI"),
])
def test_a_state_name_read_as_a_person_is_the_state(pipe, text, at, country):
    assert countries_at(pipe, text, at) == [country]
