"""An abbreviated title before a name ("Sgt.", "Cpl.", "Lt.", "Capt.", "Maj.") ends no sentence
(issue 15): spaCy's tokenizer split "Sgt." into a word and a full stop, the parser ended the
sentence there, and a quote lost its speaker to the name after the dot, or was lost."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.api import analyze_text
from newsdesk.stages.quotes.tagger import tagger

needs_model = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, title", [
    ("The parents of Sgt. Ivo Petrov met the minister.", "Sgt."),
    ("Lt. Col. Hana Novak led the convoy.", "Lt."),
    ("A message from Capt. Lars Holm was read out.", "Capt."),
    ("Cpl. Dan Moss was injured.", "Cpl."),
])
def test_the_title_is_one_word_and_no_sentence_end(text, title):
    parsed = nlp.parse(text)
    assert title in [t.text for t in parsed]
    assert len(list(parsed.sents)) == 1


@needs_model
@pytest.mark.parametrize("text, speaker, words", [
    ("The governor, in a long interview about the pardon of Sgt. Leo Park over the weekend, "
     "said the decision was final.", "The governor", "the decision was final"),
    ("President Ramos, in his first public remarks on the swap of three prisoners for Sgt. "
     "Juan Cruz since the deal was struck, acknowledged Tuesday that there was a risk.",
     "Ramos", "there was a risk"),
    ("Police said Cpl. Dan Moss, who was driving, had been taken to hospital.",
     "Police", "had been taken to hospital"),
    ("The family of Maj. Ruth Adeyemi, in a statement read by their lawyer outside the court "
     "in Abuja, said the verdict was unjust.", "The family", "the verdict was unjust"),
])
def test_a_title_inside_the_sentence_keeps_its_speaker(text, speaker, words):
    quotes = analyze_text(text)["quotes"]
    quote = next((q for q in quotes if words in q["content"]["text"]), None)
    assert quote is not None, quotes
    assert speaker in quote["source"]["text"], quotes
