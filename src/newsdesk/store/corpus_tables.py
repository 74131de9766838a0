"""The corpus tables' reads and writes: what `corpus.update` reads from the per-article tables,
the one check of whether the corpus tables are stale, and the one transaction that replaces
them (near_duplicates, stories, story_articles, merged_events, event_mentions, corpus_runs).

Rows go in and come out as plain dicts; the algorithms are in newsdesk.corpus.
"""
from __future__ import annotations

import json

import numpy as np

from .database import Store

# The columns of `events` the merge reads (one row per mention).
EVENT_COLUMNS = ("article_id", "id", "cameo", "cameo_name", "quad_class", "goldstein", "source_code",
                 "target_code", "modality", "time_date", "time_granularity", "time_relation",
                 "background", "attributed_to", "evidence_text", "confidence", "published",
                 "publisher", "default_target")
MERGED_COLUMNS = ("id", "cameo", "cameo_name", "root", "quad_class", "goldstein", "source_code",
                  "target_code", "source_country", "target_country", "date", "date_granularity",
                  "date_basis", "first_published", "last_published", "story_id", "mentions",
                  "sources", "articles", "copies", "confidence", "modality", "modalities",
                  "attributed", "told_by", "background", "evidence", "evidence_article_id",
                  "evidence_event_id")
CORPUS_TABLES = ("near_duplicates", "stories", "story_articles", "merged_events", "event_mentions",
                 "corpus_articles")
# corpus_state() of a store with nothing in it: an empty store is never stale.
EMPTY_STATE = "0/None/0"


def ready(store: Store) -> bool:
    """True once the corpus tables exist in this file (a read-only open of a file written by a
    version before them finds none: the queries then answer empty)."""
    rows = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?",
                       ["merged_events"])
    return bool(rows and rows[0]["n"])


# -- reads for corpus.update --------------------------------------------------------------------
def _among(column: str, ids) -> tuple[str, list]:
    """A WHERE clause keeping rows whose `column` is in `ids` (None: every row), and its params."""
    if ids is None:
        return "true", []
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]


def article_rows(store: Store, ids=None) -> list[dict]:
    """[{id, title, text, published, publisher}] of every article (or those of `ids`), by id."""
    where, params = _among("id", ids)
    return store.query(f"SELECT id, title, text, published, publisher FROM articles WHERE {where}"
                       " ORDER BY id", params)


def lead_entity_names(store: Store, labels: tuple[str, ...], lead_chars: int,
                      ids=None) -> dict[str, list[str]]:
    """{article id: [entity name (or text)]} for entities of `labels` starting in the first
    `lead_chars` characters, in text order."""
    out: dict[str, list[str]] = {}
    marks = ", ".join("?" * len(labels))
    where, params = _among("article_id", ids)
    for r in store.query(f'SELECT article_id, name, text FROM entities WHERE label IN ({marks})'
                         f' AND "start" < ? AND {where} ORDER BY article_id, "start"',
                         [*labels, lead_chars, *params]):
        out.setdefault(r["article_id"], []).append(r["name"] or r["text"])
    return out


# The target as the corpus stages read it: a target the events stage gave by default is no
# target for them (schema migration 9); a merged event shows it only when no mention names
# one (default_target).
NAMED_TARGET = ("CASE WHEN coalesce(target_by_default, false) THEN NULL ELSE target_code END"
                " AS target_code")
DEFAULT_TARGET = ("CASE WHEN coalesce(target_by_default, false) THEN target_code END"
                  " AS default_target")


def foreground_event_keys(store: Store, ids=None) -> list[dict]:
    """[{article_id, source_code, target_code, cameo}] of the events that are not background
    (target_code: the target the text names, NAMED_TARGET)."""
    where, params = _among("article_id", ids)
    return store.query(f"SELECT article_id, source_code, {NAMED_TARGET}, cameo FROM events"
                       f" WHERE NOT coalesce(background, false) AND {where} ORDER BY article_id, id", params)


def event_mentions(store: Store, roots=None, ids=None) -> list[dict]:
    """Rows of `events` with the EVENT_COLUMNS (what the merge reads; target_code is the
    target the text names, NAMED_TARGET): every one, or those whose CAMEO root is in `roots`,
    or those of the articles `ids`."""
    where, params = _among("substr(coalesce(cameo, ''), 1, 2)", roots)
    where2, params2 = _among("article_id", ids)
    read = {"target_code": NAMED_TARGET, "default_target": DEFAULT_TARGET}
    columns = ", ".join(read.get(c, c) for c in EVENT_COLUMNS)
    return store.query(f"SELECT {columns} FROM events WHERE {where} AND {where2}"
                       " ORDER BY article_id, id", params + params2)


# -- reads for the incremental update (corpus/incremental.py) ---------------------------------
def new_article_ids(store: Store) -> list[str]:
    """Articles the corpus tables were not computed over (not in corpus_articles), by id."""
    return [r["id"] for r in store.query(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM corpus_articles) ORDER BY id")]


def covered_counts(store: Store) -> dict[str, int]:
    """{articles, events, missing}: the articles in corpus_articles, their events now, and the
    corpus_articles rows whose article is gone. With the counts the last run recorded, this
    tells whether anything but new articles changed (then only a full update is right)."""
    return store.query(
        "SELECT (SELECT count(*) FROM corpus_articles) AS articles,"
        " (SELECT count(*) FROM events WHERE article_id IN (SELECT article_id FROM corpus_articles)) AS events,"
        " (SELECT count(*) FROM corpus_articles WHERE article_id NOT IN (SELECT id FROM articles)) AS missing")[0]


def stored_signatures(store: Store, num_perm: int):
    """(article ids, uint32 matrix of their MinHash signatures, one a row)."""
    rows = store.con.execute("SELECT article_id, signature FROM corpus_articles"
                             " WHERE signature IS NOT NULL ORDER BY article_id").fetchall()
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.uint32).reshape(len(rows), num_perm)
    return [r[0] for r in rows], matrix


def article_ids_near(store: Store, first_day: str, last_day: str) -> list[str]:
    """Articles published between two ISO days (inclusive), and the undated ones (an undated
    article is compared with every date)."""
    return [r["id"] for r in store.query(
        "SELECT id FROM articles WHERE try_cast(substr(published, 1, 10) AS DATE) IS NULL"
        " OR try_cast(substr(published, 1, 10) AS DATE) BETWEEN ?::DATE AND ?::DATE ORDER BY id",
        [first_day, last_day])]


def article_ids_naming(store: Store, names: list[str], labels: tuple[str, ...], lead_chars: int) -> list[str]:
    """Articles with one of these entity names in their lead (candidates for an undated article)."""
    marks = ", ".join("?" * len(labels))
    return [r["article_id"] for r in store.query(
        f'SELECT DISTINCT article_id FROM entities WHERE label IN ({marks}) AND "start" < ?'
        " AND coalesce(name, text) IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id",
        [*labels, lead_chars, list(names)])]


def stories_of(store: Store, ids) -> dict[str, str]:
    """{article id: story id} for these articles."""
    where, params = _among("article_id", ids)
    return {r["article_id"]: r["story_id"] for r in
            store.query(f"SELECT article_id, story_id FROM story_articles WHERE {where}", params)}


def story_members(store: Store, story_ids) -> dict[str, list[str]]:
    """{story id: [article id]} for these stories."""
    where, params = _among("story_id", story_ids)
    out: dict[str, list[str]] = {}
    for r in store.query(f"SELECT story_id, article_id FROM story_articles WHERE {where}"
                         " ORDER BY article_id", params):
        out.setdefault(r["story_id"], []).append(r["article_id"])
    return out


def duplicate_groups(store: Store, ids) -> dict[str, list[str]]:
    """{original: [copy]} of the near-duplicate groups these articles belong to."""
    where, params = _among("article_id", ids)
    where2, params2 = _among("duplicate_of", ids)
    out: dict[str, list[str]] = {}
    for r in store.query(
            "SELECT article_id, duplicate_of FROM near_duplicates WHERE duplicate_of IN"
            f" (SELECT duplicate_of FROM near_duplicates WHERE {where} OR {where2}) ORDER BY article_id",
            params + params2):
        out.setdefault(r["duplicate_of"], []).append(r["article_id"])
    return out


def copies_of(store: Store, ids) -> dict[str, str]:
    """{copy: original} for these articles."""
    where, params = _among("article_id", ids)
    return {r["article_id"]: r["duplicate_of"] for r in
            store.query(f"SELECT article_id, duplicate_of FROM near_duplicates WHERE {where}", params)}


def merged_ids_of(store: Store, ids) -> dict[tuple[str, str], str]:
    """{(article id, event id): merged event id} of every mention of the merged events that
    these articles' mentions are in (theirs and the other articles' mentions of those events)."""
    where, params = _among("article_id", ids)
    return {(r["article_id"], r["event_id"]): r["merged_id"] for r in store.query(
        "SELECT article_id, event_id, merged_id FROM event_mentions WHERE merged_id IN"
        f" (SELECT merged_id FROM event_mentions WHERE {where})", params)}


# -- staleness: the one check -------------------------------------------------------------------
def corpus_state(store: Store) -> str:
    """What the corpus tables are computed from, as 'articles/last ingest time/events'."""
    row = store.query("SELECT (SELECT count(*) FROM articles) AS a, (SELECT max(ingested_at) FROM articles) AS t,"
                      " (SELECT count(*) FROM events) AS e")[0]
    return f"{row['a']}/{row['t']}/{row['e']}"


def last_corpus_run(store: Store) -> dict:
    """The timings (and fingerprint) the last corpus update recorded; {} if none ran."""
    rows = store.query("SELECT timings FROM corpus_runs ORDER BY finished_at DESC, rowid DESC LIMIT 1")
    if not rows or not rows[0]["timings"]:
        return {}
    return json.loads(rows[0]["timings"])


def last_corpus_state(store: Store) -> str:
    """The corpus_state() the last corpus update computed from (EMPTY_STATE if none ran)."""
    return last_corpus_run(store).get("fingerprint") or EMPTY_STATE


def corpus_is_stale(store: Store) -> bool:
    """True when articles or events were stored since the last corpus update (or none ran and
    something is stored). False for a file without the corpus tables (nothing to update)."""
    return ready(store) and corpus_state(store) != last_corpus_state(store)


# -- writes ---------------------------------------------------------------------------------------
def replace_corpus_tables(store: Store, near_duplicates: list[dict], stories: list[dict],
                          story_articles: list[dict], merged: list[dict], mentions: list[dict],
                          signatures: list[dict] = ()) -> None:
    """Empty the corpus tables and fill them with these rows, in one transaction.

    near_duplicates: [{article_id, duplicate_of, similarity}]; stories: [{id, label, first_date,
    last_date, n_articles, n_publishers, keywords}]; story_articles: [{story_id, article_id,
    similarity}]; merged: [{MERGED_COLUMNS}]; mentions: [{merged_id, article_id, event_id, copy_of}];
    signatures: [{article_id, signature}] (corpus_articles: bytes or None).
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
        _insert(store, "corpus_articles", ("article_id", "signature"), list(signatures))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def patch_corpus_tables(store: Store, drop: dict[str, list], near_duplicates: list[dict],
                        stories: list[dict], story_articles: list[dict], merged: list[dict],
                        mentions: list[dict], signatures: list[dict]) -> None:
    """An incremental update's writes, in one transaction: delete the rows named in `drop`
    ({near_duplicates: [article id], stories: [story id], story_articles: [article id],
    merged_events: [merged id]}; a merged event's mentions go with it), then insert these rows
    (the columns of replace_corpus_tables)."""
    keys = {"near_duplicates": "article_id", "stories": "id", "story_articles": "article_id",
            "merged_events": "id"}
    con = store.con
    con.execute("BEGIN")
    try:
        for table, column in keys.items():  # names from the dict above
            if drop.get(table):
                con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))",
                            [list(drop[table])])
        if drop.get("merged_events"):
            con.execute("DELETE FROM event_mentions WHERE merged_id IN (SELECT unnest(?::VARCHAR[]))",
                        [list(drop["merged_events"])])
        _insert(store, "near_duplicates", ("article_id", "duplicate_of", "similarity"), near_duplicates)
        _insert(store, "stories", ("id", "label", "first_date", "last_date", "n_articles",
                                   "n_publishers", "keywords"), stories)
        _insert(store, "story_articles", ("story_id", "article_id", "similarity"), story_articles)
        _insert(store, "merged_events", MERGED_COLUMNS, merged)
        _insert(store, "event_mentions", ("merged_id", "article_id", "event_id", "copy_of"), mentions)
        _insert(store, "corpus_articles", ("article_id", "signature"), signatures)
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
