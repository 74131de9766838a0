"""A hope for better ties with another state is an intent to cooperate with it (CAMEO 030;
issue 19, real news): "expressed hope that the two countries could improve their relations",
"said he hoped X and Y would resolve their disputes", "hopes to strengthen cooperation with
Z". A hope that names no other party, or betters no ties, is no event. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, source, target", [
    # "the two countries": the pair the story named
    ("China and India held border talks last week. The Chinese foreign minister expressed "
     "hope that the two countries could improve their relations.", "CHN", "IND"),
    ("Iran and Saudi Arabia restored ties in March. The Iranian foreign minister said he "
     "hoped the two countries could ease tensions.", "IRN", "SAU"),
    # the two named as the clause's subject
    ("Erdogan said he hoped Turkey and Greece would resolve their disputes through dialogue.",
     "TUR", "GRC"),
    ("The Egyptian foreign minister voiced hope that Cairo and Addis Ababa could settle their "
     "dispute over the dam.", "EGY", "ETH"),
    # the ties "with" the other state
    ("Putin said he hoped relations with Washington would improve.", "RUS", "USA"),
    ("Germany's chancellor hoped to improve ties with Poland.", "DEU", "POL"),
    ("Indonesia hopes to strengthen cooperation with Australia, the minister said.",
     "IDN", "AUS"),
])
def test_a_hope_for_better_ties_is_an_intent_to_cooperate(pipe, text, source, target):
    got = dyads(events_of(pipe, text), "03")
    assert (source, target) in got, got


@pytest.mark.parametrize("text", [
    "The Kenyan president said he hoped the talks would succeed.",
    "Brazil's president hopes to win the election in October.",
    "Officials hope relations will improve.",
    "The French president said he hoped the economy would improve.",
])
def test_a_hope_with_no_other_party_is_no_event(pipe, text):
    assert not dyads(events_of(pipe, text), "03")
