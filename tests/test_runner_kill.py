"""kill -9 during `newsdesk ingest --workers 2`, then the same command again: nothing lost,
nothing twice (a real subprocess, killed right after its first committed batch)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil

from helpers.runner import article, write_jsonl

NEWSDESK = str(Path(sys.executable).with_name("newsdesk"))


def run_ingest(src: str, db: str) -> subprocess.Popen:
    return subprocess.Popen([NEWSDESK, "ingest", src, "--db", db, "--quiet", "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_first_commit(db: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    """DuckDB appends each commit to the .wal file; the migrations alone write ~7 kB. A
    commit is whole once the file stops growing: on a loaded machine a kill the moment it
    passed 64 kB could land inside the first commit's write, which then never happened."""
    wal = Path(db + ".wal")
    end = time.monotonic() + timeout
    last = -1
    while time.monotonic() < end and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size > 64_000 and size == last:
            return
        last = size
        time.sleep(0.25)
    raise AssertionError(f"no commit seen (exit code {proc.poll()})")


def test_kill_9_then_same_command_gives_300_articles_once(tmp_path):
    recs = [article(i) for i in range(300)]
    recs[40] = "{broken"  # 3 input errors and 2 duplicates must not be written twice either
    recs[130] = json.dumps({"id": "no-text"})
    recs.insert(200, "[]")
    recs.insert(250, json.dumps(dict(article(7), id="again-7")))
    recs.insert(260, json.dumps(dict(article(8), id="again-8")))
    recs += [article(300), article(301)]  # 300 distinct articles in all (2 were replaced)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    db = str(tmp_path / "k.duckdb")

    first = run_ingest(src, db)
    wait_for_first_commit(db, first)
    children = psutil.Process(first.pid).children(recursive=True)
    assert first.poll() is None, "the run ended before it could be killed"
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    # Orphaned workers notice their pipe is closed and exit.
    psutil.wait_procs(children, timeout=30)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]

    con = duckdb.connect(db, read_only=True)
    done_before = con.execute("SELECT count(*) FROM inputs").fetchall()[0][0]
    con.close()
    assert 0 < done_before < len(recs)

    second = run_ingest(src, db)
    out, err = second.communicate(timeout=600)
    assert f"{len(recs) - done_before} inputs = " in out, (out, err)
    assert f"{done_before} inputs already accounted for" in out

    con = duckdb.connect(db, read_only=True)
    q = lambda sql: con.execute(sql).fetchall()[0]  # noqa: E731
    assert q("SELECT count(*), count(DISTINCT id), count(DISTINCT doc_id) FROM articles") == (300, 300, 300)
    assert q("SELECT count(*) FROM errors") == (3,)
    assert q("SELECT count(*) FROM duplicates") == (2,)
    assert q("SELECT count(*), count(DISTINCT input_key) FROM inputs") == (len(recs), len(recs))
    assert q("SELECT count(*) FROM (SELECT article_id, i FROM sentences GROUP BY ALL HAVING count(*) > 1)") == (0,)
