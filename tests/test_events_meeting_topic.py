"""A talk in a meeting's purpose clause is that meeting ("met Erdogan to discuss a ceasefire
with Russia"): the party of the topic ("a ceasefire with Russia") is no counterpart of a
second meeting (issue 19, real news). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, met, topic", [
    ("Zelensky met Erdogan to discuss a ceasefire with Russia.", "UKR", "TUR", "RUS"),
    ("The French president met the Saudi crown prince to discuss the war with Iran.",
     "FRA", "SAU", "IRN"),
    ("Blinken visited Cairo to discuss a truce with Hamas.", "USA", "EGY", "PSE"),
    ("The Kenyan president hosted Ethiopia's prime minister to negotiate a deal with Somalia.",
     "KEN", "ETH", "SOM"),
])
def test_the_topic_s_party_is_no_second_meeting(pipe, text, source, met, topic):
    got = dyads(events_of(pipe, text), "04")
    assert (source, met) in got and (source, topic) not in got, got
