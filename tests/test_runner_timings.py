"""The ingest report says where the analysis time went: seconds per stage (the spaCy parse,
each stage, building the records), summed over the documents in whichever process analysed
them (runner/local.py add_timings), for the in-process runner and the worker pool alike."""
from __future__ import annotations

import time

import pytest
from helpers.runner import article, write_jsonl

from newsdesk import Options, Pipeline, ingest, stage

PAUSE = 0.05


@stage("pause")
def pause(doc):
    """Test-only stage: a known cost per document."""
    time.sleep(PAUSE)
    return doc


@pytest.mark.parametrize("workers", [0, 1])
def test_stage_seconds_reach_the_ingest_report(tmp_path, workers):
    src = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(5)])
    options = Options(quiet=True)
    report = ingest([src], db=str(tmp_path / "t.duckdb"), options=options, workers=workers,
                    pipeline=Pipeline([pause], options))
    assert report.articles == 5
    seconds = report.stage_seconds
    assert set(seconds) == {"parse", "pause", "records"}
    assert 5 * PAUSE <= seconds["pause"] < 5 * PAUSE + 1.0  # each document's own stage time
    assert seconds["parse"] > 0 and seconds["records"] > 0
    # The model's load is not the parse's time (workers load it when they start; in-process,
    # before the first analysis).
    assert seconds["parse"] < report.seconds
