"""Charging someone with a crime told as a gerund ("charged him with inciting violence") is
CAMEO 173 (arrest, detain or charge with legal action), as "charged with incitement" is: a
preposition's gerund is a cue as its noun object is (events/coding._cue_lemmas, pcomp).
Charging someone with a task is no event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "ANKARA - Prosecutors charged the mayor with inciting riots.",
    "HARARE - Police charged three activists with obstructing traffic.",
    "MINSK - The authorities charged the blogger with insulting the president.",
    "TUNIS - A court charged the former minister with laundering money.",
])
def test_charged_with_a_crime_as_a_gerund_is_173(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert "173" in codes, codes


@pytest.mark.parametrize("text", [
    "ANKARA - The cabinet charged the new agency with overseeing the census.",
    "HARARE - The ministry charged a committee with drafting the rules.",
])
def test_charged_with_a_task_is_no_charge(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert "173" not in codes, codes


@pytest.mark.parametrize("text", [
    "NAIROBI - A Kenyan businessman was charged on Monday in connection with the stabbing of a "
    "shopkeeper.",
    "LAGOS - Two Nigerian soldiers were charged over the deaths of three protesters.",
    "QUITO - A former Ecuadorean police chief has been charged in the killing of a journalist.",
])
def test_charged_in_or_over_a_crime_is_173(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert "173" in codes, codes
