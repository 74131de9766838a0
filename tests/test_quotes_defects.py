"""Classes of quote defects, each on sentences written for these tests: a paragraph signed with
a dash after another speaker's quotation, an inanimate subject of a speech verb, the content of
a quote split by its reporting clause, and a Q:/A: interview."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document, joined_text, to_record
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def quotes_over(doc: Document, words: str) -> list:
    """The quotes one of whose parts overlaps `words`."""
    start = doc.text.index(words)
    end = start + len(words)
    return [q for q in doc.quotes
            if any(p["start"] < end and start < p["end"]
                   for p in q.content.get("parts") or [q.content])]


# --- a paragraph signed with a dash is its signer's, not the previous speaker's -------------

SIGNED = [
    ("“We warned them for months,” said Maria Lopez, a nurse at the clinic. “Nobody "
     "listened.”\n\n“The trucks were turned back at the border and the aid never arrived.” "
     "-- Jane Roe, Oxfam", "the aid never arrived", "Jane Roe", "Maria Lopez"),
    ("The mayor said the bridge would reopen in May. “It is safe,” she said.\n\n“We have seen "
     "no evidence of any repairs, and the cracks are getting wider.” — Commissioner Tom Hale",
     "the cracks are getting wider", "Tom Hale", "The mayor"),
    ("Officials said the vote would go ahead. “Turnout will be high,” said Ahmed Karim, the "
     "election chief.\n\n“People are afraid to leave their homes after dark.” – Sara Blum, "
     "Human Rights Watch", "afraid to leave their homes", "Sara Blum", "Ahmed Karim"),
    ("“The plant will close next year,” the company said in a statement.\n\n“Hundreds of "
     "families depend on these jobs and nobody asked us.” —Union leader Pat Moore",
     "nobody asked us", "Pat Moore", "the company"),
]


@pytest.mark.parametrize("text,signed,signer,before", SIGNED)
def test_signed_paragraph_is_the_signers_own_quote(text, signed, signer, before):
    doc = analyse(text)
    found = quotes_over(doc, signed)
    assert [q.source["name"] for q in found] == [signer]
    # the speaker before keeps her own words only
    earlier = [q for q in doc.quotes if q.source and q.source["name"] == before]
    assert earlier and all(q.content["end"] < doc.text.index(signed) for q in earlier)


def test_speech_reported_inside_a_signed_paragraph_stays():
    doc = analyse("“We will rebuild,” said Mayor Anne Roy.\n\n“The minister told us the money "
                  "would come in March, and it never did.” — Paul Grant, a shop owner")
    names = sorted(q.source["name"] for q in quotes_over(doc, "the money would come"))
    assert names == ["Paul Grant", "The minister"]


# --- a measure, a record or evidence is no speaker ------------------------------------------

MUTE = [
    ("Official figures say the economy shrank by 2 percent in the spring.", "Official figures"),
    ("The latest numbers suggest that the tax cut paid for itself.", "The latest numbers"),
    ("Hospital records confirm that the patient died on Sunday.", "Hospital records"),
    ("Crime fell in most cities last year, the statistics say.", "the statistics"),
    ("Storage levels tell us that gas prices will stay high through the winter.",
     "Storage levels"),
]


@pytest.mark.parametrize("text,subject", MUTE)
def test_a_thing_that_shows_something_makes_no_statement(text, subject):
    doc = analyse(text)
    assert doc.quotes == []
    # what it shows is evidence someone reads, kept apart like "the survey shows"
    assert [b.source["text"] for b in doc.beliefs] == [subject]


@pytest.mark.parametrize("text", [
    "Storage levels tell us nothing about the prices households will pay.",
    "Prices at the pump tell drivers that the shortage is over.",
    "The polls tell us nothing about who will turn out, and the data say little about the "
    "young.",
])
def test_what_a_thing_tells_is_never_a_quote(text):
    assert analyse(text).quotes == []


SPEAKERS = [
    ("The health ministry told reporters that the border would stay closed.",
     "The health ministry"),
    ("The audit report said the agency had ignored repeated warnings.", "The audit report"),
    ("A statement from the mining company said the plant would close in June.",
     "A statement from the mining company"),
    ("A number of lawmakers said the bill would fail in the Senate.", "A number of lawmakers"),
]


@pytest.mark.parametrize("text,speaker", SPEAKERS)
def test_bodies_documents_and_people_still_speak(text, speaker):
    doc = analyse(text)
    assert [q.source["text"] for q in doc.quotes] == [speaker]


# --- a quote in pieces says its pieces, not the narrator's words between them ---------------

PIECES = [
    ("“We will win this election,” the senator said on Monday, “and we will win it by a wide "
     "margin.”", "“We will win this election,” “and we will win it by a wide margin.”"),
    ("“Nobody was hurt,” said Captain Lee Park, who led the rescue. “The building is safe.”",
     "“Nobody was hurt,” “The building is safe.”"),
    ("The new rules, the minister told parliament on Tuesday, would take effect in May.",
     "The new rules would take effect in May"),
    ("“Our troops will stay,” the defence minister said after meeting the president, “and "
     "they will fight.”", "“Our troops will stay,” “and they will fight.”"),
]


@pytest.mark.parametrize("text,words", PIECES)
def test_a_quote_in_pieces_says_only_its_pieces(text, words):
    doc = analyse(text)
    (q,) = doc.quotes
    parts = q.content["parts"]
    assert q.content["text"] == words
    # the offsets are unchanged: the stretch from the first piece to the last, and each piece
    assert (q.content["start"], q.content["end"]) == (parts[0]["start"], parts[-1]["end"])
    assert all(doc.text[p["start"]:p["end"]] == p["text"] for p in parts)
    # the record takes its span texts from the offsets, and a content's from its parts
    record = to_record(doc)
    assert record["quotes"][0]["content"]["text"] == words
    assert record["quotes"][0]["content"]["parts"] == parts


def test_pieces_of_a_block_quote_keep_their_paragraph_break():
    text = "Keep one.\n\nKeep two."
    parts = [{"start": 0, "end": 9, "text": "Keep one."},
             {"start": 11, "end": 20, "text": "Keep two."}]
    assert joined_text(text, parts) == text
