"""A strike on a free relative naming its target ("struck what New Delhi called militant
camps inside Pakistan"): the target is the thing named, not civilians of the place nor the
one who named it (stages/events/arguments.named_in_free_relative). Sentences written for
this test."""
from __future__ import annotations

import pytest

from newsdesk.api import analyze_text


@pytest.mark.parametrize("text, verb, target", [
    ("Indian missiles struck what New Delhi called militant camps inside Pakistan.",
     "struck", "PAKREB"),
    ("Israeli jets bombed what the army called Hezbollah weapons depots in southern Lebanon.",
     "bombed", "LBNREB"),
    ("Russian missiles struck what Moscow called military targets in Ukraine.",
     "struck", "UKRMIL"),
    ("Saudi warplanes struck what the coalition described as Houthi military sites in Yemen.",
     "struck", "YEM"),
])
def test_the_target_is_the_thing_named(text, verb, target):
    doc = analyze_text(text)
    event = next(e for e in doc["events"] if e["evidence"]["text"] == verb)
    assert event["target_actor"] and event["target_actor"]["code"].startswith(target)
