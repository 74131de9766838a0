"""'"A," she said, adding that B. "C."': what a speaker adds with a participle on the cue,
between the two parts of the first statement, is a statement of its own (records.
one_per_speaker_statement and attribution._merge_repeats count it inside the other only when
it lies inside one of its parts, not in the gap where the attribution stands)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts, quote_with


def quote_over(doc, words: str):
    """The quote one of whose content parts holds `words` (not the gap between two parts)."""
    start = doc.text.index(words)
    for q in doc.quotes:
        if any(p["start"] <= start < p["end"] for p in q.content.get("parts") or [q.content]):
            return q
    raise AssertionError(f"no quote part over {words!r}: {[q.content['text'] for q in doc.quotes]}")

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, first, added, cue", [
    ('"We have done everything we could for the miners," the governor said, adding that she '
     'had asked the federal government for help. "Nobody should have to wait this long for an '
     'answer."', "We have done everything", "that she had asked the federal government for "
     "help", "adding"),
    ('"The bridge will not open before winter," the engineer said, explaining why the '
     'contractor had missed two deadlines. "The steel arrived late and the river was too '
     'high."', "The bridge will not open", "why the contractor had missed two deadlines",
     "explaining"),
])
def test_the_added_words_are_a_statement_of_their_own(text, first, added, cue):
    doc = analyse(text)
    said = quote_with(doc, first)
    assert added not in said.content["text"], said.content
    adding = quote_over(doc, added)
    assert adding is not said
    assert adding.cue["text"] == cue
    assert content_parts(adding) == [added]
    assert adding.source["text"] == said.source["text"]


def test_the_quotation_after_stays_with_the_first_cue():
    # PolNeAR gives the next sentence's quotation to the first cue about twice as often as
    # to the participle
    doc = analyse('"We have done everything we could for the miners," the governor said, adding '
                  'that she had asked the federal government for help. "Nobody should have to '
                  'wait this long for an answer."')
    said = quote_with(doc, "We have done everything")
    assert said.cue["text"] == "said"
    assert "Nobody should have to wait" in said.content["text"]
