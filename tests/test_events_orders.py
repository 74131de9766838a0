"""What a court or a government orders done to someone is its act: "ordered the release of
40 detainees" is a release (CAMEO 0841) as "ordered the arrest of" is an arrest, and so is
"ordered the men released / jailed for 15 days" (the participle on the object, or the
finite clause the parser reads there: arguments.ordered_patient), done by the one who
orders. A release of a report is no release of persons; an order about a task ("ordered
preparations to begin") is no demand (senses.thing_ordered). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import check_act, code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, source, target", [
    ("HANOI - A Vietnamese court ordered the release of 40 detainees on Friday.", "084", "VNM",
     None),
    ("TEHRAN - An Iranian court ordered the release of two French citizens on Friday.", "084",
     "IRN", "FRA"),
    ("MINSK - A Belarusian judge ordered two opposition activists jailed for 15 days.", "173",
     "BLR", "BLR"),
    ("TBILISI - A Georgian court ordered the two Russian soldiers detained for two months.",
     "173", "GEO", "RUS"),
    ("CARACAS - A Venezuelan judge ordered the American journalist freed on Tuesday.", "084",
     "VEN", "USA"),
])
def test_an_act_ordered_done_to_someone_is_the_orderers(pipe, text, act, source, target):
    check_act(pipe, text, act, source, target)


@pytest.mark.parametrize("text", [
    "OSLO - The Norwegian ministry announced the release of its annual report on Friday.",
    "SEOUL - A South Korean court ordered the release of the documents to the press.",
    "Egyptian state television released photographs of the two ministers at the border.",
    "The Chilean navy released details of the rescue on Sunday.",
])
def test_a_release_of_papers_is_no_release_of_persons(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith("084")]


@pytest.mark.parametrize("text", [
    "ANKARA - Erdogan ordered preparations for the summit to begin at once.",
    "HANOI - The Vietnamese prime minister ordered work on the new port to resume.",
])
def test_an_order_about_a_task_is_no_demand(pipe, text):
    assert not [e.cameo for e in events_of(pipe, text) if e.cameo.startswith("10")]


def test_an_order_to_another_party_stays_a_demand(pipe):
    evs = events_of(pipe, "The UN Security Council ordered Iran to halt enrichment.")
    assert [e for e in evs if e.cameo.startswith("10") and code(e.target_actor) == "IRN"], evs
