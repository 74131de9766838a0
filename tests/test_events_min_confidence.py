"""`--min-confidence` keeps the merged events whose confidence is at least the share given, in
the store's query, the CLI and the web API; a share outside 0-1 is a clear error. A real DuckDB
file of hand-made records (three outlets, one asserting, one hedging, one denying a visit),
the real CLI, and a real uvicorn server on 127.0.0.1."""
from __future__ import annotations

import contextlib
import io
import json

import httpx
import pytest
from helpers.browser import LiveServer
from helpers.corpus import FILLER, VISIT, event, record
from helpers.web import assert_error, fill_store

from newsdesk.cli import main
from newsdesk.store import Store, queries
from newsdesk.web import create_app


def records():
    return [
        record(VISIT + FILLER, "Defence minister to visit Moscow", "Reuters", "2023-04-09",
               [event("E1")], doc_id="r1"),
        record("Officials in Ankara said the foreign minister might travel to Baku soon, though "
               "nothing was confirmed by either government.", "Trip to Baku rumoured",
               "Tass Digest", "2023-06-20",
               [event("E1", src="TURGOV", tgt="AZEGOV", modality="hedged", attributed_to="Q1",
                      evidence="might travel to Baku")], doc_id="t1"),
        record("Sources in Cairo said the president would not travel to Khartoum this year.",
               "No trip to Khartoum", "Nile Post", "2023-05-02",
               [event("E1", src="EGYGOV", tgt="SDNGOV", modality="negated", attributed_to="Q1",
                      evidence="would not travel")], doc_id="n1"),
    ]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("minconf") / "m.duckdb"
    fill_store(path, records())
    return path


@pytest.fixture(scope="module")
def all_events(store_path):
    with Store(store_path) as store:
        return queries.list_events(store)


def test_the_threshold_keeps_exactly_the_events_at_or_above_it(store_path, all_events):
    shares = sorted(e["confidence"] for e in all_events)
    assert len(set(shares)) == 3, shares  # three events, three different confidences
    cut = shares[1]
    with Store(store_path) as store:
        kept = queries.list_events(store, min_confidence=cut)
    assert {e["id"] for e in kept} == {e["id"] for e in all_events if e["confidence"] >= cut}
    assert len(kept) == 2


def cli(*args) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own errors
            code = exc.code
    return code, out.getvalue()


def test_the_cli_filters_and_refuses_a_share_outside_0_1(store_path, all_events):
    top = max(e["confidence"] for e in all_events)
    code, out = cli("events", "--db", str(store_path), "--min-confidence", str(top), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert [r["confidence"] for r in rows] == [top]
    assert cli("events", "--db", str(store_path), "--min-confidence", "1.5")[0] == 2
    assert cli("events", "--db", str(store_path), "--min-confidence", "high")[0] == 2


def test_the_api_filters_and_refuses_a_share_outside_0_1(store_path, all_events):
    top = max(e["confidence"] for e in all_events)
    with LiveServer(create_app(store_path)) as server:
        items = httpx.get(f"{server.url}/api/events",
                          params={"min_confidence": top}).json()["items"]
        assert [e["confidence"] for e in items] == [top]
        assert_error(httpx.get(f"{server.url}/api/events", params={"min_confidence": 2}), 422)
