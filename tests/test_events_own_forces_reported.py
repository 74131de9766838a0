"""What a state's military reports its unnamed forces did is its own forces'
act ("Ukraine's air force said air defences shot down 40 drones": UKRMIL, implied.
reporting_state); air-defence units are military (institutions.tsv); force that destroys
another state's forces or arms ("destroyed 96 Ukrainian drones") is military force (190),
not destruction of property (actor_rules.after_actors). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, doer, target", [
    ("Romania's defence ministry said air defences shot down two Russian drones over Tulcea.",
     "ROU", "RUS"),
    ("The Saudi military said its air defenses intercepted and destroyed a Houthi drone.",
     "SAU", "YEM"),
    ("Russia's Defence Ministry said forces had destroyed 14 Ukrainian tanks near Pokrovsk.",
     "RUS", "UKR"),
])
def test_a_militarys_report_names_its_own_forces(pipe, text, doer, target):
    events = events_of(pipe, text)
    force = find(events, "19")
    assert force, [(e.cameo, e.source_actor) for e in events]
    assert (force[0].source_actor or {}).get("country") == doer, force[0].source_actor
    assert (force[0].target_actor or {}).get("country") == target, force[0].target_actor


def test_troops_in_a_watchdogs_report_take_no_speakers_country(pipe):
    text = ("Amnesty International said troops burned villages in Rakhine state, Myanmar.")
    for event in events_of(pipe, text):
        assert (event.source_actor or {}).get("code") != "NGOMIL", event.source_actor


def test_a_foreign_ministrys_report_is_about_others_forces(pipe):
    text = ("The German foreign ministry said government forces detained dozens of opposition "
            "activists in Belarus last week.")
    detentions = find(events_of(pipe, text), "17")
    assert detentions and (detentions[0].source_actor or {}).get("country") == "BLR", \
        [(e.cameo, e.source_actor) for e in detentions]
