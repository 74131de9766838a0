"""The REST API, in process (FastAPI TestClient) over a temporary store of hand-made records.

The records are built here by hand (text, offsets, quotes, events), so these tests do not
depend on what the analysis stages find; they are in tests/helpers/web.py, which the other web
tests use too, and the `web_db` fixture (tests/conftest.py) is a store of them.
"""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from helpers.web import assert_error, fill_store, make_record, other_records

from newsdesk.store import Store
from newsdesk.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """A read-only server over one store shared by the module's read tests."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    fill_store(path, [make_record(), *other_records()])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def test_health_counts_the_store(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"]["articles"] == 4
    assert body["writable"] is False


def test_openapi_lists_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/health", "/api/articles", "/api/articles/{article_id}", "/api/events",
              "/api/stories", "/api/stories/{story_id}", "/api/dyads", "/api/quotes",
              "/api/analyze"):
        assert p in paths
    spec = client.get("/openapi.json").json()
    assert spec["paths"]["/api/analyze"]["post"]["responses"]["401"]["content"][
        "application/json"]["schema"]["$ref"].endswith("/ErrorBody")


def test_articles_paged_and_filtered(client):
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert page["total"] == 4 and len(page["items"]) == 2
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert {a["id"] for a in page["items"]}.isdisjoint(a["id"] for a in second["items"])
    assert client.get("/api/articles", params={"publisher": "Outlet 1"}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": "lethal weapons"}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": "100%"}).json()["total"] == 0
    dated = client.get("/api/articles", params={"since": "2023-02", "until": "2023-02"}).json()
    assert sorted(a["published"] for a in dated["items"]) == ["2023-02-11", "2023-02-12"]


def test_article_record_and_404(client):
    rec = make_record()
    got = client.get(f"/api/articles/{rec['id']}").json()
    assert got["id"] == rec["id"] and got["quotes"][1]["via"] == ["q1"]
    assert_error(client.get("/api/articles/nope"), 404)


def test_events_filters(client):
    all_events = client.get("/api/events").json()["items"]
    assert len(all_events) == 5
    negated = client.get("/api/events", params={"modality": "negated"}).json()["items"]
    assert [e["cameo"] for e in negated] == ["070"]
    conflict = client.get("/api/events", params={"cameo": "19"}).json()["items"]
    assert [e["cameo"] for e in conflict] == ["190"]
    pair = client.get("/api/events", params={"dyad": "CHN:RUS"}).json()["items"]
    assert len(pair) == 5  # both directions
    one_way = client.get("/api/events", params={"dyad": "CHN>RUS"}).json()["items"]
    assert sorted(e["cameo"] for e in one_way) == ["042", "070"]
    china = client.get("/api/events", params={"actor": "chnmil"}).json()["items"]
    assert [e["cameo"] for e in china] == ["042"]
    since = client.get("/api/events", params={"since": "2023-04-01"}).json()["items"]
    assert {e["cameo"] for e in since} == {"042", "070"}
    one = client.get(f"/api/events/{negated[0]['id']}").json()
    assert one["cameo"] == "070" and one["mention_list"][0]["evidence_text"] == (
        "have never supplied lethal weapons")
    assert_error(client.get("/api/events/nope"), 404)


def test_bad_parameters_give_one_error_shape(client):
    assert_error(client.get("/api/events", params={"dyad": "CHN-RUS"}), 422)
    assert_error(client.get("/api/events", params={"modality": "maybe"}), 422)
    assert_error(client.get("/api/events", params={"since": "yesterday"}), 422)
    assert_error(client.get("/api/articles", params={"limit": 100000}), 422)
    assert_error(client.get("/api/articles", params={"limit": 0}), 422)
    assert_error(client.get("/api/no-such-route"), 404)
    assert_error(client.delete("/api/articles"), 405)


def test_dyads_series_and_busiest(client):
    busiest = client.get("/api/dyads").json()["items"]
    assert (busiest[0]["a"], busiest[0]["b"]) == ("CHN", "RUS")
    series = client.get("/api/dyads", params={"dyad": "CHN:RUS", "by": "month"}).json()["series"]
    by_period = {r["period"]: r for r in series}
    assert by_period["2023-02"]["conflict"] == 1 and by_period["2023-02"]["cooperation"] == 1
    assert_error(client.get("/api/dyads", params={"dyad": "CHN:RUS", "by": "fortnight"}), 422)


def test_quotes_by_speaker(client):
    rows = client.get("/api/quotes", params={"speaker": "Wenbin"}).json()["items"]
    assert len(rows) == 1 and "lethal weapons" in rows[0]["text"]
    assert rows[0]["speaker"] == "Wang Wenbin"


def test_stories_answer(client):
    stories = client.get("/api/stories").json()["items"]
    assert sum(s["n_articles"] for s in stories) == 4  # every article is in one story
    one = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert one["id"] == stories[0]["id"] and one["articles"]
    page = client.get(f"/stories/{stories[0]['id']}")
    assert page.status_code == 200 and 'class="outlet"' in page.text
    assert_error(client.get("/api/stories/no-such-story"), 404)


def test_pages_render(client):
    rec = make_record()
    for path in ("/", "/articles", "/events", "/stories", "/dyads", "/quotes",
                 "/dyads?dyad=CHN:RUS", f"/articles/{rec['id']}", "/events?dyad=CHN:RUS"):
        resp = client.get(path)
        assert resp.status_code == 200, path
        assert resp.headers["content-type"].startswith("text/html")
    reader = client.get(f"/articles/{rec['id']}").text
    assert 'class="quote"' in reader and 'class="event"' in reader
    assert "opinion" in reader and "Daily Ledger" in reader
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "Traceback" not in missing.text


def test_post_needs_a_token_when_read_only(client):
    assert_error(client.post("/api/analyze", json={"text": "Hello."}), 401)
    assert_error(client.post("/api/analyze", json={"text": "Hello."},
                             headers={"Authorization": "Bearer x"}), 403)


@pytest.fixture
def writer(web_db):
    with TestClient(create_app(web_db, token="s3cret"), raise_server_exceptions=False) as c:
        yield c


def test_post_with_wrong_token_is_401(writer):
    assert_error(writer.post("/api/analyze", json={"text": "Hello."}), 401)
    assert_error(writer.post("/api/analyze", json={"text": "Hello."},
                             headers={"Authorization": "Bearer wrong"}), 401)


def test_post_body_is_validated_and_limited(writer):
    auth = {"Authorization": "Bearer s3cret"}
    assert_error(writer.post("/api/analyze", json={}, headers=auth), 422)
    assert_error(writer.post("/api/analyze", json={"text": "a", "url": "https://x.org"},
                             headers=auth), 422)
    assert_error(writer.post("/api/analyze", json={"url": "javascript:alert(1)"}, headers=auth),
                 422)
    assert_error(writer.post("/api/analyze", content=b"{not json", headers={
        **auth, "content-type": "application/json"}), 422)
    big = b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}'
    assert_error(writer.post("/api/analyze", content=big, headers={
        **auth, "content-type": "application/json"}), 413)

    def chunks():  # no Content-Length: the server counts as it reads
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 100_000
        yield b'"}'

    assert_error(writer.post("/api/analyze", content=chunks(), headers={
        **auth, "content-type": "application/json"}), 413)


def test_post_analyses_and_stores(writer):
    text = ("Kenya signed a trade agreement with Ethiopia on Tuesday.\n\n"
            "The deal was praised by officials in Nairobi.")
    before = writer.get("/api/health").json()["counts"]["articles"]  # now in the GET cache
    resp = writer.post("/api/analyze", json={"text": text, "publisher": "Test Wire"},
                       headers={"X-Newsdesk-Token": "s3cret"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["stored"] is True and body["record"]["text"].startswith("Kenya signed")
    assert writer.get(f"/api/articles/{body['id']}").json()["meta"]["publisher"] == "Test Wire"
    assert writer.get("/api/health").json()["counts"]["articles"] == before + 1  # cache cleared
    again = writer.post("/api/analyze", json={"text": text},
                        headers={"Authorization": "Bearer s3cret"}).json()
    assert again["stored"] is False and again["id"] == body["id"]


def test_unexpected_errors_are_500_without_internals(web_db):
    app = create_app(web_db)

    @app.get("/api/boom")
    def boom():
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as c:
        err = assert_error(c.get("/api/boom"), 500)
        assert "secret" not in err["message"]


DEAL_PAGE = (
    "<html><head><title>Kenya and Ethiopia sign a trade deal</title></head><body>"
    "<article><h1>Kenya and Ethiopia sign a trade deal</h1>"
    "<p>Kenya signed a trade agreement with Ethiopia on Tuesday in Nairobi, officials "
    "said, after months of talks between the two governments.</p>"
    "<p>The deal cuts tariffs on tea and coffee and opens a new border crossing for "
    "lorries, the trade ministry said in a statement.</p></article></body></html>")


@pytest.fixture
def page_server(tmp_path):
    """A real HTTP server on 127.0.0.1 serving /deal.html; yields (base URL, paths asked)."""
    import http.server
    import threading

    (tmp_path / "deal.html").write_text(DEAL_PAGE)
    asked: list[str] = []

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def do_GET(self):
            asked.append(self.path)
            super().do_GET()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", asked
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def trusting_writer(web_db):
    """A writable server that may fetch private addresses (the test page is on 127.0.0.1)."""
    app = create_app(web_db, token="s3cret", allow_private_fetch=True)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_post_a_url_fetches_analyses_and_stores(trusting_writer, page_server):
    base, _ = page_server
    url = f"{base}/deal.html"
    resp = trusting_writer.post("/api/analyze", json={"url": url},
                                headers={"Authorization": "Bearer s3cret"})
    assert resp.status_code == 201, resp.text
    record = resp.json()["record"]
    assert "trade agreement" in record["text"] and record["meta"]["url"] == url
    missing = trusting_writer.post("/api/analyze", json={"url": url.replace("deal", "nope")},
                                   headers={"Authorization": "Bearer s3cret"})
    assert_error(missing, 422)


def test_post_a_url_refuses_private_addresses_by_default(writer, page_server):
    base, asked = page_server
    port = base.rsplit(":", 1)[1]
    auth = {"Authorization": "Bearer s3cret"}
    for url, why in [(f"{base}/deal.html", "loopback"),  # a real server, never asked
                     (f"http://localhost:{port}/deal.html", "loopback"),
                     (f"http://[::1]:{port}/deal.html", "loopback"),
                     (f"http://[::ffff:127.0.0.1]:{port}/deal.html", "loopback"),
                     ("http://169.254.169.254/latest/meta-data/", "link-local"),
                     ("http://10.0.0.1/", "private"), ("http://0.0.0.0/", "unspecified")]:
        err = assert_error(writer.post("/api/analyze", json={"url": url}, headers=auth), 403)
        assert err["code"] == "blocked_address" and why in err["message"], (url, err)
    assert asked == []
    assert writer.get("/api/health").json()["counts"]["articles"] == 4  # nothing stored


def test_pages_are_paged(client, monkeypatch):
    from newsdesk.web import pages

    monkeypatch.setattr(pages, "PAGE", 2)
    first = client.get("/articles?offset=0").text
    assert "1–2 of 4" in first and 'href="?offset=2">older' in first
    last = client.get("/articles?offset=2").text
    assert "3–4 of 4" in last and "older →" not in last and "← newer" in last
    events = client.get("/events?offset=0&modality=asserted").text
    assert "modality=asserted&amp;offset=2" in events


def test_serve_binds_to_loopback_by_default():
    from newsdesk.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.token) == ("127.0.0.1", 8000, None)
    assert args.db == "newsdesk.duckdb"


def test_serve_updates_a_stale_corpus_first(tmp_path):
    from newsdesk.cli.serve import corpus_is_stale, update_corpus_if_stale

    path = tmp_path / "stale.duckdb"
    with Store(path) as store:  # stored, but the corpus tables never computed
        store.write_record(make_record())
        assert corpus_is_stale(store)
    update_corpus_if_stale(str(path))
    with Store(path) as store:
        assert not corpus_is_stale(store)
        assert store.query("SELECT count(*) AS n FROM merged_events")[0]["n"] == 2
