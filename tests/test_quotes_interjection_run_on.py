"""A content the tagger reads on from an interjected cue over the cue's own adjuncts into the
piece after ('The bridge, the engineer said [after he inspected the cables on Monday, would stay
closed]') is no clause the cue reports inside the interjection: the statement is the two pieces
around the speaker and cue (forms.interjected, forms._runs_over)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, pieces, speaker", [
    ("The bridge, the engineer said after he inspected the cables on Monday, would stay "
     "closed.", ["The bridge", "would stay closed"], "the engineer"),
    ("The new tax, the treasurer said after she met the bankers on Thursday, would raise "
     "little money.", ["The new tax", "would raise little money"], "the treasurer"),
])
def test_a_content_run_over_the_cues_adjuncts_gives_both_pieces(text, pieces, speaker):
    (q,) = analyse(text).quotes
    assert content_parts(q) == pieces, content_parts(q)
    assert q.source["text"] == speaker
