"""The front door: newsdesk re-exports api.py; one Pipeline carries its Options down to the
workers (one Pipeline per worker process, one BLAS/OpenMP thread each); the corpus options
are reachable from Options."""
from __future__ import annotations

import json
import os

import duckdb
import pytest
from threadpoolctl import threadpool_info

import newsdesk
from newsdesk import api, runner
from newsdesk.corpus import CorpusOptions, DedupOptions
from newsdesk.ingest import clean_text
from newsdesk.options import Options
from newsdesk.pipeline import Pipeline, stage
from newsdesk.runner.pool import WorkerPool
from helpers.runner import article, write_jsonl


@stage("probe")
def probe(doc):
    """Test-only stage: notes the worker's process id and thread settings on the record."""
    blas = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    doc.meta.extra["probe"] = {"pid": os.getpid(), "omp": os.environ.get("OMP_NUM_THREADS"),
                               "blas": blas}
    return doc


def test_the_public_functions_live_in_api_and_the_package_re_exports_them():
    for name in ("analyze", "analyze_text", "ingest", "IngestReport", "Store", "list_events",
                 "get_article", "list_stories", "update_corpus", "__version__"):
        assert getattr(newsdesk, name) is getattr(api, name), name
    # runner/ holds the executors and the writer loop only
    assert not any(hasattr(runner, name) for name in ("analyze", "analyze_text", "ingest"))


def test_options_beside_a_pipeline_must_be_its_own():
    opts = Options(quiet=True)
    pipeline = Pipeline(stages=[], options=opts)
    assert api.one_pipeline(opts, pipeline) is pipeline
    assert api.one_pipeline(None, pipeline) is pipeline
    with pytest.raises(ValueError, match="pipeline.options"):
        api.one_pipeline(Options(quiet=True, time_limit=5.0), pipeline)
    assert api.one_pipeline(opts, None).options is opts


def test_each_worker_gets_the_pipeline_once_and_runs_one_thread(tmp_path):
    opts = Options(quiet=True, time_limit=30.0)
    docs = [(i, clean_text(article(i)["text"], newsdesk.Meta())) for i in range(24)]
    with WorkerPool(2, Pipeline(stages=[probe], options=opts), chunk_size=4) as pool:
        assert pool.time_limit == 30.0  # the runner reads the Pipeline's options
        out = [outcome for _, _, outcome in pool.map(docs)]
    probes = [o["meta"]["probe"] for o in out]
    assert {p["pid"] for p in probes} - {os.getpid()}  # analysed in worker processes
    assert len({p["pid"] for p in probes}) <= 2  # ... two of them, kept for every chunk
    assert all(p["omp"] == "1" and all(n == 1 for n in p["blas"]) for p in probes), probes


def near_copies() -> list[dict]:
    text = ("The port authority said on Tuesday that dock workers in Rotterdam would strike for "
            "three days from Friday over pay, closing two container terminals and delaying ships "
            "bound for northern Europe. Union leaders said talks with employers had failed after "
            "six weeks and that a longer strike could follow if no offer was made.")
    return [{"id": "a", "text": text, "publisher": "Wire A", "published": "2023-06-01"},
            {"id": "b", "text": text.replace("three days", "three full days"),
             "publisher": "Paper B", "published": "2023-06-01"}]


def test_corpus_options_travel_in_options(tmp_path):
    src = write_jsonl(tmp_path / "copies.jsonl", near_copies())

    def near_duplicates(options: Options) -> int:
        db = str(tmp_path / f"{len(os.listdir(tmp_path))}.duckdb")
        newsdesk.ingest([src], db=db, pipeline=Pipeline(stages=[], options=options))
        con = duckdb.connect(db, read_only=True)
        try:
            return con.execute("SELECT count(*) FROM near_duplicates").fetchall()[0][0]
        finally:
            con.close()

    assert near_duplicates(Options(quiet=True)) == 1
    strict = CorpusOptions(dedup=DedupOptions(jaccard=1.01, containment=1.01))
    assert near_duplicates(Options(quiet=True, corpus=strict)) == 0


def test_analyze_text_takes_a_pipeline_or_options():
    record = api.analyze_text("Troops crossed the border on Monday.", source="pasted",
                              pipeline=Pipeline(stages=[], options=Options()))
    assert record["meta"]["source"] == "pasted" and json.dumps(record)
