"""'The mayor announced, via Twitter, [a freeze on parking fees]': the object of a verb that
follows a phrase set off by commas right after it, which the parse hangs as an apposition on
that phrase's noun ("Twitter, a freeze"), is what the verb reports when the tagger read no
content (syntax.content_from_parse, _object_after_interjection)."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, what", [
    ("The governor on Friday announced, via Facebook, a curfew on the northern districts.",
     "a curfew on the northern districts"),
    ("The club over the weekend announced, via Instagram, a new coach for the coming season.",
     "a new coach for the coming season"),
    ("The mayor last week announced, via Twitter, a freeze on parking fees.",
     "a freeze on parking fees"),
])
def test_the_object_after_an_interjected_phrase_is_announced(text, what):
    (q,) = analyse(text).quotes
    assert q.cue["text"] == "announced"
    assert q.content["text"] == what
