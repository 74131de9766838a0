"""'The police released a video [that] they said [showed the driver fleeing]': the parse gives
the clause under "said" the relative pronoun before the speaker as its subject, so the clause's
words took in the speaker and cue, and no source could be found outside them. What was said is
the clause after the verb (forms.reported_clause); the speaker is the one before it."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, quote_with

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


@pytest.mark.parametrize("text, said, speaker", [
    ("The police released a video that they said showed the driver fleeing the scene.",
     "showed the driver fleeing the scene", "they"),
    ("The ministry released a map that it said showed the new border.",
     "showed the new border", "it"),
])
def test_a_relative_clause_speaker_is_outside_what_was_said(text, said, speaker):
    q = quote_with(analyse(text), said)
    assert q.cue["text"] == "said"
    assert said in q.content["text"] and speaker not in q.content["text"].split()[1:]
    assert q.source["text"] == speaker
