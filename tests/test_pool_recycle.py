"""The worker pool replaces each worker after `max_tasks` chunks, which is what bounds a
worker's memory whatever the size of the corpus (runner/pool.py). Real worker processes."""
from __future__ import annotations

import sys

from helpers.runner import article

from newsdesk import Options, Pipeline, stage
from newsdesk.ingest import clean_text
from newsdesk.model import Meta
from newsdesk.runner.pool import MAX_TASKS, WorkerPool
from newsdesk.stages import default_stages


def documents(n: int):
    return [(i, clean_text(article(i)["text"], Meta(source="gen"))) for i in range(n)]


@stage("torch_probe")
def torch_probe(doc):
    """Notes (as an error entry: the record carries it back) whether torch was imported in the
    process that analysed the document."""
    doc.errors.append({"stage": "torch_probe",
                       "reason": f"torch loaded: {sys.modules.get('torch') is not None}"})
    return doc


def test_workers_are_replaced_after_max_tasks_chunks_and_no_document_is_lost():
    # One worker, 2 documents a chunk, 2 chunks a worker: 10 documents are 5 chunks, served
    # by 3 processes in turn; every document still gets its record, in input order.
    pipeline = Pipeline(stages=[], options=Options(quiet=True))
    with WorkerPool(1, pipeline, chunk_size=2, max_tasks=2) as pool:
        out = list(pool.map(documents(10)))
    assert [tag for tag, _, _ in out] == list(range(10))
    assert all(isinstance(outcome, dict) for _, _, outcome in out)
    assert len(pool.worker_pids) == 3
    assert 0 < pool.peak_rss_mb


def test_the_default_pool_replaces_its_workers():
    pool = WorkerPool(2, Pipeline(stages=[], options=Options(quiet=True)))
    assert pool.max_tasks == MAX_TASKS > 0


def test_a_worker_runs_every_stage_without_loading_torch():
    # thinc imports torch when it is installed; a worker never needs it (180 MB each). Hiding
    # it must not break a stage: scipy (under the voice stage's sklearn) reads
    # sys.modules["torch"], so every default stage runs here, and none may record an error.
    options = Options(quiet=True)
    pipeline = Pipeline(stages=[*default_stages(options), torch_probe], options=options)
    with WorkerPool(1, pipeline, chunk_size=2) as pool:
        (_, _, record), = list(pool.map(documents(1)))
    assert record["sentences"] and record["sentences"][0]["subjectivity"]
    assert [e["reason"] for e in record["errors"]] == ["torch loaded: False"]


def test_a_chunk_holds_at_most_chunk_size_documents_and_chunk_chars_characters():
    # The characters of a chunk (spaCy parses it as one batch) set a worker's peak memory.
    from newsdesk.runner.local import doc_chunks

    docs = [(i, clean_text("word " * n, Meta(source="gen"))) for i, n in
            enumerate([10, 10, 10, 10, 10, 400, 10, 10])]
    sizes = [[tag for tag, _ in chunk] for chunk in doc_chunks(docs, 3, chars=200)]
    assert sizes == [[0, 1, 2], [3, 4], [5], [6, 7]]


def test_a_long_document_alone_gets_the_time_its_length_asks():
    # A long article is a chunk alone (CHUNK_CHARS); it must not get only one time_limit.
    pool = WorkerPool(1, Pipeline(stages=[], options=Options(quiet=True, time_limit=10.0)))
    short = [doc for _, doc in documents(3)]
    long = clean_text("word " * 30_000, Meta(source="gen"))
    assert pool.timeout(short) == 30.0
    assert pool.timeout([long]) > 10 * 10.0
