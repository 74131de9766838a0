"""The DuckDB store: migrations, one writer, idempotent re-ingest, error accounting."""
import json

import duckdb

from newsdesk import Options, Store, ingest
from newsdesk.store.schema import MIGRATIONS


def test_migrations_apply_once_and_record_their_versions(tmp_path):
    db = tmp_path / "n.duckdb"
    Store(db).close()
    Store(db).close()  # reopening applies nothing twice
    con = duckdb.connect(str(db))
    versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    assert versions == sorted(v for v, _ in MIGRATIONS)
    tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "sentences", "entities", "quotes", "events", "errors"} <= tables


def test_reingest_adds_nothing_and_inputs_are_accounted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Border talks\n\nThe two armies agreed to pull back on Friday.")
    (src / "b.txt").write_text("Border talks\n\nThe two armies agreed to pull back on Friday.")  # same text
    (src / "c.txt").write_bytes(b"")
    lines = [json.dumps({"id": "j1", "text": "Police arrested ten protesters in the capital."}),
             "{broken", json.dumps({"id": "j2"})]
    (src / "d.jsonl").write_text("\n".join(lines))
    db = str(tmp_path / "n.duckdb")
    opts = Options(quiet=True)
    first = ingest([str(src)], db=db, options=opts)
    # a.txt, j1 stored; b.txt same text as a.txt; c.txt empty, "{broken", j2 without text.
    assert (first.inputs, first.articles, first.errors, first.duplicates) == (6, 2, 3, 1)
    again = ingest([str(src)], db=db, options=opts)
    assert again.articles == 0
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 2
        ids = [r["id"] for r in store.query("SELECT id FROM articles")]
        record = store.record(ids[0])
    assert record["schema"] == "newsdesk.article/1"
    assert record["text"] in ("The two armies agreed to pull back on Friday.",
                              "Police arrested ten protesters in the capital.")
