"""Issue 19, event actors on real articles: "Its foreign minister, Sheikh X, thanked French
President Y": what follows the name's comma is the sentence's predicate, not a role of the
name, so X takes no country from it (actors/roles.appositive: the words after the comma
open with a finite verb). Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, name, wrong, right", [
    ("Oman hosted the talks in Muscat on Sunday. Its foreign minister, Sheikh Salim "
     "Al-Harthy, thanked French President Emmanuel Macron for his support.", "Salim Al-Harthy",
     "FRA", "OMN"),
    ("Jordan opened a new border crossing on Tuesday. Its interior minister, Mazen Faraya, "
     "welcomed Iraqi officials at the ceremony.", "Mazen Faraya", "IRQ", None),
])
def test_the_predicate_after_the_name_is_no_role(pipe, text, name, wrong, right):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-10")))
    found = [(e.actor or {}).get("country") for e in doc.entities
             if doc.text[e.start:e.end] == name]
    assert found and wrong not in found, found
    if right:
        assert found == [right], found
        thanked = [e for e in doc.events if e.cameo.startswith("051")]
        assert thanked and (thanked[0].source_actor or {}).get("country") == right
