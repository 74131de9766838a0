"""Reports of one happening worded apart end in one story when they share a merged event
(field case 17's kind: "kidnapped" / "abducted" / "seized 234 students"); reports that only
share a background reference or a publication day stay apart."""
from __future__ import annotations

from helpers.corpus import event, record

from newsdesk import corpus
from newsdesk.store import Store, queries

FLOOD = ("Rescue teams pulled dozens of villagers from flooded homes along the river on "
         "Tuesday after two days of heavy rain, the regional governor told reporters.")
STRIKE = ("Dock workers at the northern container terminal walked off the job over unpaid "
          "overtime, halting the loading of grain ships, a union organiser said.")
HARBOUR = ("Port operations came to a standstill in the north as crews stopped work in a dispute "
           "about wages owed for extra shifts, according to shipping agents.")


def strike(eid: str, **kw) -> dict:
    defaults = dict(cameo="141", src="GBRLAB", tgt="GBRBUS", evidence="walked off")
    return event(eid, **{**defaults, **kw})


def dated(e: dict, day: str) -> dict:
    e["time"] = {"text": "on Monday", "date": day, "granularity": "day", "relation": "past"}
    return e


def stories_of(store: Store, *records) -> list[set[str]]:
    for r in records:
        store.write_record(r)
    corpus.update(store)
    return [{a["id"] for a in s["articles"]} for s in queries.list_stories(store)]


def test_two_wordings_of_one_dated_event_are_one_story(store):
    a = record(STRIKE, "Dockers strike", "Wire A", "2024-03-05", [dated(strike("E1"), "2024-03-04")])
    b = record(HARBOUR, "Northern port halted", "Paper B", "2024-03-06",
               [dated(strike("E1", evidence="stopped work"), "2024-03-04")])
    assert {a["id"], b["id"]} in stories_of(store, a, b)


def test_a_shared_background_reference_does_not_join_stories(store):
    a = record(STRIKE, "Dockers strike", "Wire A", "2024-03-05",
               [dated(strike("E1", background=True), "2024-03-04")])
    b = record(FLOOD, "Flood rescue", "Paper B", "2024-03-06",
               [dated(strike("E1", background=True), "2024-03-04")])
    assert {a["id"]} in stories_of(store, a, b)


def test_a_date_taken_from_the_publication_day_does_not_join_stories(store):
    a = record(STRIKE, "Dockers strike", "Wire A", "2024-03-05", [strike("E1")])
    b = record(FLOOD, "Flood rescue", "Paper B", "2024-03-05", [strike("E1")])
    assert {a["id"]} in stories_of(store, a, b)
