"""The query commands and `update-corpus` while `newsdesk serve` holds the store, with real
processes: the server answers them (runner/reads.py, runner/desk.py) and every command prints
what it prints when no server runs. A sidecar whose server is gone gives a clear error, not a
hang. Analyses use the linear opinion models (--voice-model linear) to keep the test short."""
from __future__ import annotations

import json
import signal

import duckdb
import httpx
import pytest
from live_processes import Processes, free_port, run, start_server, write_articles

from newsdesk.store import live

LINEAR = ("--voice-model", "linear")
# Every query command, in each output format a user picks; a dyad the articles code.
QUERIES = [
    ("articles",), ("articles", "--format", "json"),
    ("events", "--format", "csv"), ("events", "--actor", "KEN", "--format", "json"),
    ("stories",), ("dyads",), ("dyads", "--dyad", "ETH:KEN", "--format", "json"),
    ("quotes", "--format", "json"), ("errors",),
]


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()


def outputs(db: str) -> dict:
    return {q: _result(run("newsdesk", *q, "--db", db)) for q in QUERIES}


def _result(done) -> tuple:
    return done.returncode, done.stdout, done.stderr


def _update(db: str, *flags: str) -> dict:
    done = run("newsdesk", "update-corpus", "--db", db, "--format", "json", *flags)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    del result["seconds"], result["timings"]  # the one thing that differs from run to run
    return result


def test_queries_while_serving_print_what_they_print_without_a_server(tmp_path, processes):
    db = str(tmp_path / "desk.duckdb")
    paths = write_articles(tmp_path)
    # A missing file: an error row, whose created_at (a timestamp) crosses the wire too.
    done = run("newsdesk", "ingest", *paths, str(tmp_path / "missing.txt"), "--db", db, *LINEAR)
    assert "4 inputs = 3 articles + 1 errors + 0 duplicates" in done.stdout, done.stderr

    alone = outputs(db)
    assert alone[("articles", "--format", "json")][1].count("\n") == 3
    assert alone[("events", "--format", "csv")][1].count("\n") > 1  # some merged events
    assert "no such file" in alone[("errors",)][1]
    unchanged = run("newsdesk", "update-corpus", "--db", db)
    full = _update(db, "--full")

    url = start_server(processes, db)
    with pytest.raises(duckdb.IOException):  # the server holds the file: these go through it
        duckdb.connect(db, read_only=True).close()
    served = outputs(db)
    for query in QUERIES:
        assert served[query] == alone[query], query
    # update-corpus is asked of the server (the store's one writer): the same report.
    assert _result(run("newsdesk", "update-corpus", "--db", db)) == _result(unchanged)
    assert _update(db, "--full") == full
    assert httpx.get(f"{url}/api/stories").json()["items"]  # still served after the update

    # The read route is the CLI's: it takes the sidecar's secret, and names only known reads.
    assert httpx.post(f"{url}/api/handoff/read", json={"read": "list_articles"}).status_code == 401
    server = live.live_server(db)
    headers = {"X-Newsdesk-Handoff": server.secret}
    bad = httpx.post(f"{url}/api/handoff/read", json={"read": "drop_table"}, headers=headers)
    assert bad.status_code == 422 and "no read named" in bad.json()["error"]["message"]

    # A server killed without a chance to withdraw leaves its sidecar; its lock is gone with
    # it, so the commands read the file again.
    processes.stop(processes.started[0][0], signal.SIGKILL)
    sidecar = tmp_path / "desk.duckdb.serve.json"
    assert sidecar.exists()
    assert _result(run("newsdesk", "articles", "--db", db)) == alone[("articles",)]

    holder = duckdb.connect(db)  # another process (this one) holds the file
    try:
        gone = run("newsdesk", "articles", "--db", db)
        assert gone.returncode == 2
        assert "no longer running" in gone.stderr and str(sidecar) in gone.stderr, gone.stderr
        # A sidecar naming a live process that does not answer (here: this test, which
        # serves nothing): a clear error after the connection retries, not a hang.
        live.announce(db, f"http://127.0.0.1:{free_port()}", "not-a-server")
        mute = run("newsdesk", "articles", "--db", db, timeout=60)
        assert mute.returncode == 2
        assert "does not answer" in mute.stderr and "is stale" in mute.stderr, mute.stderr
        assert run("newsdesk", "update-corpus", "--db", db, timeout=60).returncode == 2
    finally:
        live.withdraw(db)
        holder.close()
