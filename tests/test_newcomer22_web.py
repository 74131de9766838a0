"""What a newcomer met on the web (session 22): the ids `newsdesk events` prints are accepted
by the API (a unique prefix; a shared one is 400 ambiguous_id, an unknown one a 404 that says
what an id looks like); the Quotes page says how a statement reached us in words ("reported
by", "told", the named source chain) instead of "told" for every hearer and raw quote ids; the
reader shows beliefs and stances apart from the quotes, labelled, and names a belief's holder
as the teller of the events told in it.

A real DuckDB file of hand-made records (sentences written for this test), the real CLI, and a
real uvicorn server on 127.0.0.1 answering httpx requests.
"""
from __future__ import annotations

import re

import duckdb
import httpx
import pytest
from helpers.browser import LiveServer
from helpers.envoy import other_record, trade_record
from helpers.web import fill_store

from newsdesk.cli import main
from newsdesk.web import create_app

@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("newcomer22") / "n.duckdb"
    fill_store(path, [trade_record(), other_record()])
    return path


@pytest.fixture(scope="module")
def printed_event_ids(store_path):
    """The id column of `newsdesk events` (a table), read before the server opens the file."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["events", "--db", str(store_path)]) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("id ")
    return [line.split()[0] for line in lines[2:]]


@pytest.fixture(scope="module")
def server(store_path, printed_event_ids):
    with LiveServer(create_app(store_path)) as live:
        yield live


def _error(resp: httpx.Response, status: int) -> dict:
    assert resp.status_code == status, resp.text
    return resp.json()["error"]


def test_the_event_ids_the_cli_prints_are_accepted_by_the_api(server, printed_event_ids):
    assert len(printed_event_ids) >= 2
    for short in printed_event_ids:
        assert len(short) == 10  # shorter than an id: the table cuts it
        got = httpx.get(f"{server.url}/api/events/{short}")
        assert got.status_code == 200, got.text
        assert got.json()["id"].startswith(short) and len(got.json()["id"]) > len(short)
        assert got.json()["mention_list"]
    whole = httpx.get(f"{server.url}/api/events").json()["items"][0]["id"]
    assert httpx.get(f"{server.url}/api/events/{whole}").json()["id"] == whole
    assert httpx.get(f"{server.url}/api/events/{whole.upper()}").json()["id"] == whole


def test_an_unknown_or_too_short_event_id_is_a_404_that_says_what_an_id_is(server, printed_event_ids):
    err = _error(httpx.get(f"{server.url}/api/events/ev0000000000"), 404)
    assert err["code"] == "not_found" and "ev0000000000" in err["message"]
    assert "10+ characters" in err["message"]
    short = printed_event_ids[0][:6]  # a real event's id, cut below the 10 the CLI shows
    assert "10+ characters" in _error(httpx.get(f"{server.url}/api/events/{short}"), 404)["message"]


def test_story_ids_by_prefix(server):
    story = httpx.get(f"{server.url}/api/stories").json()["items"][0]["id"]
    assert httpx.get(f"{server.url}/api/stories/{story[:10]}").json()["id"] == story
    assert httpx.get(f"{server.url}/stories/{story[:10]}").status_code == 200
    _error(httpx.get(f"{server.url}/api/stories/st00000000"), 404)


def test_a_prefix_two_events_share_is_400_ambiguous(tmp_path):
    path = tmp_path / "twins.duckdb"
    fill_store(path, [trade_record()])
    con = duckdb.connect(str(path))
    one = con.execute("SELECT id FROM merged_events ORDER BY id LIMIT 1").fetchone()[0]
    # a second event whose id shares the first 12 characters (as two hashes may)
    twin = one[:12] + ("0" if one[12] != "0" else "1") * (len(one) - 12)
    con.execute("INSERT INTO merged_events SELECT * REPLACE (? AS id) FROM merged_events"
                " WHERE id = ?", [twin, one])
    con.close()
    with LiveServer(create_app(path)) as live:
        err = _error(httpx.get(f"{live.url}/api/events/{one[:12]}"), 400)
        assert err["code"] == "ambiguous_id" and "more characters" in err["message"]
        assert httpx.get(f"{live.url}/api/events/{one[:13]}").json()["id"] == one
        assert httpx.get(f"{live.url}/api/events/{twin}").json()["id"] == twin


def test_the_quotes_page_says_how_each_statement_reached_us(server):
    html = httpx.get(f"{server.url}/quotes").text
    items = re.findall(r"<li><blockquote>(.*?)</li>", html, flags=re.S)
    by_text = {re.sub(r"<.*?>", "", i.split("</blockquote>")[0]): re.sub(r"<.*?>", "", i)
               for i in items}
    norway = by_text["Norway will send a trade envoy to Chile in May"]
    assert "reported by the Fjord Gazette" in norway and "told the Fjord Gazette" not in norway
    assert "told Radio Andes" in by_text["We welcome the visit"]
    brekke = by_text["the envoy would carry a draft treaty"]
    assert "source chain: the Fjord Gazette › Ola Brekke" in brekke
    assert not re.search(r"\bvia q\d", html)  # no internal quote ids on the page


def test_the_quotes_api_names_the_relation_and_the_reporters(server):
    rows = {q["text"]: q for q in httpx.get(f"{server.url}/api/quotes").json()["items"]}
    assert rows["Norway will send a trade envoy to Chile in May"]["hearer_relation"] == "reported"
    assert rows["We welcome the visit"]["hearer_relation"] == "told"
    assert rows["the envoy would carry a draft treaty"]["via_speakers"] == ["the Fjord Gazette"]
    assert rows["We welcome the visit"]["via_speakers"] == []


def test_the_reader_shows_beliefs_apart_from_quotes_and_names_their_holder(server):
    rec = trade_record()
    html = httpx.get(f"{server.url}/articles/{rec['id'][:12]}").text
    quotes_part = html.split("Who says so")[1].split("Beliefs and stances")[0]
    beliefs_part = html.split("Beliefs and stances")[1].split("Who did what to whom")[0]
    assert "Chile of blocking fishing boats" not in quotes_part
    assert "Chile of blocking fishing boats" in beliefs_part
    assert "<b>Peru</b>" in beliefs_part and "stance" in beliefs_part and "has accused" in beliefs_part
    mark = re.search(r'<span class="belief" title="([^"]*)" data-refs="b:b0">Chile of ', html)
    assert mark and "Belief (stance)" in mark.group(1) and "Peru" in mark.group(1)
    events_part = html.split("Who did what to whom")[1]
    assert "according to Peru" in events_part and "according to b0" not in events_part
