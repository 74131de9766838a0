"""Corpus stages on hand-built article records: merging, re-ingest, near-duplicates, stories."""
from __future__ import annotations

from helpers.corpus import FILLER, VISIT, event, record

from newsdesk import corpus
from newsdesk.corpus import dyads
from newsdesk.store import queries


def two_outlets():
    a = record(VISIT + FILLER, "China's defence minister to visit Russia", "Reuters", "2023-04-09",
               [event("E1")], doc_id="r1")
    b = record("Beijing is sending Li Shangfu, its defence minister, to Moscow for talks with Sergei "
               "Shoigu next week, according to a statement on Sunday. Analysts say the visit shows "
               "how close the two countries have become.", "Li Shangfu heads to Moscow",
               "The Guardian", "2023-04-09T14:00:00", [event("E1", src="CHN", tgt="RUS")], doc_id="g1")
    return a, b


def test_two_outlets_one_event_two_articles_two_sources(store):
    for r in two_outlets():
        store.write_record(r)
    corpus.update(store)
    events = queries.list_events(store)
    assert len(events) == 1
    e = events[0]
    assert (e["articles"], e["sources"], e["mentions"]) == (2, 2, 2)
    assert {m["publisher"] for m in e["mention_list"]} == {"Reuters", "The Guardian"}
    assert all(m["evidence_text"] for m in e["mention_list"])
    stories = queries.list_stories(store)
    assert stories[0]["n_articles"] == 2


def test_ingesting_the_same_article_twice_changes_nothing(store):
    a, b = two_outlets()
    store.write_record(a)
    store.write_record(b)
    corpus.update(store)
    before = queries.list_events(store), queries.list_stories(store)
    store.write_record(a)  # same text: a duplicates row, nothing else
    assert corpus.update(store)["unchanged"] is True
    assert (queries.list_events(store), queries.list_stories(store)) == before
    assert corpus.update(store, full=True)["unchanged"] is False  # recomputed: the same tables
    assert (queries.list_events(store), queries.list_stories(store)) == before


def test_near_duplicate_rewrite_is_linked_and_not_counted(store):
    a, b = two_outlets()
    copy_text = (VISIT + FILLER).replace("on Sunday", "on Sunday, April 9").replace(
        "with concern", "with growing concern") + "Copyright 2023 Daily Wire Service."
    c = record(copy_text, "China's defence minister to visit Russia", "Yahoo News", "2023-04-10",
               [event("E1")])
    for r in (a, b, c):
        store.write_record(r)
    corpus.update(store)
    links = store.query("SELECT article_id, duplicate_of, similarity FROM near_duplicates")
    assert [(l["article_id"], l["duplicate_of"]) for l in links] == [(c["id"], a["id"])]
    e = queries.list_events(store)[0]
    assert (e["articles"], e["sources"], e["mentions"], e["copies"]) == (2, 2, 2, 1)
    assert len(e["mention_list"]) == 3


def test_different_texts_are_not_near_duplicates(store):
    a, b = two_outlets()
    store.write_record(a)
    store.write_record(b)
    corpus.update(store)
    assert store.query("SELECT * FROM near_duplicates") == []


def test_confidence_grows_with_sources_and_falls_when_hedged(store):
    a, b = two_outlets()
    hedged = record("Russian media reported, citing unnamed sources, that a Chinese minister might "
                    "visit Moscow soon; nothing was confirmed by either government.",
                    "Chinese visit to Moscow rumoured", "Tass Digest", "2023-06-20",
                    [event("E1", modality="hedged", attributed_to="Q1")])
    for r in (a, b, hedged):
        store.write_record(r)
    corpus.update(store)
    events = {e["date"]: e for e in queries.list_events(store)}
    two, one_hedged = events["2023-04-09"], events["2023-06-20"]
    assert one_hedged["sources"] == 1 and one_hedged["modality"] == "hedged"
    assert two["confidence"] > 0.6 > one_hedged["confidence"]


def test_same_actors_far_apart_in_time_are_two_events(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-04-09", [event("E1")])
    b = record("A year later, Li Shangfu was again in Moscow to meet Russian generals at a forum.",
               "Back in Moscow", "Reuters", "2024-04-20", [event("E1")])
    store.write_record(a)
    store.write_record(b)
    corpus.update(store)
    assert len(queries.list_events(store)) == 2
    assert len(queries.list_events(store, since="2024-01-01")) == 1
    assert len(queries.list_events(store, until="2023-04")) == 1


def test_event_filters(store):
    a, b = two_outlets()
    c = record("Russia and Ukraine traded artillery fire along the front near Bakhmut on Monday.",
               "Shelling near Bakhmut", "BBC", "2023-04-10",
               [event("E1", cameo="190", src="RUSMIL", tgt="UKRMIL", goldstein=-10.0, quad=4)])
    for r in (a, b, c):
        store.write_record(r)
    corpus.update(store)
    assert len(queries.list_events(store, actor="RUS")) == 2
    assert len(queries.list_events(store, actor="UKR")) == 1
    assert len(queries.list_events(store, dyad="RUS:CHN")) == 1  # undirected
    assert queries.list_events(store, dyad="RUS>CHN") == []
    assert [e["cameo"] for e in queries.list_events(store, cameo="19")] == ["190"]
    assert queries.list_events(store, modality="hedged") == []
    busiest = queries.busiest_dyads(store)
    assert {d["dyad"] for d in busiest} == {"CHN:RUS", "RUS:UKR"}


def test_background_and_negated_events_stay_out_of_the_dyad_series(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-04-09",
               [event("E1"), event("E2", cameo="190", background=True, goldstein=-10.0, quad=4),
                event("E3", cameo="057", modality="negated", goldstein=8.0, quad=1)])
    store.write_record(a)
    corpus.update(store)
    rows = dyads.dyad_series(store, "CHN", "RUS")
    assert [(r["period"], r["events"]) for r in rows] == [("2023-04", 1)]


def test_stories_group_by_topic_and_time(store):
    a, b = two_outlets()
    far = record("Li Shangfu travelled to Moscow for talks with Sergei Shoigu, the ministry in Beijing "
                 "said, a visit described as one without limits.", "Chinese defence minister visits Moscow",
                 "Reuters", "2023-11-02")
    other = record("Heavy rain flooded streets across Lagos on Monday, and the state emergency agency "
                   "moved hundreds of families to shelters.", "Floods in Lagos", "BBC", "2023-04-10")
    for r in (a, b, far, other):
        store.write_record(r)
    corpus.update(store)
    stories = queries.list_stories(store)
    groups = sorted(sorted(x["title"] for x in s["articles"]) for s in stories)
    assert ["China's defence minister to visit Russia", "Li Shangfu heads to Moscow"] in groups
    assert len(stories) == 3
    top = queries.get_story(store, stories[0]["id"])
    assert top["label"] in ("China's defence minister to visit Russia", "Li Shangfu heads to Moscow")
    assert {x["publisher"] for x in top["articles"]} == {"Reuters", "The Guardian"}
    assert len(top["events"]) == 1
    assert queries.get_story(store, "nope") is None


def test_list_quotes_by_speaker(store):
    a, _ = two_outlets()
    a["quotes"] = [{"id": "Q1", "kind": "direct", "via": [],
                    "source": {"start": 0, "end": 5, "text": "Li", "name": "Li Shangfu", "entity": None,
                               "actor": {"code": "CHNGOV"}},
                    "cue": {"start": 0, "end": 4, "text": "said"},
                    "content": {"start": 0, "end": 20, "text": VISIT[:20]}}]
    store.write_record(a)
    assert [q["speaker"] for q in queries.list_quotes(store, speaker="shangfu")] == ["Li Shangfu"]
    assert len(queries.list_quotes(store, speaker="CHN")) == 1
    assert queries.list_quotes(store, speaker="Biden") == []


def test_queries_on_an_empty_store(store):
    corpus.update(store)
    assert queries.list_events(store) == [] and queries.list_stories(store) == []
    assert dyads.dyad_series(store, "USA", "RUS") == [] and queries.busiest_dyads(store) == []


def test_events_missing_an_actor_merge_only_within_a_story(store):
    a, b = two_outlets()
    a["events"].append(event("E2", cameo="112", tgt=None, goldstein=-2.0, quad=3))
    b["events"].append(event("E2", cameo="112", tgt=None, goldstein=-2.0, quad=3))
    other = record("Heavy rain flooded streets across Lagos on Monday, and officials in Beijing criticised "
                   "the response of foreign aid agencies.", "Floods in Lagos", "BBC", "2023-04-09",
                   [event("E1", cameo="112", tgt=None, goldstein=-2.0, quad=3)])
    for r in (a, b, other):
        store.write_record(r)
    corpus.update(store)
    accusations = sorted(e["articles"] for e in queries.list_events(store, cameo="11"))
    assert accusations == [1, 2]  # the two reports of the visit story, and Lagos apart
