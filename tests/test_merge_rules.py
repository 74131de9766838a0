"""Merged events never join different happenings and keep their own date (issue 17.1): the date
windows by granularity, the modality kinds, the month- and year-dated mention, the evidence
shown, and the dyad page over such events."""
from __future__ import annotations

from fastapi.testclient import TestClient
from helpers.corpus import FILLER, VISIT, event, record

from newsdesk import corpus
from newsdesk.corpus.merge import MergeOptions, dates_compatible, merge_events
from newsdesk.store import Store, queries
from newsdesk.web import create_app

OTHER = ("Beijing is sending Li Shangfu, its defence minister, to Moscow for talks with Sergei "
         "Shoigu, according to a statement on Sunday. Analysts say the visit shows how close the "
         "two countries have become.")


def dated(e: dict, value: str, granularity: str) -> dict:
    e["time"] = {"text": "then", "date": value, "granularity": granularity, "relation": "past"}
    return e


def merge_of(store, *records):
    for r in records:
        store.write_record(r)
    corpus.update(store)
    return queries.list_events(store)


def test_same_story_mentions_ten_days_apart_are_two_events(store):
    # One story (same day, same subject), but the events' own days are 10 days apart.
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-04-09", [dated(event("E1"), "2023-04-10", "day")])
    b = record(OTHER, "Visit again", "Guardian", "2023-04-09", [dated(event("E1"), "2023-04-20", "day")])
    events = merge_of(store, a, b)
    assert sorted(e["date"] for e in events) == ["2023-04-10", "2023-04-20"]


def test_mentions_within_three_days_in_one_story_merge(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-04-09", [dated(event("E1"), "2023-04-10", "day")])
    b = record(OTHER, "Visit again", "Guardian", "2023-04-09", [dated(event("E1"), "2023-04-12", "day")])
    (one,) = merge_of(store, a, b)
    assert (one["date"], one["mentions"]) == ("2023-04-10", 2)


def test_a_plan_is_never_merged_into_the_happening(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-04-09", [event("E1", modality="planned")])
    b = record(OTHER, "Visit", "Guardian", "2023-04-09", [event("E1", modality="asserted")])
    events = merge_of(store, a, b)
    assert sorted(e["modality"] for e in events) == ["asserted", "planned"]


def test_a_month_dated_mention_keeps_its_month(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-05-02", [dated(event("E1"), "2023-04", "month")])
    (one,) = merge_of(store, a)
    assert (one["date"], one["date_granularity"]) == ("2023-04", "month")


def test_different_months_never_merge_and_different_roots_never_merge(store):
    a = record(VISIT + FILLER, "Visit", "Reuters", "2023-05-01",
               [dated(event("E1"), "2023-04", "month"), event("E2", cameo="036")])
    b = record(OTHER, "Visit", "Guardian", "2023-05-01", [dated(event("E1"), "2023-05", "month")])
    events = merge_of(store, a, b)
    assert sorted((e["root"], e["date"]) for e in events) == [
        ("03", "2023-05-01"), ("04", "2023-04"), ("04", "2023-05")]


def test_date_windows_by_granularity():
    opts = MergeOptions()
    day = lambda d, g="day": (d, g, "2023-04", 2023)  # noqa: E731 (ordinal, granularity, month, year)
    assert dates_compatible(day(100), day(103), opts) and not dates_compatible(day(100), day(104), opts)
    assert dates_compatible(day(100, "week"), day(107), opts)
    assert not dates_compatible(day(100, "week"), day(108), opts)
    assert not dates_compatible((1, "month", "2023-04", 2023), (2, "day", "2023-05", 2023), opts)
    assert not dates_compatible((1, "year", "2023-12", 2023), (2, "day", "2024-01", 2024), opts)


def test_evidence_is_the_most_asserted_then_earliest_mention():
    rows = [
        {"article_id": "b", "id": "E1", "cameo": "042", "source_code": "CHN", "target_code": "RUS",
         "modality": "asserted", "published": "2023-04-10", "publisher": "B",
         "evidence_text": "went"},
        {"article_id": "a", "id": "E1", "cameo": "042", "source_code": "CHN", "target_code": "RUS",
         "modality": "asserted", "published": "2023-04-09", "publisher": "A",
         "evidence_text": "travelled to Moscow on Sunday"},
        {"article_id": "c", "id": "E1", "cameo": "042", "source_code": "CHN", "target_code": "RUS",
         "modality": "hedged", "published": "2023-04-08", "publisher": "C",
         "evidence_text": "may have gone"},
    ]
    story = {"a": "s1", "b": "s1", "c": "s1"}
    (merged,), _ = merge_events(rows, story, {})
    assert merged["evidence"] == "travelled to Moscow on Sunday"
    assert (merged["evidence_article_id"], merged["evidence_event_id"]) == ("a", "E1")


def test_dyad_page_charts_the_dated_rows(tmp_path):
    path = tmp_path / "page.duckdb"
    with Store(path) as store:
        # The only CHN-RUS event is a denial: it is not in a series, so the pair must not be
        # offered as the busiest one (its page would have nothing to draw).
        store.write_record(record(VISIT + FILLER, "Denial", "Reuters", "2023-04-09",
                                  [event("E1", modality="negated")]))
        store.write_record(record(OTHER, "Visit", "Guardian", "2023-04-20",
                                  [dated(event("E1", src="USAGOV", tgt="RUSGOV"), "2023-03", "month")]))
        corpus.update(store)
        assert [d["dyad"] for d in queries.busiest_dyads(store)] == ["RUS:USA"]
    with TestClient(create_app(path)) as client:
        for url in ("/dyads", "/dyads?dyad=USA:RUS&by=month", "/dyads?dyad=USA:RUS&by=year"):
            page = client.get(url).text
            assert "No dated events" not in page and '<svg class="chart"' in page, url
        weekly = client.get("/dyads?dyad=USA:RUS&by=week").text
        assert "No dated events" not in weekly and "monthly or yearly view" in weekly
