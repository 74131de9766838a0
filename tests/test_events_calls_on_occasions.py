"""A call to someone "on" an occasion ("called the emir on his birthday") is a phone call
(CAMEO 041), not an appeal ("called on X to ..." puts "on" before the one appealed to).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "Erdogan called Aliyev on his birthday.",
    "Modi called Hasina on the eve of the election.",
])
def test_calling_someone_on_an_occasion_is_a_phone_call(pipe, text):
    codes = [e.cameo for e in events_of(pipe, text)]
    assert "041" in codes and not [c for c in codes if c.startswith("02")], codes


def test_calling_on_someone_to_act_is_an_appeal(pipe):
    codes = [e.cameo for e in events_of(pipe, "Kenya called on Somalia to release the men.")]
    assert any(c.startswith("02") for c in codes), codes
