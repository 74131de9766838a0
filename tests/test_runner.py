"""The runner: worker pool, ordered single writer, resume from the ledger, accounting."""
from __future__ import annotations

import json
import os
import signal
import time

import duckdb
import pytest
from helpers.runner import article, rows, write_jsonl

from newsdesk import Options, Pipeline, ingest, stage
from newsdesk.runner.local import InlineRunner
from newsdesk.runner.pool import WorkerPool


@stage("trouble")
def trouble(doc):
    """Test-only stage: hangs on HANG, kills its own process on CRASH."""
    if "HANG" in doc.text:
        time.sleep(600)
    if "CRASH" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


class Interrupted(BaseException):
    """Stands for a kill: escapes the stages' error policy like KeyboardInterrupt does."""


def interrupt_at(marker: str):
    @stage("interrupt")
    def interrupt(doc):
        if marker in doc.text:
            raise Interrupted(marker)
        return doc

    return interrupt


@pytest.fixture(scope="module")
def mixed_input(tmp_path_factory):
    """40 articles, 2 bad lines, 1 repeated text, 1 repeated URL."""
    recs = [article(i, url=f"https://example.org/{i}") for i in range(40)]
    recs.insert(7, "{not json")
    recs.insert(20, json.dumps({"id": "empty", "text": "  "}))
    recs.append(dict(article(3), id="copy-of-3"))
    recs.append(dict(article(41), url="https://example.org/5"))
    return write_jsonl(tmp_path_factory.mktemp("in") / "mixed.jsonl", recs)


def test_two_workers_write_the_same_rows_as_one_process(tmp_path, mixed_input):
    opts = Options(quiet=True, batch_size=7)
    local = ingest([mixed_input], db=str(tmp_path / "local.duckdb"), options=opts)
    pooled = ingest([mixed_input], db=str(tmp_path / "pool.duckdb"), options=opts, workers=2)
    for report in (local, pooled):
        assert (report.inputs, report.articles, report.errors, report.duplicates) == (44, 40, 2, 2)
        assert report.inputs == report.articles + report.errors + report.duplicates
    assert pooled.article_ids == local.article_ids  # written in input order
    assert pooled.peak_worker_rss_mb and pooled.peak_worker_rss_mb < 1536
    assert rows(str(tmp_path / "pool.duckdb")) == rows(str(tmp_path / "local.duckdb"))


def test_same_url_twice_is_one_article(tmp_path, mixed_input):
    db = str(tmp_path / "n.duckdb")
    ingest([mixed_input], db=db, options=Options(quiet=True))
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchall() == [(40, 40)]
    dup = con.execute("SELECT d.doc_id, a.doc_id FROM duplicates d JOIN articles a ON a.id = d.article_id"
                      " ORDER BY 1").fetchall()
    assert dup == [("copy-of-3", "s3"), ("s41", "s5")]


def test_a_hanging_or_crashing_document_is_an_error_and_the_batch_goes_on(tmp_path):
    recs = [article(i) for i in range(12)]
    recs[3]["text"] += " HANG"  # mid-chunk: the first document not done is the culprit
    recs[8]["text"] += " CRASH"  # first of the second chunk: found by retrying its documents alone
    src = write_jsonl(tmp_path / "t.jsonl", recs)
    opts = Options(quiet=True, time_limit=4.0, batch_size=5)
    pipeline = Pipeline(stages=[trouble], options=opts)
    report = ingest([src], db=str(tmp_path / "t.duckdb"), options=opts, pipeline=pipeline, workers=2)
    assert (report.inputs, report.articles, report.errors, report.duplicates) == (12, 10, 2, 0)
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    errors = dict(con.execute("SELECT doc_id, reason FROM errors WHERE stage = 'runner'").fetchall())
    assert set(errors) == {"s3", "s8"}
    assert "time limit" in errors["s3"] and "died" in errors["s8"]
    stored = {d for (d,) in con.execute("SELECT doc_id FROM articles").fetchall()}
    assert stored == {f"s{i}" for i in range(12)} - {"s3", "s8"}


def test_pool_streams_input_with_bounded_work_in_flight():
    """The pool pulls input only while its window has room (a 10 GB file is never read whole)."""
    pulled = []

    def documents():
        from newsdesk.ingest import clean_text
        from newsdesk.model import Meta

        for i in range(200):
            pulled.append(i)
            yield i, clean_text(article(i)["text"], Meta(source="gen"))

    opts = Options(quiet=True)
    with WorkerPool(2, Pipeline(stages=[], options=opts), chunk_size=4, window=16) as pool:
        out = pool.map(documents())
        first = next(out)
        assert first[0] == 0 and isinstance(first[2], dict)
        assert len(pulled) <= 16 + 4  # the window plus the chunk being filled
        assert [tag for tag, _, _ in out] == list(range(1, 200))


def test_interrupted_run_resumes_to_exactly_the_rows_of_an_uninterrupted_run(tmp_path):
    recs = [article(i) for i in range(60)]
    recs.insert(10, "{bad line")
    recs.insert(45, "[1, 2]")
    recs.insert(50, json.dumps(article(12)))  # the same text again: a duplicate
    src = write_jsonl(tmp_path / "r.jsonl", recs)
    opts = Options(quiet=True, batch_size=10)
    whole = ingest([src], db=str(tmp_path / "whole.duckdb"), options=opts,
                   pipeline=Pipeline(stages=[], options=opts))
    db = str(tmp_path / "resumed.duckdb")
    with pytest.raises(Interrupted):
        ingest([src], db=db, options=opts, pipeline=Pipeline(stages=[interrupt_at("plan number 47 ")], options=opts))
    partial = rows(db)
    assert 0 < len(partial["inputs"]) < len(recs)  # some batches were committed, not all
    again = ingest([src], db=db, options=opts, pipeline=Pipeline(stages=[], options=opts))
    assert again.resumed == len(partial["inputs"])
    assert again.inputs + again.resumed == whole.inputs == len(recs)
    assert rows(db) == rows(str(tmp_path / "whole.duckdb"))
    # The same command once more has nothing left to do.
    third = ingest([src], db=db, options=opts, pipeline=Pipeline(stages=[], options=opts))
    assert (third.inputs, third.resumed) == (0, len(recs))


def test_inline_runner_turns_an_exception_outside_the_stages_into_one_error():
    opts = Options(quiet=True)
    from newsdesk.ingest import clean_text
    from newsdesk.model import Meta

    class BadParse(Pipeline):
        def pipe(self, docs, batch_size=16):
            raise RuntimeError("parser broke")

        def run(self, doc):
            if "2" in doc.text:
                raise RuntimeError("parser broke on this one")
            return doc

    docs = [(i, clean_text(t, Meta())) for i, t in enumerate(["one fine day.", "day 2 here.", "three."])]
    out = list(InlineRunner(BadParse(stages=[], options=opts)).map(docs))
    assert [type(o).__name__ for _, _, o in out] == ["dict", "Failure", "dict"]
    assert "parser broke on this one" in out[1][2].reason
