"""POST /api/analyze stores through the ingest writer (the inputs ledger), so the web's
articles are accounted like ingested ones; a 401 says how to send the token; 12-character
article ids (what the pages and the CLI show) resolve on the API and on the reader."""
from __future__ import annotations

import duckdb
from fastapi.testclient import TestClient
from helpers.web import assert_error, make_record

from newsdesk.web import create_app

TEXT = ("Kenya signed a trade agreement with Ethiopia on Tuesday.\n\n"
        "The deal was praised by officials in Nairobi.")
AUTH = {"Authorization": "Bearer s3cret"}



def ledger(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT outcome, count(*) FROM inputs GROUP BY 1").fetchall()
        dups = con.execute("SELECT count(*) FROM duplicates").fetchall()[0][0]
    finally:
        con.close()
    return {**dict(rows), "duplicates_table": dups}


def test_posted_articles_are_accounted_like_ingested_ones(web_db):
    with TestClient(create_app(web_db, token="s3cret"), raise_server_exceptions=False) as client:
        first = client.post("/api/analyze", json={"text": TEXT, "publisher": "Test Wire"},
                            headers=AUTH)
        assert first.status_code == 201, first.text
        again = client.post("/api/analyze", json={"text": TEXT}, headers=AUTH)
        assert again.status_code == 201, again.text
        analysed_only = client.post("/api/analyze", json={"text": TEXT + " More.", "store": False},
                                    headers=AUTH)
        assert analysed_only.json()["stored"] is False
    assert first.json()["stored"] is True
    assert again.json()["stored"] is False and again.json()["id"] == first.json()["id"]
    assert again.json()["record"]["meta"]["publisher"] == "Test Wire"  # the stored record
    # One input row per stored POST: an article, then a duplicate (as a second ingest of the
    # same text writes); the analyse-only POST wrote nothing.
    assert ledger(web_db) == {"article": 1, "duplicate": 1, "duplicates_table": 1}


def test_a_401_says_how_to_send_the_token(web_db):
    with TestClient(create_app(web_db, token="s3cret"), raise_server_exceptions=False) as client:
        err = assert_error(client.post("/api/analyze", json={"text": TEXT}), 401)
    assert "Authorization: Bearer" in err["message"] and "X-Newsdesk-Token" in err["message"]


def test_twelve_character_ids_resolve(web_db):
    full = make_record()["id"]
    with TestClient(create_app(web_db), raise_server_exceptions=False) as client:
        assert client.get(f"/api/articles/{full[:12]}").json()["id"] == full
        assert client.get(f"/api/articles/{full}").json()["id"] == full
        page = client.get(f"/articles/{full[:12]}")
        assert page.status_code == 200 and "Daily Ledger" in page.text
        assert_error(client.get("/api/articles/0000000000ff"), 404)
        assert client.get("/articles/0000000000ff").status_code == 404
