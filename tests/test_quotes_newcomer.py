"""Classes of quote defects a newcomer found, each on sentences written for these tests: "he"
after an unnamed office holder who spoke, speaker spans that are no speaker, an anonymous
speaker after the content, an "according to" inside a relative clause, and money pledged that
is no statement."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def speakers_of(doc: Document, words: str) -> list[str]:
    """The speakers' names of the quotes whose content holds `words`."""
    return [q.source["name"] if q.source else None for q in doc.quotes
            if words in q.content["text"]]


# --- "he" after an unnamed office holder who spoke is that office holder ----------------------

ROLE_THEN_PRONOUN = [
    ("Prime Minister Keir Starmer urged calm on Monday. Germany's defence minister said Berlin "
     "would send more troops. \"We will not leave our allies alone,\" he told reporters.",
     "leave our allies alone", "Germany's defence minister"),
    ("Pope Leo appealed for a ceasefire. The French president said Paris would host the talks. "
     "\"Everyone must come to the table,\" he said.",
     "come to the table", "The French president"),
    ("Senator John Fetterman backed the bill. Kenya's finance minister said the budget was "
     "balanced. \"We have done our part, and now the lenders must do theirs,\" she told "
     "the parliament.", "the lenders must do theirs", "Kenya's finance minister"),
]


@pytest.mark.parametrize("text,words,speaker", ROLE_THEN_PRONOUN)
def test_he_after_an_unnamed_office_holder_is_that_speaker(text, words, speaker):
    assert speakers_of(analyse(text), words) == [speaker]
