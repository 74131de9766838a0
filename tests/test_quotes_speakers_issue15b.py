"""Speakers and their actors, newcomer report 17 (issue 15): names cut at a particle, a
statement that is only the medium of its issuer, demonyms two states share, bodies several
states have, a spokesman for a named body. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document
from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def source_of(doc: Document, words: str) -> dict:
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        if q.content["start"] < end and start < q.content["end"]:
            return q.source or {}
    raise AssertionError(f"no quote over {words!r}: {[q.content['text'] for q in doc.quotes]}")


def code_of(doc: Document, words: str) -> str | None:
    return (source_of(doc, words).get("actor") or {}).get("code")


# A surname with a lower-case particle ("von der", "van den", "dos", "zu"): the tagger stops
# the name at the particle and tags the rest as a place or a second person.
@pytest.mark.parametrize("text, said, name", [
    ("Former Dutch minister Hans van den Broek said the plan was flawed.",
     "the plan was flawed", "hans van den broek"),
    ("Former minister Karl-Theodor zu Guttenberg said he would not return to politics.",
     "he would not return", "karl-theodor zu guttenberg"),
    ("Commission President Ursula von der Leyen said the bloc would respond in kind.",
     "the bloc would respond", "ursula von der leyen"),
])
def test_a_name_with_a_particle_is_whole(text, said, name):
    doc = analyse(text)
    assert source_of(doc, said).get("name", "").lower() == name
    # the surname is no second entity (a place "Broek", a person "Santos")
    assert not any(e.name.lower() == name.split()[-1] for e in doc.entities)


# "according to a statement from X": the statement is the medium, its issuer the speaker.
@pytest.mark.parametrize("text, said, speaker", [
    ("Troops withdrew from the disputed village overnight, according to a statement from the "
     "Indian army.", "Troops withdrew", "the indian army"),
    ("The two leaders agreed to reopen their embassies, according to a statement released by "
     "the Egyptian foreign ministry.", "agreed to reopen", "the egyptian foreign ministry"),
    ("The Chilean president will skip the summit in Lima, according to a communique from his "
     "office.", "will skip the summit", "his office"),
])
def test_a_statements_issuer_speaks(text, said, speaker):
    assert source_of(analyse(text), said).get("text", "").lower() == speaker


def actor_of(text: str, said: str) -> str | None:
    return code_of(analyse(text), said)


# A demonym two states share is the state the news means by it: "Dominican" is the Dominican
# Republic, not Dominica.
@pytest.mark.parametrize("text, said, code", [
    ("The Dominican foreign minister said the border would stay closed.",
     "the border would stay closed", "DOMGOV"),
    ("Dominican police said they had detained 300 migrants near the border.",
     "they had detained", "DOMCOP"),
    ("Dominican Defence Minister Carlos Diaz told reporters more troops were being sent.",
     "more troops were being sent", "DOMMIL"),  # a defence minister codes MIL here
])
def test_dominican_is_the_dominican_republic(text, said, code):
    assert actor_of(text, said) == code


# A body several states have under one name ("Joint Chiefs of Staff", "National Guard") is,
# named with no country, the body of the state the story is filed from.
@pytest.mark.parametrize("text, said, code", [
    ("SEOUL, March 3 (Yonhap) - The Joint Chiefs of Staff said North Korea fired two cruise "
     "missiles toward the Yellow Sea.", "North Korea fired", "KORMIL"),
    ("MEXICO CITY, Feb 4 (Reuters) - The National Guard said it had arrested 12 suspected "
     "cartel members in Sinaloa.", "it had arrested", "MEXMIL"),
    ("KYIV, June 1 (AFP) - The National Guard said its units had repelled an assault near "
     "Pokrovsk overnight.", "its units had repelled", "UKRMIL"),
    # filed from Washington: the United States' own
    ("WASHINGTON, Jan 5 (Reuters) - The Joint Chiefs of Staff said more troops would be sent "
     "to the region.", "more troops would be sent", "USAMIL"),
])
def test_a_shared_body_is_the_dateline_states(text, said, code):
    assert actor_of(text, said) == code


# A long appositive after a name ("a spokesman for <a body of many words>") codes the person.
@pytest.mark.parametrize("text, said, code", [
    ("\"We will not tolerate provocations,\" Wu Qian, a spokesman for the People's Liberation "
     "Army Southern Theater Command, said on Friday.", "We will not tolerate", "CHNMIL"),
    ("Ahmed Hassan, a spokesman for the Egyptian Ministry of Foreign Affairs and International "
     "Cooperation, said the talks would resume next week.", "the talks would resume", "EGYGOV"),
    ("Maria Lopez, a spokeswoman for the national police of the Republic of Colombia in Bogota, "
     "told reporters that nine suspects had been detained.", "nine suspects had been detained",
     "COLCOP"),
])
def test_a_long_appositive_codes_the_speaker(text, said, code):
    assert actor_of(text, said) == code


# Diplomats posted to a capital are other states': the capital gives them no country.
@pytest.mark.parametrize("text, said, code", [
    ("Diplomats in Nairobi said the talks had stalled over security guarantees.",
     "the talks had stalled", "GOV"),
    ("Envoys in Brasilia said the summit could be postponed until March.",
     "the summit could be postponed", "GOV"),
    ("Kenyan diplomats in Addis Ababa said the border crossing would reopen.",
     "the border crossing would reopen", "KENGOV"),
])
def test_diplomats_in_a_capital_are_foreign(text, said, code):
    assert actor_of(text, said) == code


# An official "in <capital>" just after the speaker's words is of the state that sits there,
# not of another state the sentence names.
@pytest.mark.parametrize("text, said, code", [
    ("Turkey, Azerbaijan's closest partner, would host the talks, according to a foreign "
     "ministry official in Ankara.", "would host the talks", "TURGOV"),
    ("Iran, Syria's main backer, was ready to mediate, according to a foreign ministry "
     "spokesman in Tehran.", "was ready to mediate", "IRNGOV"),
])
def test_an_official_in_a_capital_is_its_states(text, said, code):
    assert actor_of(text, said) == code


# A body named after its country ("the Sudan Doctors Network") is named by its whole name,
# not cut to the country's.
@pytest.mark.parametrize("text, said, name", [
    ("Shelling killed 12 people in Omdurman, according to the Sudan Doctors Network.",
     "Shelling killed", "sudan doctors network"),
    ("The strike would go ahead on Monday, according to the Nigeria Labour Congress.",
     "The strike would go ahead", "nigeria labour congress"),
    ("The Uganda Law Society said the arrests were illegal.", "the arrests were illegal",
     "uganda law society"),
])
def test_a_body_named_after_its_country_keeps_its_name(text, said, name):
    assert source_of(analyse(text), said).get("name", "").lower() == name


# A criminal group's name the tables do not know, with its sector word ("gang", "cartel"):
# the tagger takes the name for a person or a place of no actor; the speaker is the group,
# of the state the story is about.
@pytest.mark.parametrize("text, said, code", [
    ("Mexican troops arrested two suspects in Culiacan. Mexico's army said the raid was a "
     "success. The Los Chapitos cartel said it would retaliate.", "it would retaliate",
     "MEXCRM"),
    ("Ecuador declared a state of emergency. Ecuador's president said the army would patrol "
     "the streets. The Los Lobos gang warned it would attack prisons.", "it would attack",
     "ECUCRM"),
    ("Gangs blocked the main road into the capital. Haitian police said two officers were "
     "wounded. The Viv Ansanm gang coalition said it would not disarm.", "it would not disarm",
     "HTICRM"),
])
def test_a_gang_named_as_it_speaks_is_of_the_storys_state(text, said, code):
    assert actor_of(text, said) == code
