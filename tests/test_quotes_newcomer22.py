"""Classes of quote defects a newcomer found on real-style articles (session 22), each on
sentences written for these tests: speech verbs the cue lexicon lacked, a quotation split
around its attribution, a participial speaker after a semicolon, acts and descriptions taken
as statements, a statement relayed by an outlet, and the actor of a speaker who speaks for a
union, a company or an outlet."""
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


def quotes_with(doc: Document, words: str) -> list:
    return [q for q in doc.quotes if words in q.content["text"]]


# --- speech and writing verbs the lexicon lacked -----------------------------------------------

NEW_SPEECH_VERBS = [
    ("The minister reminded lawmakers that the budget had to pass by June.",
     "the budget had to pass", "The minister"),
    ("The ambassador underlined that the embassy would stay open.",
     "the embassy would stay open", "The ambassador"),
    ("A senior aide confided that the president was weighing a cabinet reshuffle.",
     "weighing a cabinet reshuffle", "A senior aide"),
    ("The senator inquired whether the contracts had been audited.",
     "the contracts had been audited", "The senator"),
    ("The court stipulated that the vote must be held again.",
     "the vote must be held again", "The court"),
    ("The president restated that no troops would be sent.",
     "no troops would be sent", "The president"),
    ("The mayor enquired whether the bridge was safe.", "the bridge was safe", "The mayor"),
    ("The historian posited that the treaty had failed.", "the treaty had failed",
     "The historian"),
]


@pytest.mark.parametrize("text,words,speaker", NEW_SPEECH_VERBS)
def test_speech_verbs_the_lexicon_lacked_make_quotes(text, words, speaker):
    found = quotes_with(analyse(text), words)
    assert [q.source["text"] for q in found] == [speaker]


@pytest.mark.parametrize("text", [
    "The ruins reminded visitors of the war.",
    "The flood reminded residents of 1998.",
])
def test_reminding_of_something_is_no_statement(text):
    assert analyse(text).quotes == []
