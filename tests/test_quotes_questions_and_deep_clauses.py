"""Statements whose parse hides their content (session 31, PolNeAR learn-part misses, sentences
written for these tests): a question's "if"/"whether" clause the parse hangs on the cue as an
adverbial clause (quotes/bounds.py: no second act; quotes/syntax.told_whom: the one asked is
no content); a that-clause hung on a noun deep in the cue's prepositional phrase
(syntax._that_clauses); an interjected cue whose statement's own verb the tagger took for a
cue (attribution.find_attributions); and "According to X," claiming the clause it qualifies
over a participle closer to it (owners.qualifies)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor toured the harbour, thanked the crews and asked dock workers if they "
     "expected the strike to end soon.", "The mayor", "if they expected the strike to end soon"),
    ("She visited the clinic and asked the nurses whether they planned to stay on after "
     "the merger.", "She", "whether they planned to stay on after the merger"),
])
def test_a_question_after_the_one_asked_is_the_content(text, speaker, content):
    quote = quote_with(analyse(text), content.split()[1])
    assert quote.source["text"] == speaker
    assert content_parts(quote) == [content]


@pytest.mark.parametrize("text, content", [
    ("The regional governor said in the last of a series of radio interviews that the "
     "dam would be finished by June.", "that the dam would be finished by June"),
    ("The ministry wrote in one of several letters to the union that wages would rise "
     "next year.", "that wages would rise next year"),
])
def test_a_that_clause_deep_in_the_cue_phrase_is_the_content(text, content):
    quote = quote_with(analyse(text), content.split()[2])
    assert content_parts(quote) == [content]


@pytest.mark.parametrize("text, speaker, words", [
    ("In many villages, local officials say, they were told to hand over their grain.",
     "local officials", "hand over their grain"),
    ("In recent weeks, the diplomats said, they have been asked to prepare for an evacuation.",
     "the diplomats", "prepare for an evacuation"),
])
def test_an_interjected_cue_keeps_a_statement_with_a_passive_speech_verb(text, speaker, words):
    quote = quote_with(analyse(text), words)
    assert quote.source["text"] == speaker
    assert quote.cue["text"] in ("say", "said")


def test_according_to_takes_the_clause_it_qualifies_not_the_participle_after_it():
    doc = analyse("According to the port authority, the company has been shipping grain from "
                  "Odesa to Istanbul for months, leaving traders to wonder who insures the "
                  "cargo.")
    quote = quote_with(doc, "shipping grain")
    assert quote.cue["text"] == "According to"
    assert quote.source["text"] == "the port authority"
    assert content_parts(quote)[0].startswith("the company has been shipping grain")
