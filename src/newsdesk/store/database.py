"""The DuckDB store: one writer for every table, schema by migrations.

All writes go through `Store` (one process writes; workers hand it records). Writing an
article whose id is already stored changes nothing but a row in `duplicates`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from ..errors import InputError, StoreBusyError, StoreError
from .live import live_server, stale_sidecar
from .schema import MIGRATIONS


class Store:
    """One DuckDB file. `Store(path)` opens it for writing and applies pending migrations;
    `read_only=True` opens it for reading (many processes may). StoreError when it cannot be
    opened or migrated. The connection (`con`) is used by the modules of this package only."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():  # "Could not set lock on file ...": held elsewhere
                raise StoreBusyError(_busy_message(self.path, exc)) from exc
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            self._migrate()

    def cursor(self) -> "Store":
        """A Store over its own cursor of this connection, with the same methods: one per
        thread or request (a DuckDB connection is not shared across threads). Closing it
        closes the cursor only."""
        view = Store.__new__(Store)
        view.path, view.con = self.path, self.con.cursor()
        return view

    def schema_version(self) -> int:
        """The highest migration applied to this file (0 for a file never migrated)."""
        try:
            rows = self.con.execute("SELECT max(version) FROM schema_migrations").fetchall()
        except duckdb.CatalogException:
            return 0
        return int(rows[0][0] or 0)

    # -- schema ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                         "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
        done = {v for (v,) in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, sql in MIGRATIONS:
            if version in done:
                continue
            try:
                self.con.execute("BEGIN")
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [version])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {version} failed on {self.path}: {exc}") from exc

    # -- transactions ----------------------------------------------------------------------
    def begin(self) -> None:
        self.con.execute("BEGIN")

    def commit(self) -> None:
        self.con.execute("COMMIT")

    def rollback(self) -> None:
        self.con.execute("ROLLBACK")

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reads -----------------------------------------------------------------------------
    def query(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        """Rows as dicts (parameterised SQL only)."""
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def has_article(self, article_id: str) -> bool:
        return bool(self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchall())

    def article_with_url(self, url: str) -> str | None:
        """The id of a stored article with this URL (one URL is one article), or None."""
        rows = self.con.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchall()
        return rows[0][0] if rows else None

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "errors", "duplicates", "sentences", "entities", "quotes", "events"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        out["input_errors"] = self.con.execute(
            "SELECT count(*) FROM errors WHERE stage = 'input'").fetchall()[0][0]
        return out

    def record(self, article_id: str) -> dict | None:
        rows = self.con.execute("SELECT record FROM articles WHERE id = ?", [article_id]).fetchall()
        return json.loads(rows[0][0]) if rows else None

    # -- writes ----------------------------------------------------------------------------
    def write_record(self, record: dict) -> bool:
        """Store one article record; False (and a `duplicates` row) if its id is already stored."""
        meta, aid = record["meta"], record["id"]
        if self.has_article(aid):
            self.write_duplicate(meta.get("source"), meta.get("doc_id"), aid)
            return False
        c = self.con
        c.execute(
            "INSERT INTO articles (id, doc_id, title, published, publisher, authors, url, language,"
            " source, text, n_errors, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [aid, meta.get("doc_id"), meta.get("title"), meta.get("published"), meta.get("publisher"),
             meta.get("authors") or [], meta.get("url"), meta.get("language"), meta.get("source"),
             record["text"], len(record["errors"]), json.dumps(record, ensure_ascii=False)])
        if record["sentences"]:
            self._insert("sentences", [
                [aid, s["i"], s["start"], s["end"], s.get("voice"),
                 (s.get("subjectivity") or {}).get("label"), (s.get("subjectivity") or {}).get("score"),
                 (s.get("bias") or {}).get("label"), (s.get("bias") or {}).get("score"),
                 s.get("checkworthy"), s.get("tone")] for s in record["sentences"]])
        if record["entities"]:
            self._insert("entities", [
                [aid, e["id"], e["start"], e["end"], e["text"], e["label"], e["name"],
                 *(((e.get("actor") or {}).get(k)) for k in ("code", "country", "sector"))]
                for e in record["entities"]])
        if record["quotes"]:
            self._insert("quotes", [
                [aid, q["id"], q["kind"], (q.get("source") or {}).get("text"),
                 (q.get("source") or {}).get("name"), _actor_code((q.get("source") or {}).get("actor")),
                 (q.get("cue") or {}).get("text"), q["content"]["start"], q["content"]["end"],
                 q["content"]["text"], q.get("via") or [],
                 (q.get("hearer") or {}).get("name"),
                 _actor_code((q.get("hearer") or {}).get("actor"))] for q in record["quotes"]])
        if record["events"]:
            self._insert("events", [
                _event_row(aid, e, meta) for e in record["events"]])
        for err in record["errors"]:
            self.write_error(meta.get("source"), meta.get("doc_id"), err.get("reason", ""),
                             stage=err.get("stage", "stage"), article_id=aid)
        return True

    def _insert(self, table: str, rows: list[list]) -> None:
        """Append rows (in the table's column order) through one Arrow table: DuckDB's
        executemany costs ~0.5 ms a row, which made the single writer the bottleneck."""
        import pyarrow as pa  # heavy (~0.5 s): imported on the first write, not by `import newsdesk`

        columns = {f"c{i}": list(col) for i, col in enumerate(zip(*rows))}
        self.con.register("_newsdesk_rows", pa.table(columns))
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _newsdesk_rows")
        finally:
            self.con.unregister("_newsdesk_rows")

    def write_error(self, source: str | None, doc_id: str | None, reason: str,
                    stage: str = "input", article_id: str | None = None) -> None:
        self.con.execute("INSERT INTO errors (source, doc_id, article_id, stage, reason)"
                         " VALUES (?, ?, ?, ?, ?)", [source, doc_id, article_id, stage, reason])

    def write_duplicate(self, source: str | None, doc_id: str | None, article_id: str) -> None:
        """An input whose clean text (or URL) is the stored article `article_id`."""
        self.con.execute("INSERT INTO duplicates (source, doc_id, article_id) VALUES (?, ?, ?)",
                         [source, doc_id, article_id])

    def write_input_error(self, err: InputError) -> None:
        self.write_error(err.source, err.doc_id, err.reason, stage="input")


def _busy_message(path: str, exc: Exception) -> str:
    """Who holds the file: a live `newsdesk serve` names itself in the sidecar (live.py)."""
    server = live_server(path)
    if server is not None:
        return (f"database {path} is held by `newsdesk serve` (pid {server.pid}) at "
                f"{server.url}: the query commands, `ingest`, `watch` and `update-corpus` go "
                f"through it; for anything else, stop it or start it with --read-only")
    stale = stale_sidecar(path)
    if stale is not None:  # a killed server leaves its sidecar; the lock is someone else's
        return (f"database {path} is in use by another process: {exc}; its sidecar {stale.sidecar} "
                f"names a `newsdesk serve` (pid {stale.pid}) that is no longer running")
    return f"database {path} is in use by another process: {exc}"


def _actor_code(actor) -> str | None:
    if isinstance(actor, dict):
        return actor.get("code")
    return actor


def _event_row(aid: str, e: dict, meta: dict) -> list:
    src, tgt = e.get("source_actor") or {}, e.get("target_actor") or {}
    plover, time = e.get("plover") or {}, e.get("time") or {}
    ev = e.get("evidence") or {}
    return [aid, e["id"], e["cameo"], e["cameo_name"], e["quad_class"], e["goldstein"],
            plover.get("event"), plover.get("mode"), plover.get("context"),
            src.get("code"), src.get("text"), tgt.get("code"), tgt.get("text"),
            e["modality"], time.get("text"), time.get("date"), time.get("granularity"),
            time.get("relation"), bool(e.get("background")), e.get("attributed_to"),
            e["sentence"], ev.get("start"), ev.get("end"), ev.get("text"), e.get("confidence"),
            meta.get("published"), meta.get("publisher"), bool(tgt.get("by_default"))]
