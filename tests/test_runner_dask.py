"""The Dask path: a LocalCluster of 2 worker processes writes the same rows as the local path."""
from __future__ import annotations

import json

import pytest

from newsdesk import Options, ingest
from helpers.runner import article, rows, write_jsonl

distributed = pytest.importorskip("distributed")


def test_dask_cluster_writes_the_same_rows_as_the_local_path(tmp_path):
    recs = [article(i, url=f"https://example.org/{i}") for i in range(30)]
    recs.insert(5, "{oops")
    recs.append(json.dumps(dict(article(2), id="copy-of-2")))
    src = write_jsonl(tmp_path / "d.jsonl", recs)
    opts = Options(quiet=True, batch_size=8)
    local = ingest([src], db=str(tmp_path / "local.duckdb"), options=opts)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        on_dask = ingest([src], db=str(tmp_path / "dask.duckdb"), options=opts, distributed=client)
        # Each worker built its pipeline once, in the plugin.
        loaded = client.run(lambda dask_worker: dask_worker.plugins["newsdesk-pipeline"].pipeline is not None)
        assert len(loaded) == 2 and all(loaded.values())
    assert (on_dask.inputs, on_dask.articles, on_dask.errors, on_dask.duplicates) == (32, 30, 1, 1)
    assert on_dask.article_ids == local.article_ids
    assert rows(str(tmp_path / "dask.duckdb")) == rows(str(tmp_path / "local.duckdb"))


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    from newsdesk.errors import NewsdeskError

    src = write_jsonl(tmp_path / "d.jsonl", [article(1)])
    with pytest.raises(NewsdeskError, match="Dask scheduler"):
        import dask

        with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
            ingest([src], db=str(tmp_path / "x.duckdb"), options=Options(quiet=True),
                   distributed="tcp://127.0.0.1:9")
