"""In a story with no publication date, a past act told by its calendar day ("agreed on
Nov. 3", "on 12 February") is background (issue 19, real news): news style names the
weekday of an act of the past week and the calendar date of an older one. A weekday, a
planned act, or the story's first two sentences keep the news. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def the(events, root: str):
    found = [e for e in events if e.cameo.startswith(root)]
    assert found, [(e.cameo, e.evidence) for e in events]
    return found[0]


@pytest.mark.parametrize("text, root", [
    ("India and Pakistan held talks on Sunday. The meeting lasted four hours. The two sides "
     "agreed on Nov. 3 to reopen the border crossing.", "057"),
    ("Kenya accused Somalia of meddling on Monday. The row has deepened. Somalia expelled "
     "Kenya's ambassador on 12 February.", "16"),
    ("Chile criticized Peru on Friday. The dispute is old. Peru recalled its ambassador from "
     "Chile on March 9, officials said.", "16"),
    ("Brazil praised Argentina on Tuesday. Trade has grown. The two countries signed a "
     "customs pact on the 4th of June.", "057"),
])
def test_a_past_act_of_a_calendar_day_in_an_undated_story_is_background(pipe, text, root):
    assert the(events_of(pipe, text, published=None), root).background


@pytest.mark.parametrize("text, root", [
    # a weekday: the past week's news
    ("Chile criticized Peru on Friday. The dispute is old. Peru recalled its ambassador from "
     "Chile on Tuesday, officials said.", "16"),
    # planned, not past
    ("Chile criticized Peru on Friday. The dispute is old. Peru will recall its ambassador "
     "from Chile on March 9, officials said.", "16"),
    # the lede tells the news, whatever its date
    ("Peru recalled its ambassador from Chile on March 9.", "16"),
])
def test_weekdays_plans_and_the_lede_stay_news(pipe, text, root):
    assert not the(events_of(pipe, text, published=None), root).background
