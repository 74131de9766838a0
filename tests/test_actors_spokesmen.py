"""Issue 19 item 4: a ministry's spokesman named without the ministry's state takes the
state of the story's actor, not a state named in what the spokesman says (stages/actors/
side_clauses.py in_reported_content). Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, name, country", [
    ("Pakistan will send its army chief to China next month. Defence ministry spokesman "
     "Farhan Qureshi said the general would meet Chinese commanders in Beijing.",
     "Farhan Qureshi", "PAK"),
    ("The Turkish foreign ministry summoned Greece's ambassador on Friday. Ministry "
     "spokesman Kerem Aydin said the envoy was told of concerns over a law passed in Athens.",
     "Kerem Aydin", "TUR"),
])
def test_the_spokesman_is_not_of_the_state_named_in_his_words(pipe, text, name, country):
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))
    codes = [(e.actor or {}).get("country") for e in doc.entities
             if doc.text[e.start:e.end] == name]
    assert codes == [country], [(doc.text[e.start:e.end], e.label, e.actor)
                                for e in doc.entities]


def test_a_state_named_beside_the_spokesman_still_gives_his_state(pipe):
    doc = pipe.run(Document(text="Kenyan foreign ministry spokesman Otieno Were said the "
                                 "embassy would stay open.", meta=Meta(published="2024-05-06")))
    codes = [(e.actor or {}).get("country") for e in doc.entities
             if doc.text[e.start:e.end] == "Otieno Were"]
    assert codes == ["KEN"], [(doc.text[e.start:e.end], e.actor) for e in doc.entities]
