"""`newsdesk export` while `newsdesk serve` holds the store, with real processes: the server
runs the export's reads (runner/reads.py, streamed) and every format's output is byte for byte
the one exported with no server. A sidecar whose server is gone gives the query commands'
clear error. Analyses use the linear opinion models (--voice-model linear) to keep it short."""
from __future__ import annotations

import signal

import duckdb
import pytest
from live_processes import Processes, free_port, run, start_server, write_articles

from newsdesk.runner import reads
from newsdesk.store import live

LINEAR = ("--voice-model", "linear")
# Each format, with the options that change what it reads; None: to stdout.
EXPORTS = {
    "records.jsonl": ("--format", "jsonl"),
    "events.tsv": ("--format", "gdelt"),
    "all-events.tsv": ("--format", "gdelt", "--background", "--modality", "all"),
    "events.plover.jsonl": ("--format", "plover"),
    "events.parquet": ("--format", "parquet"),
    "articles.parquet": ("--format", "parquet", "--table", "articles"),
    None: ("--format", "plover", "--modality", "asserted"),
}


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()


def exports(db: str, out_dir) -> dict:
    """{name: (exit status, stdout, stderr with out_dir as OUT, the file's bytes)}"""
    out_dir.mkdir()
    done = {}
    for name, args in EXPORTS.items():
        out = ("--out", str(out_dir / name)) if name else ()
        result = run("newsdesk", "export", *args, *out, "--db", db)
        body = (out_dir / name).read_bytes() if name and result.returncode == 0 else None
        done[name] = (result.returncode, result.stdout,
                      result.stderr.replace(str(out_dir), "OUT"), body)
    return done


def test_export_while_serving_writes_the_bytes_it_writes_without_a_server(tmp_path, processes):
    db = str(tmp_path / "desk.duckdb")
    paths = write_articles(tmp_path)
    done = run("newsdesk", "ingest", *paths, "--db", db, *LINEAR)
    assert "3 inputs = 3 articles + 0 errors + 0 duplicates" in done.stdout, done.stderr
    # More records than one batch of a streamed answer (reads.STREAM_BATCH): copies of the
    # articles under other ids.
    copies = reads.STREAM_BATCH // 3 + 1
    with duckdb.connect(db) as con:
        con.execute("INSERT INTO articles SELECT a.* REPLACE (a.id || '-' || i AS id)"
                    f" FROM articles a, range({copies}) t(i)")

    alone = exports(db, tmp_path / "alone")
    for name, (status, _, stderr, _) in alone.items():
        assert status == 0, (name, stderr)
    assert alone["records.jsonl"][3].count(b"\n") == 3 * (copies + 1)
    assert alone["events.tsv"][3].count(b"\n") >= 1  # some events, in 61 columns
    assert alone[None][1]
    assert "run `newsdesk update-corpus`" in alone["events.tsv"][2]

    # --no-update: the server leaves the corpus tables as they are (the copies made them
    # stale), so gdelt/plover warn of it, as they do without a server, read by the server.
    start_server(processes, db, "--no-update")
    served = exports(db, tmp_path / "served")
    for name in EXPORTS:
        assert served[name] == alone[name], name

    # A server killed without a chance to withdraw leaves its sidecar; its lock went with it.
    processes.stop(processes.started[0][0], signal.SIGKILL)
    sidecar = tmp_path / "desk.duckdb.serve.json"
    assert sidecar.exists()
    again = tmp_path / "again.jsonl"
    assert run("newsdesk", "export", "--format", "jsonl", "--out", str(again),
               "--db", db).returncode == 0
    assert again.read_bytes() == alone["records.jsonl"][3]

    holder = duckdb.connect(db)  # another process (this one) holds the file
    try:
        gone = run("newsdesk", "export", "--format", "jsonl", "--db", db)
        assert gone.returncode == 2
        assert "no longer running" in gone.stderr and str(sidecar) in gone.stderr, gone.stderr
        # A sidecar naming a live process that serves nothing: the query commands' error.
        live.announce(db, f"http://127.0.0.1:{free_port()}", "not-a-server")
        for args in (("--format", "gdelt"), ("--format", "jsonl")):
            mute = run("newsdesk", "export", *args, "--db", db, timeout=60)
            assert mute.returncode == 2
            assert "does not answer" in mute.stderr and "is stale" in mute.stderr, mute.stderr
            assert mute.stdout == ""
    finally:
        live.withdraw(db)
        holder.close()


def test_a_streamed_read_ends_with_its_count_or_the_error_that_cut_it():
    def rows(n, fail=False):
        yield from range(n)
        if fail:
            raise ValueError("disk gone")

    whole = b"".join(reads._chunks([], iter(())))
    assert whole == b'{"end": 0}\n'
    batch = reads.STREAM_BATCH
    chunks = list(reads._chunks(list(range(batch)), rows(batch + 5)))  # 1000, 1000, 5, end
    assert len(chunks) == 4 and chunks[-1] == f'{{"end": {2 * batch + 5}}}\n'.encode()
    cut = list(reads._chunks([1], rows(2, fail=True)))
    assert cut[-1] == b'{"error": "ValueError: disk gone"}\n'
