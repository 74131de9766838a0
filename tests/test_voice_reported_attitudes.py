"""A sentence that reports a named holder's stance or belief ("Turkey welcomed the deal",
"officials fear that ...") is that holder's attitude, not the writer's opinion; a belief with
no holder ("is expected to") stays the writer's (newcomer report, session 19). And "considers
X a Y" is a judgement, not CAMEO 014 (consider a policy option). Sentences written for this
test."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk import Pipeline
from newsdesk.api import analyze_text


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()

STANCES = [
    "Turkey, which considers the SDF a terrorist group, welcomed the deal.",
    "Egypt, long wary of the militia, applauded the arrests as an overdue step toward peace.",
    "Moscow, which backs the separatists, mocked the sanctions as a sign of Western weakness.",
    "Opposition lawmakers, furious at the delay, mocked the budget as a fantasy.",
    "Rights groups fear that the new law will silence independent reporters for good.",
]


@pytest.mark.parametrize("text", STANCES)
def test_a_reported_stance_is_not_the_writers_opinion(text):
    record = analyze_text(text)
    assert record["beliefs"], "the stance is found"
    sent = record["sentences"][0]
    assert sent["voice"] == "attributed"


@pytest.mark.parametrize("text", [
    "Ireland has declared war on money laundering more times than anyone can count.",
    "The city has declared war on litter, yet the streets stay filthy.",
])
def test_a_speech_verb_used_as_a_metaphor_stays_the_writers(text):
    # a speech verb with a noun object is recorded as a stance, but it reports no attitude
    assert analyze_text(text)["sentences"][0]["voice"] == "author"


def test_a_holderless_hedge_stays_the_writers():
    record = analyze_text("The minister is expected to resign before the summit, a disastrous "
                          "outcome for a government already in deep trouble.")
    assert record["sentences"][0]["voice"] == "author"


JUDGEMENTS = [
    "Turkey, which considers the SDF a terrorist group, welcomed the deal.",
    "Syria's new government, which considers the militia a foreign proxy, rejected the offer.",
    "India, which considers the region an integral part of its territory, protested the visit.",
]


@pytest.mark.parametrize("text", JUDGEMENTS)
def test_considering_someone_something_is_no_policy_option(pipeline, text):
    assert not find(events_of(pipeline, text), "014")


def test_considering_a_measure_is_still_one(pipeline):
    events = events_of(pipeline, "The European Union is considering new tariffs on Chinese "
                                 "steel, officials said.")
    assert find(events, "014")
