"""Verbal acts of cooperation and conflict between political actors (issue 19, realnews
recall): the coders list praise, thanks, criticism and threats as events (CAMEO 05, 11, 13)
when the verb itself is the act.

- Thanks and appreciation expressed to someone are praise (051): "expressed his gratitude
  to the Kenyan army".
- An act in an infinitive that modifies a possessed noun is the possessor's: "his tendency
  to criticize Beijing", "Moscow's decision to expel diplomats"; after a noun of habit
  ("tendency", "habit") the acts happen (asserted) and are context (background), after a
  decision the act is planned.
- An infinitive after bringing or inviting someone is the act of the one brought: "bringing
  the president on stage to thank the troops".
Sentences written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest
from helpers.events import dyads, events_of

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, pair", [
    ("Japanese Prime Minister Kishida expressed his appreciation to the Australian navy for "
     "its help.", ("JPN", "AUS")),
    ("The Somali president voiced his gratitude to the Kenyan army after the rescue.",
     ("SOM", "KEN")),
    ("Chile's foreign minister expressed thanks to Argentina for the firefighters it sent.",
     ("CHL", "ARG")),
])
def test_thanks_expressed_are_praise(pipe, text, pair):
    events = events_of(pipe, text)
    assert pair in dyads(events, "05"), [(e.cameo, e.source_actor, e.target_actor)
                                         for e in events]


@pytest.mark.parametrize("text, root, pair", [
    ("Reporters asked about Modi's tendency to criticize the Pakistani government.",
     "11", ("IND", "PAK")),
    ("Critics pointed to Orban's tendency to praise the Russian government.", "05",
     ("HUN", "RUS")),
    ("Moscow's decision to expel Estonian diplomats angered Tallinn.", "16", ("RUS", "EST")),
])
def test_possessor_does_the_infinitive(pipe, text, root, pair):
    events = events_of(pipe, text)
    assert pair in dyads(events, root), [(e.cameo, e.source_actor, e.target_actor)
                                         for e in events]


def test_a_habit_tells_acts_that_happen(pipe):
    # "a tendency to criticize" is done again and again: asserted, not planned as "a decision
    # to expel" is
    events = events_of(pipe, "Analysts noted Lula's tendency to criticize Washington in "
                             "speeches abroad.")
    acts = [e for e in events if e.cameo.startswith("11")]
    assert [e.modality for e in acts] == ["asserted"], [(e.cameo, e.modality) for e in events]
    # ... and a pattern of past acts: context to the news, as coders mark it
    assert all(e.background for e in acts)


@pytest.mark.parametrize("text, pair", [
    ("Biden ended the visit by bringing Zelensky onto the stage to thank the American "
     "soldiers.", ("UKR", "USA")),
    ("Macron closed the summit, inviting Ruto to the podium to praise the French troops.",
     ("KEN", "FRA")),
])
def test_the_one_brought_acts(pipe, text, pair):
    events = events_of(pipe, text)
    assert pair in dyads(events, "05"), [(e.cameo, e.source_actor, e.target_actor)
                                         for e in events]
