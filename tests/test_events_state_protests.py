"""A state that protests does so by note or summons (CAMEO 114, complain officially), not in
the street (141, demonstrate): "China protested the visit", also as a purpose ("summoned the
ambassador to protest the visit"). Only a government's protest turned into 114 before, and a
country named as one was read as a crowd. Its people ("Georgians protested") still
demonstrate. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _codes(pipe, text):
    return {e.cameo for e in events_of(pipe, text) if e.cameo[:2] in ("11", "14")}


@pytest.mark.parametrize("text", [
    "Japan protested the Chinese survey ship's entry into its waters.",
    "Poland protested the Belarusian border guards' treatment of its diplomats.",
    "Seoul summoned the Russian envoy to protest the arms deal with Pyongyang.",
])
def test_a_state_protests_officially(pipe, text):
    codes = _codes(pipe, text)
    assert "114" in codes and "141" not in codes, events_of(pipe, text)


@pytest.mark.parametrize("text", [
    "Armenians protested outside the government building in Yerevan.",
    "Thousands of Serbians protested against the lithium mine in Belgrade.",
])
def test_a_people_protesting_demonstrate(pipe, text):
    codes = _codes(pipe, text)
    assert "141" in codes and "114" not in codes, events_of(pipe, text)
