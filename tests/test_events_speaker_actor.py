"""A definite state body that is both a speaker and an event's doer ("The ministry denied
that ..."): the event's actor is the one the quotes stage gives the speaker (one text, one
actor; stages/events/phrase_actors._as_speaker), not the last actor named before it.
Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text


@pytest.mark.parametrize("text, code", [
    ("ABUJA, March 3 (Reuters) - Chad fought a border war with Nigeria in 1983. The ministry "
     "denied that soldiers had beaten the protesters.", "NGAGOV"),
    ("HANOI, June 1 (Reuters) - China fought a border war with Vietnam in 1979. The "
     "government denied that police had arrested the fishermen.", "VNMGOV"),
    ("LIMA, May 9 (AP) - Ecuador fought a brief war with Peru in 1995. The ministry denied "
     "that troops had fired on the marchers.", "PERGOV"),
])
def test_the_denial_has_the_speakers_actor(text, code):
    doc = analyze_text(text)
    denial = next(e for e in doc["events"] if e["evidence"]["text"] == "denied")
    assert denial["source_actor"] and denial["source_actor"]["code"] == code
