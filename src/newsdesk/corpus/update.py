"""`update(store)`: recompute the corpus tables from the per-article tables.

Near-duplicates, then stories, then merged events, in one transaction, from scratch: on the
6k-article allsides corpus this takes about 20 s of CPU, and a full recomputation cannot drift the way
incremental patches of clusters can. Ids are derived from the earliest member of each group,
so they stay put when new articles arrive later in time. Running it twice on the same store
gives the same tables.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from .dedup import DedupOptions, find_near_duplicates
from .merge import MergeOptions, merge_events
from .stories import ENTITY_LABELS, StoryOptions, group_stories

EVENT_COLUMNS = ("article_id", "id", "cameo", "cameo_name", "quad_class", "goldstein", "source_code",
                 "target_code", "modality", "time_date", "background", "attributed_to", "evidence_text",
                 "confidence", "published", "publisher")
MERGED_COLUMNS = ("id", "cameo", "cameo_name", "root", "quad_class", "goldstein", "source_code",
                  "target_code", "source_country", "target_country", "date", "first_published",
                  "last_published", "story_id", "mentions", "sources", "articles", "copies",
                  "confidence", "modality", "modalities", "attributed", "background", "evidence")


@dataclass(frozen=True)
class CorpusOptions:
    dedup: DedupOptions = field(default_factory=DedupOptions)
    stories: StoryOptions = field(default_factory=StoryOptions)
    merge: MergeOptions = field(default_factory=MergeOptions)


def _corpus_options(options) -> CorpusOptions:
    """Accepts CorpusOptions, or the global Options (which may carry a `corpus` field)."""
    if isinstance(options, CorpusOptions):
        return options
    return getattr(options, "corpus", None) or CorpusOptions()


def load_articles(store, lead_chars: int) -> list[dict]:
    """Articles with their lead entity names and event keys, in a stable order."""
    articles = store.query("SELECT id, title, text, published, publisher FROM articles ORDER BY id")
    entities: dict[str, list[str]] = {}
    placeholders = ", ".join("?" * len(ENTITY_LABELS))
    for r in store.query(f'SELECT article_id, name, text FROM entities WHERE label IN ({placeholders})'
                         f' AND "start" < ? ORDER BY article_id, "start"', [*ENTITY_LABELS, lead_chars]):
        entities.setdefault(r["article_id"], []).append(r["name"] or r["text"])
    events: dict[str, list[str]] = {}
    for r in store.query("SELECT article_id, source_code, target_code, cameo FROM events"
                         " WHERE NOT coalesce(background, false) ORDER BY article_id, id"):
        key = f"{(r['source_code'] or 'x')[:3]}_{(r['target_code'] or 'x')[:3]}_{(r['cameo'] or '')[:2]}"
        events.setdefault(r["article_id"], []).append(key)
    for a in articles:
        a["entities"] = entities.get(a["id"], [])
        a["events"] = events.get(a["id"], [])
    return articles


def fingerprint(store) -> str:
    """What the corpus tables are computed from: articles and events, by count and last write."""
    row = store.query("SELECT (SELECT count(*) FROM articles) AS a, (SELECT max(ingested_at) FROM articles) AS t,"
                      " (SELECT count(*) FROM events) AS e")[0]
    return f"{row['a']}/{row['t']}/{row['e']}"


def _last_fingerprint(store) -> str | None:
    rows = store.query("SELECT timings FROM corpus_runs ORDER BY finished_at DESC LIMIT 1")
    if not rows or not rows[0]["timings"]:
        return None
    return json.loads(rows[0]["timings"]).get("fingerprint")


def update(store, options=None, force: bool = False) -> dict:
    """Recompute near_duplicates, stories, story_articles, merged_events and event_mentions.

    Nothing is recomputed when no article or event was added since the last run (a re-ingest
    of known articles), unless `force`. Returns counts and the seconds each step took.
    """
    opts = _corpus_options(options)
    current = fingerprint(store)
    if not force and current == _last_fingerprint(store):
        return {"unchanged": True, **_counts(store), "seconds": 0.0, "timings": {}}
    timings: dict = {}
    t0 = clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now

    articles = load_articles(store, opts.stories.lead_chars)
    lap("load")
    links = find_near_duplicates(articles, opts.dedup)
    lap("dedup")
    copy_of = {l.article_id: l.duplicate_of for l in links}
    stories = group_stories(articles, opts.stories)
    lap("stories")
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    rows = store.query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events")
    merged, mentions = merge_events(rows, story_of, copy_of, opts.merge)
    lap("merge")
    _write(store, links, stories, merged, mentions)
    lap("write")
    seconds = round(time.perf_counter() - t0, 3)
    store.con.execute("INSERT INTO corpus_runs (articles, seconds, timings) VALUES (?, ?, ?)",
                      [len(articles), seconds, json.dumps(dict(timings, fingerprint=current))])
    return {"unchanged": False, **_counts(store), "seconds": seconds, "timings": timings}


def _counts(store) -> dict:
    row = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM near_duplicates) AS near_duplicates,"
        " (SELECT count(*) FROM stories) AS stories,"
        " (SELECT count(*) FROM stories WHERE n_articles > 1) AS multi_article_stories,"
        " (SELECT count(*) FROM event_mentions) AS event_mentions,"
        " (SELECT count(*) FROM merged_events) AS merged_events")[0]
    return {k: int(v) for k, v in row.items()}


def _write(store, links, stories, merged, mentions) -> None:
    con = store.con
    con.execute("BEGIN")
    try:
        for table in ("near_duplicates", "stories", "story_articles", "merged_events", "event_mentions"):
            con.execute(f"DELETE FROM {table}")
        _insert(con, "near_duplicates", ["article_id", "duplicate_of", "similarity"],
                [[l.article_id, l.duplicate_of, l.similarity] for l in links])
        _insert(con, "stories", ["id", "label", "first_date", "last_date", "n_articles", "n_publishers",
                                 "keywords"],
                [[s.id, s.label, s.first_date, s.last_date, len(s.article_ids), s.n_publishers, s.keywords]
                 for s in stories])
        _insert(con, "story_articles", ["story_id", "article_id", "similarity"],
                [[s.id, aid, s.similarity.get(aid)] for s in stories for aid in s.article_ids])
        _insert(con, "merged_events", list(MERGED_COLUMNS), [[e[c] for c in MERGED_COLUMNS] for e in merged])
        _insert(con, "event_mentions", ["merged_id", "article_id", "event_id", "copy_of"],
                [[m["merged_id"], m["article_id"], m["event_id"], m["copy_of"]] for m in mentions])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _insert(con, table: str, columns: list[str], rows: list[list]) -> None:
    """Bulk insert through an Arrow table (DuckDB's executemany is slow for 10^5 rows)."""
    if not rows:
        return
    import pyarrow as pa

    data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
    name = f"_incoming_{table}"
    con.register(name, data)
    try:
        quoted = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {name}")
    finally:
        con.unregister(name)
