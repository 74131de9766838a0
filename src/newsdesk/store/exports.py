"""The exports' reads: whole tables and event rows, streamed in batches (an export of ten
million events must not hold them in memory). newsdesk.export formats what these yield.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import InputError
from .corpus_tables import ready
from .database import Store

BATCH = 1000
PARQUET_TABLES = ("events", "articles", "quotes", "sentences", "entities")
# The article fields every event row carries. GDELT's AvgTone: the article's tone if the voice
# stage gave one, else its sentences' mean.
_ARTICLE_FIELDS = ("a.url, a.source, a.title, a.ingested_at,"
                   " coalesce(TRY_CAST(a.record->>'$.article.tone' AS DOUBLE),"
                   " (SELECT avg(s.tone) FROM sentences s WHERE s.article_id = a.id)) AS tone")
# One row per article's event (when the corpus tables have not been computed).
_MENTION_SQL = (
    f"SELECT e.*, {_ARTICLE_FIELDS} FROM events e JOIN articles a ON a.id = e.article_id"
    " {where} ORDER BY coalesce(e.time_date, e.published), e.article_id, e.id")
# One row per merged event, with the names, evidence and URL of the mention whose evidence
# stands for it (corpus.merge.evidence_mention); for merged rows written before that mention
# was kept, its first independent report.
_MERGED_SQL = (
    "WITH rep AS (SELECT m.merged_id, e.*, " + _ARTICLE_FIELDS + ","
    " row_number() OVER (PARTITION BY m.merged_id ORDER BY"
    " coalesce(m.article_id = me.evidence_article_id AND m.event_id = me.evidence_event_id, false) DESC,"
    " m.copy_of IS NOT NULL, a.published NULLS LAST, m.article_id, m.event_id) AS rank"
    " FROM event_mentions m JOIN merged_events me ON me.id = m.merged_id"
    " JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
    " JOIN articles a ON a.id = m.article_id)"
    " SELECT f.* EXCLUDE (rank, cameo, cameo_name, quad_class, goldstein, source_code,"
    " target_code, modality, background, confidence, time_date, time_granularity),"
    " me.id AS merged_id, me.cameo, me.cameo_name, me.quad_class, me.goldstein, me.source_code,"
    " me.target_code, me.date, me.date_granularity, me.date_basis, me.modality, me.background, me.confidence,"
    " me.mentions, me.sources AS n_sources, me.articles AS n_articles"
    " FROM merged_events me JOIN rep f ON f.merged_id = me.id AND f.rank = 1"
    " {where} ORDER BY me.date NULLS LAST, me.id")


def has_merged_events(store: Store) -> bool:
    """True when the corpus tables hold merged events in this file's current schema (a file
    opened read-only before its migration to version 4 exports one row per mention)."""
    return (ready(store) and store.schema_version() >= 4
            and store.query("SELECT count(*) AS n FROM merged_events")[0]["n"] > 0)


def iter_event_rows(store: Store, modalities: tuple[str, ...] | None,
                    background: bool = True) -> Iterator[dict]:
    """Event rows with the article fields the formats need (url, source, title, ingested_at,
    tone): the merged events (one per real-world event, with merged_id, date,
    date_granularity, mentions, n_sources, n_articles) when the corpus tables hold them, else
    one row per article's event (with time_date, time_granularity). `modalities`: keep only
    these (None: all); `background`: False leaves background events out."""
    merged = has_merged_events(store)
    prefix = "me." if merged else "e."
    where, params = [], []
    if modalities:
        where.append(f"{prefix}modality IN (" + ", ".join("?" * len(modalities)) + ")")
        params = list(modalities)
    if not background:
        where.append(f"NOT coalesce({prefix}background, false)")
    sql = (_MERGED_SQL if merged else _MENTION_SQL).format(
        where=("WHERE " + " AND ".join(where)) if where else "")
    yield from _stream(store, sql, params)


def iter_records(store: Store) -> Iterator[str]:
    """Every article record as stored (a JSON string), oldest first."""
    for row in _stream(store, "SELECT record FROM articles ORDER BY published NULLS LAST, id", []):
        yield row["record"]


def table_arrow(store: Store, table: str):
    """One table of the store as a pyarrow Table; InputError for a table not in PARQUET_TABLES."""
    if table not in PARQUET_TABLES:
        raise InputError(f"parquet: unknown table {table!r} (one of {', '.join(PARQUET_TABLES)})")
    return store.con.sql(f"SELECT * FROM {table}").to_arrow_table()  # a name from the list above


def _stream(store: Store, sql: str, params: list) -> Iterator[dict]:
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(BATCH):
            for row in batch:
                yield dict(zip(names, row))
    finally:
        cur.close()
