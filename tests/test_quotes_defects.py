"""Classes of quote defects, each on sentences written for these tests: a paragraph signed with
a dash after another speaker's quotation, an inanimate subject of a speech verb, the content of
a quote split by its reporting clause, and a Q:/A: interview."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document, Meta, joined_text, to_record
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


# --- a printed interview: the answers are the interviewee's, the questions the interviewer's --

INTERVIEWS = [
    ("The Daily Ledger spoke to Maria Lopez, the head of the nurses' union, about the strike."
     "\n\nQ: Why did the nurses walk out?\n\nA: We have been asking for more staff for three "
     "years and nobody listened.\n\nQ: Will the strike go on?\n\nA: Until the ministry signs "
     "the agreement, yes.", "Maria Lopez", "The Daily Ledger", 2),
    ("Economist Paul Brand has warned for years that the housing market would crash. We asked "
     "him what comes next.\n\nQ: Are prices going to fall further?\nA: They will fall for "
     "another two years, and then they will stay flat.\nQ: What should buyers do?\nA: Wait. "
     "Nobody should buy a flat this year.", "Paul Brand", "the interviewer", 2),
    ("In an interview with the Evening Courier, Defence Minister Anne Roy spoke about the war."
     "\n\nQ. How long will the troops stay?\n\nA. As long as they are needed. We will not leave "
     "our allies alone.", "Anne Roy", "the Evening Courier", 1),
    ("Joe Hill has grown wheat in the valley for forty years. He sat down with us last week."
     "\n\nQuestion: How bad is the drought?\n\nAnswer: It is the worst I have seen.\n\nThe "
     "wells are empty too, and the cattle have been sold.\n\nQuestion: Will you stay?\n\n"
     "Answer: I was born here and I will die here.\n\nThe ministry has promised aid by the "
     "end of the month.", "Joe Hill", "the interviewer", 2),
]


@pytest.mark.parametrize("text,interviewee,interviewer,answers", INTERVIEWS)
def test_interview_answers_are_the_interviewees_and_questions_the_interviewers(
        text, interviewee, interviewer, answers):
    doc = analyse(text)
    said = [q for q in doc.quotes if q.cue and q.cue["text"][:1] in "AQ"]
    replies = [q for q in said if q.cue["text"].startswith("A")]
    asked = [q for q in said if q.cue["text"].startswith("Q")]
    assert len(replies) == answers and len(asked) == answers
    assert all(q.kind == "direct" and q.source["name"] == interviewee for q in replies)
    assert all(q.kind == "direct" and q.source["name"] == interviewer for q in asked)
    assert all(not q.content["text"].startswith(("A", "Q")) or q.content["text"][1:2] != ":"
               for q in said)


def test_an_answer_runs_on_while_the_interview_goes_on():
    doc = analyse(INTERVIEWS[3][0])
    first = quotes_over(doc, "worst I have seen")[0]
    assert quotes_over(doc, "the cattle have been sold") == [first]
    # the writer's words after the last answer are no part of it
    assert all(q.source["name"] != "Joe Hill" for q in quotes_over(doc, "promised aid"))


def test_the_outlet_asks_when_no_one_is_named_asking():
    doc = Document(text=INTERVIEWS[1][0], meta=Meta(publisher="The Valley Times"))
    fill_from_parse(doc, nlp.parse(doc.text))
    doc = quotes_stage(actors(doc))
    asked = [q for q in doc.quotes if q.cue and q.cue["text"].startswith("Q")]
    assert [q.source["name"] for q in asked] == ["The Valley Times"] * 2


@pytest.mark.parametrize("text", [
    "Shopping list for the week:\n\nA: apples and pears\n\nQ: quinoa",
    "Voters in the district were asked two questions on Sunday.\n\nQ: Should the mayor "
    "resign?\n\nMost said yes.",
])
def test_labels_without_an_interviewee_are_no_interview(text):
    assert not [q for q in analyse(text).quotes if q.cue and q.cue["text"][:1] in "AQ"]


# --- an office of a country speaks for that country's government, not for the country -------

OFFICES = [
    ("The foreign minister of Iran said the talks would resume next week.", "IRNGOV"),
    ("The president of Kenya said on Friday that the border would reopen.", "KENGOV"),
    ("“We will not retreat,” the prime minister of Israel said on Sunday.", "ISRGOV"),
    ("The interior minister of Turkey told reporters that the camps were full.", "TURGOV"),
    ("Iran's foreign minister said the embassy would stay closed.", "IRNGOV"),
    # the events stage codes a defence minister as the military, and so does this stage
    ("The defence minister of Ukraine said the bridge had been destroyed.", "UKRMIL"),
    # the entity that already has a sector keeps it
    ("A spokeswoman for the Brazilian foreign ministry said the talks had failed.", "BRAGOV"),
]


@pytest.mark.parametrize("text,code", OFFICES)
def test_an_office_of_a_country_is_its_government(text, code):
    (q,) = analyse(text).quotes
    assert q.source["actor"]["code"] == code


def test_a_country_speaking_is_still_the_country():
    (q,) = analyse("Iran said the talks would resume next week.").quotes
    assert q.source["actor"]["code"] == "IRN"


# --- "it" speaking stands for the organisation that was the subject before -------------------

IT_BODIES = [
    ("The agency released its review on Monday. It said the flights were safe.", "The agency"),
    ("The union rejected the offer on Friday. It said the pay rise was far too small.",
     "The union"),
    ("The company was fined by the regulator on Monday. It said it would appeal the ruling.",
     "The company"),
    # the subject, not the last organisation named
    ("The agency released its review of the Boeing fleet on Tuesday. It said the planes "
     "could fly again.", "The agency"),
    ("Russia's foreign ministry summoned the ambassador. It said the strikes were a "
     "provocation.", "Russia's foreign ministry"),
]


@pytest.mark.parametrize("text,body", IT_BODIES)
def test_it_speaking_is_the_organisation_before(text, body):
    (q,) = [q for q in analyse(text).quotes if q.source["text"] == "It"]
    assert q.source["name"] == body


def test_it_standing_for_a_ministry_has_its_government_actor():
    (q,) = analyse(IT_BODIES[4][0]).quotes
    assert q.source["actor"]["code"] == "RUSGOV"


def test_it_with_no_body_before_is_no_speaker():
    # a storm, each of several states: nothing that speaks
    for text in ("The storm hit the coast on Monday. It said the storm had killed three.",
                 "Each state set its own target. It said the target was too high."):
        assert [q for q in analyse(text).quotes if q.source["text"] == "It"] == []


# --- the labels of a list are no speakers: no transcript turn, no quote ---------------------

LISTS = [
    "What to buy for the weekend:\n\nB: bread and butter\n\nA: apples\n\nC: cheese",
    "What to pack for the trip:\nA: a tent\nB: a stove\nC: two sleeping bags",
    "The exam had one question with three answers to choose from.\n\nB: The tax will rise "
    "next year.\n\nC: The tax will be scrapped.",
    "The forecast for the coming days:\n\nMonday: rain and strong wind\n\nTuesday: sunny spells",
    "Key dates in the talks:\n\nMonday: The delegations arrive in Geneva.\n\nFriday: The "
    "ministers sign the deal.",
    "The medal table after the third day:\n\nFrance: 12 medals\n\nKenya: 9 medals",
]


@pytest.mark.parametrize("text", LISTS)
def test_the_labels_of_a_list_are_no_speakers(text):
    assert analyse(text).quotes == []


def test_a_transcripts_turns_still_speak():
    doc = analyse("The debate began at nine.\n\nHOLT: Are you ready for tonight?\n\nTRUMP: "
                  "Wrong.\n\nHOLT: Then let us begin with the economy.")
    assert [q.source["text"] for q in doc.quotes] == ["HOLT", "TRUMP", "HOLT"]


# --- "according to" a measure: the measure is no speaker, whoever issued it is --------------

ACCORDING_TO_MEASURES = [
    ("According to the data, prices rose by 4 percent last year.", "the data"),
    ("Unemployment fell to 5 percent, according to official statistics.",
     "official statistics"),
    ("According to the latest figures, more than a million people have left the region.",
     "the latest figures"),
]


@pytest.mark.parametrize("text,measure", ACCORDING_TO_MEASURES)
def test_according_to_a_measure_is_evidence_not_a_quote(text, measure):
    doc = analyse(text)
    assert doc.quotes == []
    # what the measure shows is evidence someone reads, kept apart like "the figures say"
    assert [b.source["text"] for b in doc.beliefs] == [measure]


ACCORDING_TO_ISSUERS = [
    ("According to figures from the ministry, prices rose by 4 percent last year.",
     "the ministry"),
    ("Exports fell by a third, according to data released by the central bank on Monday.",
     "the central bank"),
    ("According to the agency's figures, the number of arrivals has doubled.", "the agency"),
    ("According to statistics from the United Nations, two million people have fled.",
     "the United Nations"),
]


@pytest.mark.parametrize("text,issuer", ACCORDING_TO_ISSUERS)
def test_according_to_a_measure_someone_issued_is_the_issuers_quote(text, issuer):
    (q,) = analyse(text).quotes
    assert q.source["text"] == issuer and q.cue["text"].lower() == "according to"


def test_according_to_a_body_or_a_report_is_unchanged():
    for text, source in (("According to the health ministry, 20 people died.",
                          "the health ministry"),
                         ("According to a report by the World Bank, growth slowed.",
                          "a report by the World Bank")):
        (q,) = analyse(text).quotes
        assert q.source["text"] == source


# --- a speech clause set off inside a statement, with a hearer and a time clause ------------

LONG_INTERJECTIONS = [
    ("The new rules, the minister told parliament after meeting union leaders, would take "
     "effect in May.", "The new rules would take effect in May", "the minister"),
    ("The ceasefire, the general told reporters while visiting the front, was holding.",
     "The ceasefire was holding", "the general"),
    ("The budget, the finance minister told lawmakers before the vote on Thursday, would cut "
     "spending by a tenth.", "The budget would cut spending by a tenth", "the finance minister"),
    ("The strike, the union leader said after she met the owners on Friday, would go on.",
     "The strike would go on", "the union leader"),
]


@pytest.mark.parametrize("text,words,speaker", LONG_INTERJECTIONS)
def test_a_long_interjected_cue_gives_one_quote_of_both_pieces(text, words, speaker):
    (q,) = analyse(text).quotes
    assert q.content["text"] == words and len(q.content["parts"]) == 2
    assert q.source["text"] == speaker

