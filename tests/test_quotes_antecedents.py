"""Who "he" or "she" stands for, and who a named source is, when other people are named near
it: the subject of a stance or an act in the sentence before, the main clause's subject rather
than someone named in what it reports, the subject rather than a name in a relative clause on
it, a person rather than a platform. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def speaker_of(doc: Document, words: str) -> str | None:
    """The name of the speaker of the quote whose content holds `words`."""
    start = doc.text.index(words)
    end = start + len(words)
    for q in doc.quotes:
        if any(p["start"] < end and start < p["end"] for p in q.content.get("parts") or
               [q.content]):
            return (q.source or {}).get("name")
    raise AssertionError(f"no quote over {words!r}: {[q.content['text'] for q in doc.quotes]}")


# --- a person named in apposition to the subject of a stance or act is its subject ---------

APPOSED_SUBJECTS = [
    ("A union spokeswoman, Joan Blake, said the strike would go on. The country's labour "
     "minister, Helen Marsh, criticised the union for the disruption. She said the talks "
     "had been offered twice.", "the talks had been offered twice", "Helen Marsh"),
    ("The army's spokesman, Omar Haddad, said the road was open. Lebanon's energy minister, "
     "Walid Fayad, accused the company of hoarding fuel. He said the tankers would be "
     "seized.", "the tankers would be seized", "Walid Fayad"),
    ("An opposition lawmaker, Rafael Ortiz, said the budget was unlawful. The city's mayor, "
     "Daniel Costa, rejected the charge on Monday. He said every figure had been audited.",
     "every figure had been audited", "Daniel Costa"),
]


@pytest.mark.parametrize("text, words, speaker", APPOSED_SUBJECTS)
def test_pronoun_stands_for_the_apposed_subject_of_the_sentence_before(text, words, speaker):
    assert speaker_of(analyse(text), words) == speaker


# --- "he" after "He said <someone> had ...": the one who said it, not the one he named ------

REPORTING_PRONOUNS = [
    ("Borrell said the ministers had met for six hours. He said Foreign Minister Sergei "
     "Lavrov had assured the envoys that the grain corridor would stay open. \"We have heard "
     "such promises before,\" he said.", "We have heard such promises before", "Borrell"),
    ("Mendez told the committee the audit was late. She said Senator Laura Price had asked "
     "the auditors to wait until March. \"Nobody on this panel asked for a delay,\" she "
     "added.", "Nobody on this panel asked for a delay", "Mendez"),
    ("Okafor said the port would reopen. He said Governor James Ibe had promised the "
     "dockworkers that their wages would be paid. \"I will hold him to that promise,\" he "
     "told reporters.", "I will hold him to that promise", "Okafor"),
]


@pytest.mark.parametrize("text, words, speaker", REPORTING_PRONOUNS)
def test_pronoun_stands_for_the_reporting_subject_not_the_person_reported(text, words,
                                                                         speaker):
    assert speaker in (speaker_of(analyse(text), words) or "")


# --- a name inside a relative clause on the source is not the source -----------------------

RELATIVE_CLAUSES = [
    ("The envoy, who met Prime Minister Narendra Modi on Friday, said the deal was close.",
     "the deal was close", "Modi"),
    ("The coach, whose contract was extended by Florentino Perez in May, said the squad was "
     "tired.", "the squad was tired", "Perez"),
    ("Brandt, who succeeded Angela Merkel as party leader, told delegates the coalition would "
     "hold.", "the coalition would hold", "Merkel"),
    ("Castillo, who was appointed by President Gabriel Boric last year, said the reform "
     "would pass.", "the reform would pass", "Boric"),
]


@pytest.mark.parametrize("text, words, named", RELATIVE_CLAUSES)
def test_name_in_a_relative_clause_is_not_the_speaker(text, words, named):
    doc = analyse(text)
    speaker = speaker_of(doc, words) or ""
    assert speaker and named not in speaker and "who" not in speaker


# --- "he"/"she" is a person, never a platform, nor someone named in a phrase before it -----

ADJUNCT_NAMES = [
    ("Raila Odinga rejected the ruling. In a statement posted on Twitter, he said the "
     "judgement was a setback.", "the judgement was a setback", "Raila Odinga"),
    ("Boris Johnson resigned on Thursday. In a letter to Rishi Sunak, he said the party had "
     "lost its way.", "the party had lost its way", "Boris Johnson"),
    ("Joe Biden spoke on Monday. After talks with Olaf Scholz, he said the alliance was "
     "united.", "the alliance was united", "Joe Biden"),
    ("Senator Maria Alvarez voted against the bill. In a video shared on Facebook, she said "
     "the cuts would hurt farmers.", "the cuts would hurt farmers", "Maria Alvarez"),
]


@pytest.mark.parametrize("text, words, speaker", ADJUNCT_NAMES)
def test_pronoun_skips_platforms_and_names_in_a_phrase_before_it(text, words, speaker):
    assert speaker_of(analyse(text), words) == speaker


# --- a surname the tagger missed is the person named in full before ------------------------

SURNAMES = [
    ("Mohamed Hamdan Dagalo, the commander of the paramilitary force, met the envoy in "
     "Jeddah. Dagalo said the talks would continue.", "the talks would continue",
     "Mohamed Hamdan Dagalo"),
    ("Tom Perriello, the special envoy, arrived on Monday. Perriello told reporters that aid "
     "was blocked.", "aid was blocked", "Tom Perriello"),
    ("Prime Minister Kyriakos Mitsotakis visited the island on Sunday. Mitsotakis said the "
     "fires were under control.", "the fires were under control", "Kyriakos Mitsotakis"),
]


@pytest.mark.parametrize("text, words, speaker", SURNAMES)
def test_surname_speaker_is_the_person_named_in_full_before(text, words, speaker):
    doc = analyse(text)
    assert speaker_of(doc, words) == speaker
    source = next(q.source for q in doc.quotes if q.source and q.source["name"] == speaker)
    full = next(e for e in doc.entities if e.name == speaker)
    # the surname's own mention (the actors stage tags it: untagged_surnames) or the full
    # name's: either way the person named in full, with that person's actor
    mention = next(e for e in doc.entities if e.id == source["entity"])
    assert mention.name == speaker and source["actor"] == full.actor


# --- an act is no speech cue: no quote of the report around it, nor of the next act ---------

REPORTED_ACTS = [
    ("Sudan's army and the paramilitary Rapid Support Forces have agreed to resume talks, "
     "Saudi and U.S. mediators said on Tuesday.", "Saudi and U.S. mediators"),
    ("The two unions have agreed to suspend the strike, the labour ministry said in a "
     "statement.", "the labour ministry"),
    ("The rebels have agreed to withdraw from the airport, a regional envoy told reporters "
     "on Friday.", "a regional envoy"),
]


@pytest.mark.parametrize("text, speaker", REPORTED_ACTS)
def test_act_reported_by_a_speech_verb_after_it_is_no_quote_of_that_report(text, speaker):
    doc = analyse(text)
    # one statement, the reporter's; none whose content is the reporting clause
    assert [q.source["name"] for q in doc.quotes] == [speaker]
    assert not any("said" in q.content["text"] or "told" in q.content["text"]
                   for q in doc.quotes)


CONJOINED_ACTS = [
    "Prime Minister Shehbaz Sharif condemned the attack and ordered an inquiry.",
    "The governor criticised the police and sacked the commander.",
    "The foreign minister denounced the raid and summoned the ambassador.",
]


@pytest.mark.parametrize("text", CONJOINED_ACTS)
def test_stance_followed_by_another_act_is_a_stance_as_without_it(text):
    doc = analyse(text)
    alone = analyse(text.split(" and ")[0] + ".")
    assert doc.quotes == [] and alone.quotes == []
    assert [b.kind for b in doc.beliefs] == [b.kind for b in alone.beliefs] == ["stance"]
