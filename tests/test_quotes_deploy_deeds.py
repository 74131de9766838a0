"""Speech verbs with a second sense that moves people ("recalled its ambassador", "posted
troops", "detailed officers") are deeds, neither quotes nor beliefs (issue 15: actions are
never attributions; newcomer 18, item 44). Sentences written for this test."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse

DEEDS = [
    "Warsaw recalled its ambassador to Minsk for consultations on Tuesday.",
    "The foreign ministry recalled two diplomats from the embassy in Caracas.",
    "Chile recalled Ambassador Rosa Medina after the border incident.",
    "The interior ministry posted extra police officers at the crossing.",
    "The general posted two battalions along the northern frontier.",
    "The agency detailed three officers to the consulate in Lagos.",
]


@pytest.mark.parametrize("text", DEEDS)
def test_moving_people_is_no_attribution(text):
    doc = analyse(text)
    assert doc.quotes == [] and doc.beliefs == [], (doc.quotes, doc.beliefs)


@pytest.mark.parametrize("text, words", [
    ("The ambassador recalled that the talks had nearly collapsed in 2019.", "the talks had"),
    ("Officials posted on social media that the border would reopen.", "the border would"),
    ("The senator detailed how the funds had been spent.", "how the funds"),
])
def test_the_same_verbs_still_report_speech(text, words):
    doc = analyse(text)
    assert any(words in q.content["text"] for q in doc.quotes), doc.quotes
