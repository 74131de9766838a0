"""A target the events stage gave by default (events/default_targets.py) is stored as such
(events.target_by_default) and shown, but the corpus stages read such a mention as having no
target: a guess never keeps two reports of one act apart, and a merged event shows the
default only when no report names a target. Hand-built records."""
from __future__ import annotations

from helpers.corpus import FILLER, VISIT, event, record

from newsdesk import corpus
from newsdesk.store import queries


def by_default(ev: dict, code: str) -> dict:
    ev["target_actor"] = {"code": code, "text": None, "entity": None, "from_context": True,
                          "by_default": True}
    return ev


def guardian(events) -> dict:
    return record("Beijing is sending Li Shangfu, its defence minister, to Moscow for talks with "
                  "Sergei Shoigu next week, according to a statement on Sunday. Analysts say the "
                  "visit shows how close the two countries have become.",
                  "Li Shangfu heads to Moscow", "The Guardian", "2023-04-09T14:00:00", events,
                  doc_id="g1")


def test_the_stored_event_keeps_its_default_target_and_says_so(store):
    store.write_record(guardian([by_default(event("E1", src="CHN"), "CHN")]))
    rows = store.query("SELECT target_code, target_by_default FROM events")
    assert [(r["target_code"], r["target_by_default"]) for r in rows] == [("CHN", True)]
    corpus.update(store)
    assert [e["target_code"] for e in queries.list_events(store)] == ["CHN"]


def test_a_default_target_does_not_keep_two_reports_of_one_act_apart(store):
    reuters = record(VISIT + FILLER, "China's defence minister to visit Russia", "Reuters",
                     "2023-04-09", [event("E1")], doc_id="r1")
    store.write_record(reuters)
    store.write_record(guardian([by_default(event("E1", src="CHN"), "CHN")]))
    corpus.update(store)
    events = queries.list_events(store)
    assert [(e["mentions"], e["target_code"]) for e in events] == [(2, "RUSGOV")]


def test_the_same_target_named_in_the_text_does_keep_them_apart(store):
    reuters = record(VISIT + FILLER, "China's defence minister to visit Russia", "Reuters",
                     "2023-04-09", [event("E1")], doc_id="r1")
    store.write_record(reuters)
    store.write_record(guardian([event("E1", src="CHN", tgt="CHN")]))
    corpus.update(store)
    assert len(queries.list_events(store)) == 2
