"""A later "the deal" / "the agreement" is the text agreed, not the agreeing told again (issue
19: every later mention of a deal became another 057): it is listed only where its clause
tells the agreeing ("was signed", "takes effect"). Acts of other families told again ("the
attack was carried out by") are still listed. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Japan and China signed a fishing agreement on Tuesday. Officials in Tokyo praised the "
    "agreement as a step forward. Critics said the agreement left out coastal villages.",
    "Egypt and Sudan agreed a water deal on Monday. The deal covers the Nile dam. Sudan later "
    "violated the deal.",
    "Ghana and Togo concluded a border treaty in Lome. Lawyers studied the treaty for weeks. "
    "The treaty runs to forty pages.",
])
def test_later_mentions_of_an_agreement_are_no_new_agreement(pipe, text):
    got = find(events_of(pipe, text), "05")
    assert [e.sentence for e in got if e.cameo.startswith("057")] == [0]


@pytest.mark.parametrize("text", [
    "Egypt and Sudan agreed on a water deal on Monday. The deal was signed in Cairo on Friday.",
    "Japan and China reached a fishing agreement on Tuesday. Beijing said the agreement would "
    "take effect in June.",
])
def test_a_clause_that_tells_the_agreeing_lists_it_again(pipe, text):
    got = [e for e in events_of(pipe, text) if e.cameo.startswith("057")]
    assert {e.sentence for e in got} == {0, 1}


def test_an_attack_told_again_is_still_listed(pipe):
    got = events_of(pipe, "Gunmen from the Shabaab group attacked a hotel in Mogadishu on "
                          "Friday. The attack was carried out by six men.")
    assert {e.sentence for e in find(got, "18") + find(got, "19")} == {0, 1}
