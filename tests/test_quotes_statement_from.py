"""A statement named by a noun, its author after "from" and what it said in a that-clause
("welcomed a statement from X that ..."): the author is the speaker, the clause the content,
not the subject of the verb around the noun (stages/quotes/nouns.py)."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.quotes import quotes as quotes_stage
from newsdesk.stages.quotes.tagger import tagger

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(doc)


@pytest.mark.parametrize("text, speaker, content", [
    ("The prime minister welcomed a statement from Foreign Minister Ana Ruiz that the talks "
     "would resume in May.", "Ana Ruiz", "the talks would resume in May"),
    ("Instead, the governor pointed to a letter from the health secretary that hospitals had "
     "enough beds.", "health secretary", "hospitals had enough beds"),
    ("Investors cheered a statement from central bank chief Omar Haddad that interest rates "
     "would stay low.", "Omar Haddad", "interest rates would stay low"),
    ("Farmers rejected a message from the agriculture ministry that the drought was over.",
     "agriculture ministry", "the drought was over"),
])
def test_author_after_from_speaks_the_that_clause(text, speaker, content):
    doc = analyse(text)
    hits = [q for q in doc.quotes if content in q.content["text"]]
    assert hits, [q.content["text"] for q in doc.quotes]
    assert speaker in hits[0].source["text"]
    assert hits[0].cue["text"] in ("statement", "letter", "message")


def test_the_subject_of_the_verb_around_it_is_no_speaker():
    doc = analyse("The coach praised a statement from team captain Lena Voss that the squad "
                  "would fight on.")
    assert not any("coach" in q.source["text"] for q in doc.quotes)
    assert any("Lena Voss" in q.source["text"] and "squad would fight on" in q.content["text"]
               for q in doc.quotes)


def test_a_relative_clause_on_the_statement_is_no_content():
    # "that" is the relative pronoun here (the clause's subject): what the statement said is
    # not given, so no quote is made of the clause
    doc = analyse("Reporters read a statement from the embassy that was posted online.")
    assert not any("posted online" in q.content["text"] for q in doc.quotes)


@pytest.mark.parametrize("text, subject, speaker, content", [
    ('Instead, the chancellor pointed to a statement from Finance Minister Karl Berg that he '
     'hoped both sides could "cool" the dispute.', "chancellor", "Karl Berg",
     "both sides could"),
    ('The senator cited a letter from the defense secretary that the base would "stay open."',
     "senator", "defense secretary", "the base would"),
])
def test_a_statement_quoted_through_another_verb_is_the_authors(text, subject, speaker, content):
    # the verb whose object is the statement ("pointed to", "cited") is the subject's act on
    # it; the words are the author's, so the subject makes no quote of them
    doc = analyse(text)
    hits = [q for q in doc.quotes if content in q.content["text"]]
    assert hits and all(speaker in q.source["text"] for q in hits), \
        [(q.source["text"], q.content["text"]) for q in doc.quotes]
    assert not any(subject in q.source["text"] for q in doc.quotes)
