"""The corpus tables' reads and writes: what `corpus.update` reads from the per-article tables,
the one check of whether the corpus tables are stale, and the one transaction that replaces
them (near_duplicates, stories, story_articles, merged_events, event_mentions, corpus_runs).

Rows go in and come out as plain dicts; the algorithms are in newsdesk.corpus.
"""
from __future__ import annotations

import json

from .database import Store

# The columns of `events` the merge reads (one row per mention).
EVENT_COLUMNS = ("article_id", "id", "cameo", "cameo_name", "quad_class", "goldstein", "source_code",
                 "target_code", "modality", "time_date", "time_granularity", "background",
                 "attributed_to", "evidence_text", "confidence", "published", "publisher")
MERGED_COLUMNS = ("id", "cameo", "cameo_name", "root", "quad_class", "goldstein", "source_code",
                  "target_code", "source_country", "target_country", "date", "date_granularity",
                  "date_basis", "first_published", "last_published", "story_id", "mentions",
                  "sources", "articles", "copies", "confidence", "modality", "modalities",
                  "attributed", "background", "evidence", "evidence_article_id",
                  "evidence_event_id")
CORPUS_TABLES = ("near_duplicates", "stories", "story_articles", "merged_events", "event_mentions")
# corpus_state() of a store with nothing in it: an empty store is never stale.
EMPTY_STATE = "0/None/0"


def ready(store: Store) -> bool:
    """True once the corpus tables exist in this file (a read-only open of a file written by a
    version before them finds none: the queries then answer empty)."""
    rows = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?",
                       ["merged_events"])
    return bool(rows and rows[0]["n"])


# -- reads for corpus.update --------------------------------------------------------------------
def article_rows(store: Store) -> list[dict]:
    """[{id, title, text, published, publisher}] of every article, by id."""
    return store.query("SELECT id, title, text, published, publisher FROM articles ORDER BY id")


def lead_entity_names(store: Store, labels: tuple[str, ...], lead_chars: int) -> dict[str, list[str]]:
    """{article id: [entity name (or text)]} for entities of `labels` starting in the first
    `lead_chars` characters, in text order."""
    out: dict[str, list[str]] = {}
    marks = ", ".join("?" * len(labels))
    for r in store.query(f'SELECT article_id, name, text FROM entities WHERE label IN ({marks})'
                         ' AND "start" < ? ORDER BY article_id, "start"', [*labels, lead_chars]):
        out.setdefault(r["article_id"], []).append(r["name"] or r["text"])
    return out


def foreground_event_keys(store: Store) -> list[dict]:
    """[{article_id, source_code, target_code, cameo}] of the events that are not background."""
    return store.query("SELECT article_id, source_code, target_code, cameo FROM events"
                       " WHERE NOT coalesce(background, false) ORDER BY article_id, id")


def event_mentions(store: Store) -> list[dict]:
    """Every row of `events` with the EVENT_COLUMNS (what the merge reads)."""
    return store.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events")


# -- staleness: the one check -------------------------------------------------------------------
def corpus_state(store: Store) -> str:
    """What the corpus tables are computed from, as 'articles/last ingest time/events'."""
    row = store.query("SELECT (SELECT count(*) FROM articles) AS a, (SELECT max(ingested_at) FROM articles) AS t,"
                      " (SELECT count(*) FROM events) AS e")[0]
    return f"{row['a']}/{row['t']}/{row['e']}"


def last_corpus_state(store: Store) -> str:
    """The corpus_state() the last corpus update computed from (EMPTY_STATE if none ran)."""
    rows = store.query("SELECT timings FROM corpus_runs ORDER BY finished_at DESC LIMIT 1")
    if not rows or not rows[0]["timings"]:
        return EMPTY_STATE
    return json.loads(rows[0]["timings"]).get("fingerprint") or EMPTY_STATE


def corpus_is_stale(store: Store) -> bool:
    """True when articles or events were stored since the last corpus update (or none ran and
    something is stored). False for a file without the corpus tables (nothing to update)."""
    return ready(store) and corpus_state(store) != last_corpus_state(store)


# -- writes ---------------------------------------------------------------------------------------
def replace_corpus_tables(store: Store, near_duplicates: list[dict], stories: list[dict],
                          story_articles: list[dict], merged: list[dict], mentions: list[dict]) -> None:
    """Empty the corpus tables and fill them with these rows, in one transaction.

    near_duplicates: [{article_id, duplicate_of, similarity}]; stories: [{id, label, first_date,
    last_date, n_articles, n_publishers, keywords}]; story_articles: [{story_id, article_id,
    similarity}]; merged: [{MERGED_COLUMNS}]; mentions: [{merged_id, article_id, event_id, copy_of}].
    """
    con = store.con
    con.execute("BEGIN")
    try:
        for table in CORPUS_TABLES:
            con.execute(f"DELETE FROM {table}")  # names from the tuple above
        _insert(store, "near_duplicates", ("article_id", "duplicate_of", "similarity"), near_duplicates)
        _insert(store, "stories", ("id", "label", "first_date", "last_date", "n_articles",
                                   "n_publishers", "keywords"), stories)
        _insert(store, "story_articles", ("story_id", "article_id", "similarity"), story_articles)
        _insert(store, "merged_events", MERGED_COLUMNS, merged)
        _insert(store, "event_mentions", ("merged_id", "article_id", "event_id", "copy_of"), mentions)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def record_corpus_run(store: Store, articles: int, seconds: float, timings: dict, state: str) -> None:
    """One corpus_runs row; `state` (corpus_state() when the run began) is what the next
    staleness check compares with."""
    store.con.execute("INSERT INTO corpus_runs (articles, seconds, timings) VALUES (?, ?, ?)",
                      [articles, seconds, json.dumps(dict(timings, fingerprint=state))])


def corpus_counts(store: Store) -> dict[str, int]:
    """Rows in the corpus tables, and the articles they are computed over."""
    row = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM near_duplicates) AS near_duplicates,"
        " (SELECT count(*) FROM stories) AS stories,"
        " (SELECT count(*) FROM stories WHERE n_articles > 1) AS multi_article_stories,"
        " (SELECT count(*) FROM event_mentions) AS event_mentions,"
        " (SELECT count(*) FROM merged_events) AS merged_events")[0]
    return {k: int(v) for k, v in row.items()}


def _insert(store: Store, table: str, columns: tuple[str, ...], rows: list[dict]) -> None:
    """Bulk insert through an Arrow table (DuckDB's executemany is slow for 10^5 rows)."""
    if not rows:
        return
    import pyarrow as pa  # heavy (~0.5 s): imported on the first write, not by `import newsdesk`

    data = pa.table({c: [r[c] for r in rows] for c in columns})
    name = f"_incoming_{table}"
    store.con.register(name, data)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        store.con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {name}")
    finally:
        store.con.unregister(name)
