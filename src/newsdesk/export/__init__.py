"""Exports of a store in formats other tools already read.

    jsonl    the article records (the JSON contract), one per line
    parquet  one table of the store (events by default) as a Parquet file, for pandas/duckdb
    gdelt    the GDELT 2.0 event table: 61 tab-separated columns, one row per event
    plover   PLOVER JSON records, one per line

    n = export("newsdesk.duckdb", "gdelt", "events.tsv")    # rows written

GDELT and PLOVER have no way to say "this did not happen": by default they receive only
asserted and planned events (`modalities=None` exports every event).
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from ..errors import InputError
from ..store import Store
from .gdelt import GDELT_COLUMNS, format_row, gdelt_row
from .plover import plover_record

FORMATS = ("jsonl", "parquet", "gdelt", "plover")
MODALITIES = ("asserted", "planned", "hedged", "negated", "hypothetical", "requested")
DEFAULT_MODALITIES = ("asserted", "planned")
PARQUET_TABLES = ("events", "articles", "quotes", "sentences", "entities")
BATCH = 1000

# GDELT's AvgTone: the article's tone if the voice stage gave one, else its sentences' mean.
_ARTICLE_FIELDS = ("a.url, a.source, a.title, a.ingested_at,"
                   " coalesce(TRY_CAST(a.record->>'$.article.tone' AS DOUBLE),"
                   " (SELECT avg(s.tone) FROM sentences s WHERE s.article_id = a.id)) AS tone")
# One row per article's event (when the corpus tables have not been computed).
_MENTION_SQL = (
    f"SELECT e.*, {_ARTICLE_FIELDS} FROM events e JOIN articles a ON a.id = e.article_id"
    " {where} ORDER BY coalesce(e.time_date, e.published), e.article_id, e.id")
# One row per merged event, with the names, evidence and URL of its first independent report.
_MERGED_SQL = (
    "WITH first AS (SELECT m.merged_id, e.*, " + _ARTICLE_FIELDS + ","
    " row_number() OVER (PARTITION BY m.merged_id ORDER BY m.copy_of IS NOT NULL,"
    " a.published NULLS LAST, m.article_id, m.event_id) AS rank"
    " FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
    " JOIN articles a ON a.id = m.article_id)"
    " SELECT f.* EXCLUDE (rank, cameo, cameo_name, quad_class, goldstein, source_code,"
    " target_code, modality, background, confidence, time_date, time_granularity),"
    " me.id AS merged_id, me.cameo, me.cameo_name, me.quad_class, me.goldstein, me.source_code,"
    " me.target_code, me.date, me.modality, me.background, me.confidence, me.mentions,"
    " me.sources AS n_sources, me.articles AS n_articles"
    " FROM merged_events me JOIN first f ON f.merged_id = me.id AND f.rank = 1"
    " {where} ORDER BY me.date NULLS LAST, me.id")


def _has_merged_events(store: Store) -> bool:
    present = store.query("SELECT count(*) AS n FROM information_schema.tables"
                          " WHERE table_name = ?", ["merged_events"])[0]["n"]
    return bool(present) and store.query(
        "SELECT count(*) AS n FROM merged_events")[0]["n"] > 0


def iter_events(store: Store, modalities: tuple[str, ...] | None = DEFAULT_MODALITIES
                ) -> Iterator[dict]:
    """Event rows with the article fields the formats need, batch by batch: the merged events
    (one per real-world event, with mention counts) when the corpus tables exist, else one
    row per article's event."""
    merged = _has_merged_events(store)
    where, params = "", []
    if modalities:
        column = "me.modality" if merged else "e.modality"
        where = f"WHERE {column} IN (" + ", ".join("?" * len(modalities)) + ")"
        params = list(modalities)
    cur = store.con.cursor()
    try:
        cur.execute((_MERGED_SQL if merged else _MENTION_SQL).format(where=where), params)
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(BATCH):
            for row in batch:
                yield dict(zip(names, row))
    finally:
        cur.close()


def write_jsonl(store: Store, out: IO[str]) -> int:
    cur = store.con.cursor()
    try:
        cur.execute("SELECT record FROM articles ORDER BY published NULLS LAST, id")
        n = 0
        while batch := cur.fetchmany(BATCH):
            for (record,) in batch:
                out.write(json.dumps(json.loads(record), ensure_ascii=False) + "\n")
                n += 1
        return n
    finally:
        cur.close()


def write_gdelt(store: Store, out: IO[str], modalities=DEFAULT_MODALITIES) -> int:
    n = 0
    for event in iter_events(store, modalities):
        out.write(format_row(gdelt_row(event)))
        n += 1
    return n


def write_plover(store: Store, out: IO[str], modalities=DEFAULT_MODALITIES) -> int:
    n = 0
    for event in iter_events(store, modalities):
        out.write(json.dumps(plover_record(event), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_parquet(store: Store, path: str | Path, table: str = "events") -> int:
    import pyarrow.parquet as pq

    if table not in PARQUET_TABLES:
        raise InputError(f"parquet: unknown table {table!r} (one of {', '.join(PARQUET_TABLES)})")
    data = store.con.sql(f"SELECT * FROM {table}").to_arrow_table()  # a name from the list above
    pq.write_table(data, str(path))
    return data.num_rows


@contextmanager
def _output(out: str | Path | None):
    if out is None or str(out) == "-":
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            yield fh


def export(db: str | Path, fmt: str, out: str | Path | None = None, table: str = "events",
           modalities: tuple[str, ...] | None = DEFAULT_MODALITIES) -> int:
    """Write the store `db` as `fmt` to `out` (a path; None = stdout); returns rows written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    unknown = [m for m in modalities or () if m not in MODALITIES]
    if unknown:
        raise InputError(f"unknown modality {unknown[0]!r} (one of {', '.join(MODALITIES)})")
    with Store(db, read_only=True) as store:
        if fmt == "parquet":
            if out is None or str(out) == "-":
                raise InputError("parquet needs --out FILE")
            return write_parquet(store, out, table)
        with _output(out) as fh:
            if fmt == "jsonl":
                return write_jsonl(store, fh)
            if fmt == "gdelt":
                return write_gdelt(store, fh, modalities)
            return write_plover(store, fh, modalities)


__all__ = ["export", "FORMATS", "GDELT_COLUMNS", "gdelt_row", "plover_record", "iter_events"]
