"""Distributed for real: the three commands the README gives for a cluster, run as separate
processes on 127.0.0.1 (`dask scheduler`, two `dask worker`s, `newsdesk ingest
--distributed`), store the same rows as an ingest in one process."""
from __future__ import annotations

import json

import duckdb
import pytest
from live_processes import Processes, free_port, run, wait_for

from newsdesk import Options, ingest

distributed = pytest.importorskip("distributed")

CITIES = ["Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Dakar"]
# Columns that differ between two runs by design (time of writing, sequence numbers).
VOLATILE = {"ingested_at", "created_at"}
TABLES = ("articles", "sentences", "entities", "quotes", "events", "errors", "duplicates",
          "inputs", "stories", "story_articles", "merged_events", "event_mentions")


def rows(db: str) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that differ between runs by design."""
    con = duckdb.connect(db, read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [c for (c, *_) in con.execute(f"DESCRIBE {table}").fetchall()
                    if c not in VOLATILE and not (c == "id" and table == "errors")]
            select = ", ".join(f'"{c}"' for c in cols)
            out[table] = sorted(map(repr, con.execute(f"SELECT {select} FROM {table}").fetchall()))
    finally:
        con.close()
    return out


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()


def corpus(path) -> str:
    lines = [json.dumps({"id": f"s{i}", "title": f"Plan {i} for {city}", "url": f"https://example.org/{i}",
                         "text": f"Officials in {city} said on Monday that {i + 3} new clinics would "
                                 f"open next year. The mayor welcomed plan number {i} and said it "
                                 f"would help {i * 7 + 11} families."})
             for i, city in enumerate(CITIES * 2)]
    lines.insert(3, "{oops")  # an input error
    lines.append(json.dumps({"id": "again", "text": json.loads(lines[0])["text"]}))  # a duplicate
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def test_scheduler_and_two_worker_processes_store_the_rows_of_a_local_run(tmp_path, processes):
    src = corpus(tmp_path / "wire.jsonl")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = processes.start("scheduler", "dask", "scheduler", "--host", "127.0.0.1",
                                "--port", str(port), "--no-dashboard")
    for n in (1, 2):
        processes.start(f"worker{n}", "dask", "worker", address, "--nworkers", "1",
                        "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1")

    # The local run while the workers start (both load the spaCy model: the slow part).
    local = ingest([src], db=str(tmp_path / "local.duckdb"),
                   options=Options(quiet=True, voice_model="linear"))
    assert (local.inputs, local.articles, local.errors, local.duplicates) == (14, 12, 1, 1)

    def workers() -> bool:
        with distributed.Client(address, timeout="2s") as client:
            return len(client.scheduler_info()["workers"]) == 2

    wait_for(workers, 90, "two dask workers", scheduler, lambda: processes.log(scheduler))

    on_cluster = run("newsdesk", "ingest", src, "--db", str(tmp_path / "dask.duckdb"),
                     "--distributed", address, "--voice-model", "linear", "--quiet")
    assert "14 inputs = 12 articles + 1 errors + 1 duplicates" in on_cluster.stdout, \
        on_cluster.stdout + on_cluster.stderr
    # The ingest gave each worker process the pipeline, once (the plugin).
    with distributed.Client(address, timeout="5s") as client:
        loaded = client.run(lambda dask_worker: "newsdesk-pipeline" in dask_worker.plugins)
    assert len(loaded) == 2 and all(loaded.values())
    assert rows(str(tmp_path / "dask.duckdb")) == rows(str(tmp_path / "local.duckdb"))
