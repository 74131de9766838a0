"""What a dyad counts, and that nothing is left out silently (corpus.dyads.dyad_report,
store.queries.dyad_left_out / busiest_dyads, `newsdesk dyads`; task of session 22): undated
events are listed apart, hedged/planned events are flagged and can be left out, a date that
is only the publication day says so. Articles written for these tests; the undated one goes
through the real pipeline."""
from __future__ import annotations

import pytest
from helpers.corpus import event, record

from newsdesk import corpus
from newsdesk.api import analyze_text
from newsdesk.cli import main
from newsdesk.corpus.dyads import dyad_report, dyad_series
from newsdesk.store import Store, queries

TALKS = ("Kazakh and Uzbek ministers met in Tashkent on Monday to discuss water sharing along "
         "the Syr Darya, officials from both sides said after the meeting.")


def dated(e: dict, value: str, granularity: str = "day") -> dict:
    e["time"] = {"text": "then", "date": value, "granularity": granularity, "relation": "past"}
    return e


@pytest.fixture
def db(tmp_path):
    """KAZ-UZB: two asserted events, one hedged (dated by publication only), one background,
    one negated, one month-dated, and one undated (no date in the text, no publication date,
    analysed by the pipeline)."""
    path = tmp_path / "d.duckdb"
    with Store(path) as store:
        store.write_record(record(TALKS, "Water talks", "Steppe Herald", "2024-02-05", [
            dated(event("E1", cameo="040", src="KAZGOV", tgt="UZBGOV"), "2024-02-05"),
            dated(event("E2", cameo="057", src="UZBGOV", tgt="KAZGOV"), "2024-02-06"),
            event("E3", cameo="072", src="KAZ", tgt="UZB", modality="hedged"),
            dated(event("E4", cameo="190", src="KAZ", tgt="UZB", background=True), "1990"),
            event("E5", cameo="163", src="UZB", tgt="KAZ", modality="negated"),
            dated(event("E6", cameo="036", src="KAZGOV", tgt="UZBGOV"), "2024-01", "month")]))
        store.write_record(analyze_text(
            "Uzbek officials criticised Kazakhstan over new tariffs on grain.",
            title="Grain row", publisher="Oasis Wire"))
        corpus.update(store)
    return path


def test_every_event_of_the_dyad_is_counted_or_left_out_with_its_reason(db):
    with Store(db, read_only=True) as store:
        report = dyad_report(store, "KAZ", "UZB", by="week")
        total = len(queries.list_events(store, dyad="KAZ:UZB"))
    assert report["counted"] == 3  # the two dated asserted events and the hedged one
    assert report["left_out"] == {"background": 1, "not_happened": 1, "not_asserted": 0,
                                  "undated": 1, "coarser": 1}  # coarser: the January event
    assert report["counted"] + sum(report["left_out"].values()) == total


def test_hedged_events_are_flagged_and_asserted_only_leaves_them_out(db):
    with Store(db, read_only=True) as store:
        (feb,) = [r for r in dyad_series(store, "KAZ", "UZB", by="month") if r["period"] == "2024-02"]
        assert (feb["events"], feb["not_asserted"], feb["dated_by_publication"]) == (3, 1, 1)
        strict = dyad_report(store, "KAZ", "UZB", by="month", asserted_only=True)
        assert strict["counted"] == 3 and strict["left_out"]["not_asserted"] == 1  # Jan + 2 Feb
        (pair,) = queries.busiest_dyads(store)
        assert (pair["dyad"], pair["events"], pair["not_asserted"], pair["undated"]) == ("KAZ:UZB", 4, 1, 1)
        (pair,) = queries.busiest_dyads(store, asserted_only=True)
        assert (pair["events"], pair["not_asserted"]) == (3, 0)


def test_the_cli_says_what_it_left_out_and_the_help_says_what_counts(db, capsys):
    assert main(["dyads", "--db", str(db), "--dyad", "KAZ:UZB", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "1 undated" in captured.err and "1 background" in captured.err
    assert "undated" not in captured.out  # the rows alone on stdout
    with pytest.raises(SystemExit):
        main(["dyads", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "left out as undated" in help_text and "--asserted-only" in help_text


def test_the_events_table_says_when_a_date_is_only_the_publication_day(db, capsys):
    assert main(["events", "--db", str(db), "--dyad", "KAZ:UZB", "--cameo", "072"]) == 0
    header, _, row = capsys.readouterr().out.splitlines()[:3]
    assert header.split()[1:3] == ["date", "date_basis"]
    assert row.split()[1:3] == ["2024-02-05", "published"]


def test_the_events_page_marks_publication_dates_and_who_tells_an_event(tmp_path):
    from fastapi.testclient import TestClient

    from newsdesk.web import create_app
    path = tmp_path / "w.duckdb"
    with Store(path) as store:
        store.write_record(record(TALKS, "Water talks", "Steppe Herald", "2024-02-05", [
            dated(event("E1", cameo="040", src="KAZGOV", tgt="UZBGOV"), "2024-02-05"),
            event("E2", cameo="111", src="UZBGOV", tgt="KAZGOV", attributed_to="q0",
                  goldstein=-2.0, quad=3)]))
        corpus.update(store)
    with TestClient(create_app(path)) as client:
        html = client.get("/events").text
    rows = html.split("<tr>")[1:]
    criticism = next(r for r in rows if "<code>111</code>" in r)
    talks = next(r for r in rows if "<code>040</code>" in r)
    assert 'data-date-basis="published"' in criticism and "data-date-basis" not in talks
    assert ">attributed</span>" in criticism and "attributed" not in talks


def test_the_dyad_page_and_api_say_what_the_series_leaves_out(db):
    from fastapi.testclient import TestClient

    from newsdesk.web import create_app
    with TestClient(create_app(db)) as client:
        page = client.get("/dyads?dyad=KAZ:UZB&by=week").text
        answer = client.get("/api/dyads?dyad=KAZ:UZB&by=week").json()
    assert "3 events counted by week" in page and "1 undated" in page
    assert "1 dated less precisely than a week" in page
    assert answer["counted"] == 3 and answer["left_out"]["undated"] == 1
    assert len(answer["series"]) == 1
