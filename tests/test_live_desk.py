"""A live desk, with real processes: `newsdesk ingest` and `newsdesk watch` write into a store
that `newsdesk serve` is serving (the server is the store's one writer and takes their
records: store/live.py, runner/handoff.py), and a watch polls a feed served on 127.0.0.1
with conditional GETs, reads each item once, and survives restarts.

Each test starts the commands a user types; every analysis runs with the linear opinion
models (--voice-model linear) to keep the tests short."""
from __future__ import annotations

import os
import stat

import duckdb
import httpx
import pytest
from live_processes import (ARTICLES, FeedSite, Processes, article_total, run, start_server,
                            wait_for)

LINEAR = ("--voice-model", "linear")


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def site():
    feed = FeedSite()
    yield feed
    feed.close()


def ledger(db: str) -> dict:
    """The store's accounting: ledger rows by outcome, and the rows they stand for."""
    con = duckdb.connect(db, read_only=True)
    try:
        out = dict(con.execute("SELECT outcome, count(*) FROM inputs GROUP BY 1").fetchall())
        for table in ("articles", "errors", "duplicates"):
            out[f"{table}_rows"] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    finally:
        con.close()
    return out


def write_article(path, name: str) -> str:
    _, title, text = next(a for a in ARTICLES if a[0] == name)
    path.write_text(f"{title}\n2023-06-02\n\n{text}\n")
    return str(path)


def test_ingest_into_a_store_that_serve_is_serving(tmp_path, processes):
    db = str(tmp_path / "desk.duckdb")
    url = start_server(processes, db, "--token", "s3cret")
    sidecar = tmp_path / "desk.duckdb.serve.json"
    assert stat.S_IMODE(os.stat(sidecar).st_mode) == 0o600  # holds the handoff secret
    strike = write_article(tmp_path / "strike.txt", "strike")
    copy = write_article(tmp_path / "copy.txt", "strike")  # same text: a duplicate
    trade = write_article(tmp_path / "trade.txt", "trade")
    missing = str(tmp_path / "missing.txt")  # an input error

    done = run("newsdesk", "ingest", strike, copy, trade, missing, "--db", db, *LINEAR)
    assert done.returncode == 1, done.stderr  # 1: one input failed (the missing file)
    assert "4 inputs = 2 articles + 1 errors + 1 duplicates" in done.stdout
    listed = httpx.get(f"{url}/api/articles").json()
    assert listed["total"] == 2
    assert {a["title"] for a in listed["items"]} == {ARTICLES[0][1], ARTICLES[1][1]}
    # The handed articles are in the corpus tables the server serves, like ingested ones.
    assert httpx.get(f"{url}/api/stories").json()["items"]

    again = run("newsdesk", "ingest", strike, copy, trade, missing, "--db", db, *LINEAR)
    assert "4 inputs already accounted for by an earlier run were skipped" in again.stdout
    # The server stays the one writer: another process cannot open the file, and is told why
    # (the query commands and export ask the server instead: test_live_queries.py,
    # test_live_export.py).
    held = run("python", "-c", "import sys; from newsdesk.store import Store; "
               "Store(sys.argv[1], read_only=True)", db)
    assert held.returncode == 1 and "held by `newsdesk serve`" in held.stderr, held.stderr
    # Without the handoff secret the routes refuse.
    assert httpx.post(f"{url}/api/handoff/probe", json={"items": []}).status_code == 401

    server = processes.started[0][0]
    assert processes.stop(server) == 0
    assert not sidecar.exists()  # withdrawn when the server stops
    # Every input ended as an article, an error row or a recorded duplicate, once.
    assert ledger(db) == {"article": 2, "duplicate": 1, "error": 1, "articles_rows": 2,
                          "errors_rows": 1, "duplicates_rows": 1}


def test_serve_and_watch_together_show_new_feed_items(tmp_path, processes, site):
    db = str(tmp_path / "live.duckdb")
    site.add(*ARTICLES[0])
    url = start_server(processes, db)  # no token: its API is read-only, it still takes records
    watcher = processes.start("watch", "newsdesk", "watch", f"{site.url}/feed.xml", "--db", db,
                              "--every", "1s", "--delay", "0.05", *LINEAR)
    logs = lambda: processes.log(watcher)  # noqa: E731
    wait_for(lambda: article_total(url) == 1, 180, "the first item in /api/articles", watcher, logs)

    site.add(*ARTICLES[1])
    wait_for(lambda: article_total(url) == 2, 120, "the added item in /api/articles", watcher, logs)
    titles = {a["title"] for a in httpx.get(f"{url}/api/articles").json()["items"]}
    assert titles == {ARTICLES[0][1], ARTICLES[1][1]}
    # Each item page was fetched once, however many rounds listed it; unchanged rounds got 304.
    pages = [p for p, _ in site.requests if p.startswith("/a/")]
    assert sorted(pages) == ["/a/strike.html", "/a/trade.html"]
    wait_for(lambda: (("/feed.xml", 304) in site.requests), 30, "a 304 round", watcher, logs)

    assert processes.stop(watcher) == 0  # Ctrl-C stops it cleanly
    assert "newsdesk watch: stopped" in logs()
    processes.stop(processes.started[0][0])
    assert ledger(db) == {"article": 2, "articles_rows": 2, "errors_rows": 0, "duplicates_rows": 0}


def test_watch_skips_an_unchanged_feed_and_a_restart_does_not_duplicate(tmp_path, site):
    db = str(tmp_path / "watch.duckdb")
    feed = f"{site.url}/feed.xml"
    urls = tmp_path / "urls.txt"  # a URL list, as a user keeps one
    urls.write_text(f"# feeds to follow\n{feed}\n")
    site.add(*ARTICLES[0])
    site.add(*ARTICLES[1])
    watch = ("newsdesk", "watch", str(urls), "--db", db, "--once", "--delay", "0.05", *LINEAR)

    first = run(*watch)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "2 inputs = 2 articles + 0 errors + 0 duplicates" in first.stdout
    fetched = len(site.requests)

    # A restart on an unchanged feed: a conditional GET answered 304, nothing else fetched.
    second = run(*watch)
    assert "1 unchanged" in second.stdout and "0 inputs" in second.stdout, second.stdout
    assert site.requests[fetched:] == [("/feed.xml", 304)]

    # The feed changes (a new item on top): only the new item's page is fetched.
    site.add(*ARTICLES[2])
    third = run(*watch)
    assert "1 inputs = 1 articles" in third.stdout, third.stdout + third.stderr
    assert site.requests[fetched + 1:] == [("/feed.xml", 200), ("/a/clinics.html", 200)]
    assert ledger(db) == {"article": 3, "articles_rows": 3, "errors_rows": 0, "duplicates_rows": 0}
    con = duckdb.connect(db, read_only=True)
    try:
        keys = sorted(k for (k,) in con.execute("SELECT input_key FROM inputs").fetchall())
        state = con.execute("SELECT status, etag IS NOT NULL FROM watched_urls").fetchall()
    finally:
        con.close()
    assert keys == sorted(f"watch:{feed}#{site.url}/a/{n}.html" for n, _, _ in ARTICLES)
    assert state == [(200, True)]


def test_serve_stopped_with_sigterm_withdraws_its_sidecar(tmp_path, processes):
    # a service manager stops with SIGTERM: the server exits cleanly and says it is gone
    import signal

    db = str(tmp_path / "term.duckdb")
    start_server(processes, db)
    sidecar = tmp_path / "term.duckdb.serve.json"
    assert sidecar.exists()
    server = processes.started[0][0]
    assert processes.stop(server, signal.SIGTERM) == 0
    assert not sidecar.exists()
