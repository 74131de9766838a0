""""she" / "he" after a sentence about an unnamed person whose role noun has that gender ("A
spokeswoman for the UN welcomed the decision. The mission, she said, ...") is that person,
named by her words, not a person of unknown gender named further back
(speakerspans.gendered_subject). Texts written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, words, speaker", [
    ("Opposition leader Kalonzo Musyoka rejected the plan. \"It is reckless,\" he said.\n\n"
     "A spokeswoman for the European Commission welcomed the vote. The money, she said, "
     "would be released in March.", "would be released in March",
     "A spokeswoman for the European Commission"),
    ("Union chief Tiago Mendes called the offer an insult.\n\nA spokesman for the airline "
     "defended the terms. The pay rise, he said, was the largest in a decade.",
     "was the largest in a decade", "A spokesman for the airline"),
])
def test_the_pronoun_is_the_unnamed_person_just_before(text, words, speaker):
    q = quote_with(analyse(text), words)
    assert (q.source or {}).get("name") == speaker, q.source
