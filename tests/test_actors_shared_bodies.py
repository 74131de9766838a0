"""Issue 19 item 4: a body several states have under one name ("the Joint Chiefs of Staff")
named with no country is the one state the story names that has such a body, when the story
never names the United States (stages/actors/shared.py). Sentences written for this test."""
from __future__ import annotations

import pytest

from newsdesk.model import Document, Meta
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def jcs_codes(pipe, text: str) -> list:
    doc = pipe.run(Document(text=text, meta=Meta(published="2024-05-06")))
    return [(e.actor or {}).get("code") for e in doc.entities
            if "Joint Chiefs" in doc.text[e.start:e.end]]


def test_the_joint_chiefs_in_a_korean_missile_story_are_south_koreas(pipe):
    # North Korea is named as often as South Korea, but has no body of that name
    assert jcs_codes(pipe, "North Korea fired two short-range missiles off its east coast, "
                           "South Korea's military said. The Joint Chiefs of Staff condemned "
                           "the launch.") == ["KORMIL"]


def test_the_joint_chiefs_beside_congress_stay_american(pipe):
    assert jcs_codes(pipe, "The Joint Chiefs of Staff told Congress that the Pentagon needed "
                           "more money for ships.") == ["USAMIL"]
