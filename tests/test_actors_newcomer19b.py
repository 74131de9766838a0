"""Newcomer report 19, actor items 22-28 (issue 19 item 4). Sentences written for this test.

- a sector named with no country ("gunmen", "security forces", "police") in a story whose
  dateline names a state, and no other state more, is of that state; a passive subject with
  no doer named ("Police were accused of ...") too;
"""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, source", [
    ("MAIDUGURI, Nigeria, May 4 (Reuters) - Gunmen kidnapped 25 farmers on Sunday.",
     "18", "NGA"),
    ("BAMAKO, Feb 11 (AFP) - Armed men abducted three aid workers near a market.", "18", "MLI"),
    ("TEGUCIGALPA, Honduras, Aug 2 (AP) - Police arrested dozens of protesters on Friday.",
     "17", "HND"),
    ("DHAKA, Jan 9 (Reuters) - Security forces fired tear gas at striking workers.", "1", "BGD"),
])
def test_dateline_state_for_a_bare_sector_doer(pipe, text, root, source):
    events = find(events_of(pipe, text, "2025-05-04"), root)
    assert events and (events[0].source_actor or {}).get("country") == source


@pytest.mark.parametrize("text, target", [
    ("KHARTOUM, June 8 (AFP) - Soldiers were accused of torturing detainees.", "SDN"),
    ("CARACAS, Venezuela, Oct 3 (Reuters) - Police were accused of beating students.", "VEN"),
])
def test_dateline_state_for_the_accused_without_accuser(pipe, text, target):
    events = find(events_of(pipe, text, "2025-05-04"), "112")
    assert events and (events[0].target_actor or {}).get("country") == target


def test_a_story_naming_another_state_more_keeps_it(pipe):
    # filed from Washington, about Iran: the authorities are Iran's
    text = ("WASHINGTON, March 2 (Reuters) - Iran said on Monday it had tested a missile. "
            "Iran's foreign minister said Iran would not stop. Tehran has tested several. "
            "Authorities arrested two journalists.")
    events = find(events_of(pipe, text, "2025-03-02"), "17")
    assert events and (events[0].source_actor or {}).get("country") == "IRN"
