"""Prisoner swaps named by a noun, not carried by a light verb (issue 19, real news): "the
trade of X's prisoners for Y", "a prisoner exchange between X and Y", "the swap freed people
held by X" are a release each way (CAMEO 0841 from each side to the other). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.events import dyads, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, one, other", [
    # the people given up for one another
    ("The exchange of 40 Armenian prisoners for 15 Azerbaijani soldiers was delayed.",
     "ARM", "AZE"),
    ("The swap of two Russian spies for an American businessman took place in Abu Dhabi.",
     "RUS", "USA"),
    ("Critics in Seoul questioned the trade of six North Korean agents for South Korean "
     "fishermen.", "PRK", "KOR"),
    # the two parties between whom
    ("A prisoner exchange between Russia and Ukraine took place on Friday.", "RUS", "UKR"),
    ("The prisoner swap between Ethiopia and Eritrea was praised by the African Union.",
     "ETH", "ERI"),
    # the people it freed and who held them
    ("The swap freed 26 Ukrainian soldiers held by Russia.", "UKR", "RUS"),
    ("Officials praised the exchange that released three Americans held by Iran.",
     "USA", "IRN"),
])
def test_a_swap_noun_is_a_release_each_way(pipe, text, one, other):
    got = dyads(events_of(pipe, text), "084")
    assert {(one, other), (other, one)} <= got, got


# A person the story does not place, swapped for another state's people, is of the state the
# story is about.
@pytest.mark.parametrize("text, home, other", [
    ("Japan protested to China on Monday. Tokyo said Japan wants calm. The Japanese "
     "government rejected the trade of three Chinese prisoners for Hiroshi Tanaka.",
     "JPN", "CHN"),
    ("Germany summoned Russia's ambassador. Berlin said Germany would respond. German "
     "officials welcomed the exchange of two Russian agents for Karl Weber.", "DEU", "RUS"),
])
def test_an_unplaced_person_is_of_the_story_s_state(pipe, text, home, other):
    got = dyads(events_of(pipe, text), "084")
    assert {(home, other), (other, home)} <= got, got


@pytest.mark.parametrize("text", [
    "Trade between China and Germany grew by 5 percent.",
    "Negotiators discussed the trade of Chinese steel for Brazilian soybeans.",
    "The exchange of views between France and Italy was frank.",
])
def test_commerce_and_talk_are_no_swap(pipe, text):
    assert not dyads(events_of(pipe, text), "084")
