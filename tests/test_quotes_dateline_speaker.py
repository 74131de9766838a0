"""An unnamed state body speaking ("The ministry said") in a datelined story that names two
states as often: the body is of the dateline's state (stages/quotes/speakeractors.
with_country), not of no state. Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text


@pytest.mark.parametrize("text, speaker, code", [
    ("ABUJA, March 3 (Reuters) - Chad fought a border war with Nigeria in 1983. The ministry "
     "said the talks would resume next week.", "The ministry", "NGAGOV"),
    ("LIMA, May 9 (AP) - Ecuador fought a brief war with Peru in 1995. The police said "
     "three protesters had been detained.", "The police", "PERCOP"),
    ("HANOI, June 1 (Reuters) - China fought a border war with Vietnam in 1979. The "
     "government denied that the fishermen had been arrested.", "The government", "VNMGOV"),
])
def test_an_unnamed_body_takes_the_dateline_state(text, speaker, code):
    doc = analyze_text(text)
    quote = next(q for q in doc["quotes"] if q["source"] and q["source"]["text"] == speaker)
    assert quote["source"]["actor"] and quote["source"]["actor"]["code"] == code
