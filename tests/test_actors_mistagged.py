"""Issue 19 item 4: people the entity tagger took for a body or a place (stages/actors/
mistagged.py): a later surname alone keeps the country of the person named in full before,
and a name introduced by a person's role takes that role's state ("a Kenyan interior
ministry spokeswoman, X"). Sentences written for this test; the whole pipeline runs."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def run(pipe, text: str):
    return pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))


def codes_of(doc, surface: str) -> list:
    return [(e.actor or {}).get("code") for e in doc.entities
            if doc.text[e.start:e.end] == surface]


def test_a_later_surname_keeps_the_persons_country(pipe):
    doc = run(pipe, "Tomas Varga, a Slovak journalist, was detained on Monday. Police said "
                    "Varga had insulted the prime minister.")
    assert codes_of(doc, "Varga") == ["SVKJRN"], [(doc.text[e.start:e.end], e.label, e.actor)
                                                  for e in doc.entities]
    insult = [e for e in doc.events if e.cameo.startswith("11")]
    assert insult and (insult[0].source_actor or {}).get("country") == "SVK"


def test_a_surname_the_tables_know_as_a_country_stays_the_country(pipe):
    doc = run(pipe, "Ana Jordan, a Cuban doctor, was deported last week. Jordan closed its "
                    "border crossing with Syria on Monday.")
    assert all(c is None or c.startswith("JOR") for c in codes_of(doc, "Jordan")[1:]), \
        codes_of(doc, "Jordan")


@pytest.mark.parametrize("text, surface, code", [
    # the role before the comma is the word before "for": its body says whose
    ("A spokeswoman for the Kenyan interior ministry, Wanjiru Kamau, criticized the "
     "protesters.", "Wanjiru Kamau", "KENGOV"),
    # a name the tagger took for a body, after a ministry spokesman's title
    ("An Iranian foreign ministry spokesman, Kazem Gharibi, condemned the new sanctions "
     "imposed by Britain.", "Kazem Gharibi", "IRNGOV"),
])
def test_a_name_after_a_role_takes_the_roles_state(pipe, text, surface, code):
    doc = run(pipe, text)
    assert codes_of(doc, surface) == [code], [(doc.text[e.start:e.end], e.label, e.actor)
                                              for e in doc.entities]


def test_a_surname_tagged_as_no_actor_at_all_keeps_the_persons_country(pipe):
    # the tagger labels the second surname WORK_OF_ART: the accusation still has its target
    doc = run(pipe, "Ali Reza Tavakoli, an Iranian diplomat, was expelled by Germany. "
                    "Tavakoli's lawyer said he had done nothing wrong. Germany accused "
                    "Tavakoli of spying.")
    accused = [e for e in doc.events if e.cameo.startswith("112")]
    assert accused and (accused[0].target_actor or {}).get("country") == "IRN", \
        [(e.cameo, e.source_actor, e.target_actor) for e in doc.events]


# A surname two office holders share ("Fox": Vicente Fox, Liam Fox), which the tagger reads
# as the network (ORG): after the person is named in full it is that person, so the "he"
# that follows is theirs and not the other man named in the sentence.
@pytest.mark.parametrize("text, person, country, rival", [
    ("Hours before the envoy arrived in Mexico City on Wednesday, he was already trading "
     "insults online with former President Vicente Fox, who called the visit an insult.\n\n"
     "Fox, a longtime critic of Donald Trump, began the quarrel when he said on Televisa "
     "that the trip was an error.", "Vicente Fox", "MEX", "Donald Trump"),
    ("Hours before the delegation arrived in London on Wednesday, it was already trading "
     "insults online with former trade secretary Liam Fox, who called the visit a stunt.\n\n"
     "Fox, a longtime critic of Keir Starmer, began the quarrel when he said on the radio "
     "that the deal was an error.", "Liam Fox", "GBR", "Keir Starmer"),
])
def test_a_shared_surname_read_as_a_body_is_the_person_named_before(pipe, text, person,
                                                                     country, rival):
    doc = run(pipe, text)
    later = [e for e in doc.entities if doc.text[e.start:e.end] == "Fox"]
    assert later and all(e.name == person and (e.actor or {}).get("country") == country
                         for e in later), [(e.label, e.name, e.actor) for e in later]
    (quote,) = [q for q in doc.quotes if "error" in q.content["text"]]
    assert quote.source["name"] == person != rival, quote.source


# A rank the tagger took into an organisation's name ("[Brigadier General X]" ORG) opens a
# person's name: the mention is a person named by the words after the rank, with the role's
# state, and the "he" after it is theirs.
@pytest.mark.parametrize("text, person, code", [
    ("The regional governor, Amina Dauda, said the curfew would stay in place.\n\nA Nigerian "
     "army spokesman, Brigadier General Tunde Balogun, said troops had cleared three camps on "
     "Sunday.\n\n\"The insurgents fled into the forest,\" he said.", "Tunde Balogun", "NGAMIL"),
    ("Health Minister Joyce Ofori said the clinics were open.\n\nA Ghanaian air force spokesman, Air "
     "Vice Marshal Kwame Mensah, said the jets had returned safely to Accra.\n\n\"No aircraft "
     "was lost,\" he added.", "Kwame Mensah", "GHAMIL"),
])
def test_a_rank_opens_a_persons_name(pipe, text, person, code):
    doc = run(pipe, text)
    (ent,) = [e for e in doc.entities if e.name == person]
    assert ent.label == "PERSON", (ent.label, ent.name)
    assert (ent.actor or {}).get("country") == code[:3], ent.actor
    (quote,) = [q for q in doc.quotes if q.source and q.source.get("text") == "he"]
    assert quote.source["name"] == person, quote.source


def test_a_rank_word_in_a_bodys_name_stays_the_body(pipe):
    doc = run(pipe, "General Motors said on Tuesday that it would cut 2,000 jobs. The Air "
                    "Force Academy said its cadets would return in August. Major League "
                    "Baseball said the season would start late.")
    assert not any(e.label == "PERSON" for e in doc.entities), \
        [(doc.text[e.start:e.end], e.label, e.name) for e in doc.entities]


# A name the tagger took for a body after a person's title ("opposition leader [X Y Z's]
# team", ORG) is a person, named without the possessive; the surname alone later (tagged a
# place) is that person, and the "She" after it is hers, not the minister's between.
@pytest.mark.parametrize("text, person", [
    ("Security agents detained two more members of opposition leader Lucía Elena Machado’s "
     "team on Friday, her party said.\n\nForeign Minister Yván Duarte said on television that "
     "the arrests were lawful.\n\nMachado, in a message posted online, urged her supporters to "
     "stay calm. She said a march would be held in the capital on Sunday.",
     "Lucía Elena Machado"),
    ("Soldiers detained four members of opposition leader Marta Sofía Machado’s staff on "
     "Tuesday, her party said.\n\nDefence Minister Yván Ortega said on the radio that the "
     "detentions were legal.\n\nMachado, in a video posted on social media, urged her followers "
     "to stay home. She said the regime was afraid of its own people.", "Marta Sofía Machado"),
])
def test_a_titled_name_read_as_a_body_is_a_person(pipe, text, person):
    doc = run(pipe, text)
    mentions = [e for e in doc.entities if "Machado" in doc.text[e.start:e.end]]
    assert all(e.label == "PERSON" and e.name == person for e in mentions), \
        [(doc.text[e.start:e.end], e.label, e.name) for e in mentions]
    (quote,) = [q for q in doc.quotes if q.source and q.source.get("text") == "She"]
    assert quote.source["name"] == person, quote.source


# A name the tagger read as a person's that modifies a settlement noun ("in [Lin Ta Lu]
# village") is a place, so no "he" stands for it.
@pytest.mark.parametrize("text, name", [
    ("Jets bombed a school in Nam Hka Lu village on Thursday, residents said.", "Nam Hka Lu"),
    ("Fighters stormed Wad Mahmoud town before dawn, witnesses said.", "Wad Mahmoud"),
])
def test_a_name_before_a_settlement_noun_is_a_place(pipe, text, name):
    doc = run(pipe, text)
    found = [e for e in doc.entities if doc.text[e.start:e.end] == name]
    assert all(e.label != "PERSON" for e in found), [(e.label, e.name) for e in found]
