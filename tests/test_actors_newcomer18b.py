"""Newcomer report 18, remaining actor items (h18f3). Sentences written for this test, with
other states and wordings than the report's.

- "the West" standing alone is a party (CAMEO WST): "warned the West against X-ing" targets
  the West, not a state named inside the warned-against act;
- a country named only as a destination inside what a speaker says ("flown to Qatar") is
  not the speaker's country;
- harm told in the passive with no agent ("two civilians were wounded") was done by the armed
  doer of the force just told, or by the army that reports killing its enemies, not by
  invented unidentified attackers; never by the victims' own side;
- "the excessive force used against X" is a use of force, no armed body of the condemner's;
- an official or spokesman of a named armed group ("M23 official") is the group's (REB).
"""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str, published: str | None = "2025-03-04"):
    return pipe.run(Document(text=text, meta=Meta(published=published)))


def dyads(doc, cue: str) -> list[tuple]:
    return [((e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"))
            for e in doc.events if e.evidence["text"] == cue]


@pytest.mark.parametrize("text, cue, source", [
    ("China warned the West against meddling in Taiwan's affairs.", "warned", "CHN"),
    ("Iran on Sunday warned the West against interfering in Lebanon.", "warned", "IRN"),
    ("Belarus threatened the West with retaliation over the sanctions on Minsk.",
     "threatened", "BLR"),
])
def test_the_west_is_a_party(pipe, text, cue, source):
    doc = run(pipe, text)
    assert (source, "WST") in [(s[:3] if s else s, t) for s, t in dyads(doc, cue)], doc.events


@pytest.mark.parametrize("text", [
    "Israeli troops raided a camp in the West Bank on Monday.",
    "Floods hit West Africa in August, the United Nations said.",
])
def test_west_in_a_place_name_is_no_party(pipe, text):
    doc = run(pipe, text)
    assert not any("WST" in ((e.source_actor or {}).get("code") or "") +
                   ((e.target_actor or {}).get("code") or "") for e in doc.events)
    assert not any((ent.actor or {}).get("code") == "WST" for ent in doc.entities)


@pytest.mark.parametrize("text, country", [
    ("A senior official told reporters the hostages had been flown to Qatar.", None),
    ("The ministry said the envoy would travel to Egypt next week.", None),
    ("Police said the suspect had fled to Mexico on Sunday.", None),
    ("Houthi spokesman Yahya Saree said the drones had been launched at Eilat in Israel.",
     "YEM"),
])
def test_a_country_only_in_the_content_is_not_the_speakers(pipe, text, country):
    doc = run(pipe, text)
    actors = [q.source.get("actor") or {} for q in doc.quotes if q.source]
    assert actors, doc.quotes
    assert actors[0].get("country") == country, actors


def test_a_country_named_before_the_quote_still_gives_the_speaker(pipe):
    doc = run(pipe, "Egypt's foreign ministry said talks would resume on Monday. The ministry "
                    "said the envoy would travel to Egypt next week.")
    assert [(q.source.get("actor") or {}).get("country") for q in doc.quotes] == ["EGY", "EGY"]


def sources_of(doc, cue: str) -> list:
    return [(e.source_actor or {}).get("code") for e in doc.events if e.evidence["text"] == cue]


@pytest.mark.parametrize("text, cue, doer", [
    ("Israeli warplanes struck a refugee camp in southern Lebanon on Sunday. Four civilians "
     "were killed, the Lebanese health ministry said.", "killed", "ISRMIL"),
    ("Ukrainian drones hit an oil depot in Russia's Bryansk region overnight. Two workers "
     "were injured, the regional governor said.", "injured", "UKRMIL"),
    ("Nigerian troops raided a Boko Haram hideout in Borno state. An army spokesman said 12 "
     "militants were killed.", "killed", "NGAMIL"),
    ("The Colombian army said nine rebels were killed in the operation in Cauca.", "killed",
     "COLMIL"),
])
def test_passive_harm_is_the_forces_just_told(pipe, text, cue, doer):
    assert sources_of(run(pipe, text), cue) == [doer]


def test_passive_harm_to_the_doers_own_soldiers_is_not_theirs(pipe):
    doc = run(pipe, "Israeli jets struck Gaza on Monday. Three Israeli soldiers were wounded "
                    "in southern Israel.")
    assert "ISRMIL" not in sources_of(doc, "wounded")


@pytest.mark.parametrize("text, cue, country", [
    ("Washington condemned the excessive force used against Georgian protesters.",
     "condemned", "GEO"),
    ("France condemned the disproportionate force used against Serbian students.",
     "condemned", "SRB"),
    ("Britain denounced the brute force used against Belarusian opposition supporters.",
     "denounced", "BLR"),
])
def test_a_use_of_force_is_no_armed_body(pipe, text, cue, country):
    targets = [(e.target_actor or {}) for e in run(pipe, text).events
               if e.evidence["text"] == cue]
    assert targets and all(t.get("sector") != "MIL" for t in targets), targets
    assert [t.get("country") for t in targets] == [country]


def test_a_force_that_acts_is_still_armed(pipe):
    doc = run(pipe, "Iran's Quds Force attacked a base in Iraq.")
    assert [(e.source_actor or {}).get("code") for e in doc.events] == ["IRNMIL"]


@pytest.mark.parametrize("phrase, code", [
    ("M23 official", "CODREB"), ("a Hezbollah official", "LBNREB"),
    ("al-Shabaab official", "SOMREB"), ("Houthi spokesman", "YEMREB"),
    ("the Hamas-run health ministry", "PSEGOV"), ("a senior official", "GOV"),
])
def test_an_armed_groups_official_is_the_groups(phrase, code):
    from newsdesk.stages.actors import code_phrase
    assert (code_phrase(phrase) or {}).get("code") == code
