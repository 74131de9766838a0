"""`update(store)`: recompute the corpus tables from the per-article tables.

Near-duplicates, then stories, then merged events (and stories again when a merged event
shows two stories to be one happening: `same_happening`), written in one transaction, from scratch: on
the 6k-article allsides corpus this takes about 20 s of CPU, and a full recomputation cannot
drift the way incremental patches of clusters can. Ids are derived from the earliest member of
each group, so they stay put when new articles arrive later in time. Running it twice on the
same store gives the same tables. The reads and the writes are store.corpus_tables'.
"""
from __future__ import annotations

import time

from ..store import corpus_tables
from .dedup import find_near_duplicates
from .merge import mention_date, merge_events
from ..options import CorpusOptions
from .stories import ENTITY_LABELS, group_stories


def _corpus_options(options) -> CorpusOptions:
    """Accepts CorpusOptions, or the global Options (which may carry a `corpus` field)."""
    if isinstance(options, CorpusOptions):
        return options
    return options.corpus if options is not None else CorpusOptions()


def event_key(row: dict) -> str:
    """An event as a story feature: source country, target country, CAMEO root ('CHN_RUS_04')."""
    return f"{(row['source_code'] or 'x')[:3]}_{(row['target_code'] or 'x')[:3]}_{(row['cameo'] or '')[:2]}"


def load_articles(store, lead_chars: int) -> list[dict]:
    """Articles ([{id, title, text, published, publisher, entities, events}]) in a stable
    order, with the names of their lead entities and the keys of their foreground events."""
    articles = corpus_tables.article_rows(store)
    entities = corpus_tables.lead_entity_names(store, ENTITY_LABELS, lead_chars)
    events: dict[str, list[str]] = {}
    for r in corpus_tables.foreground_event_keys(store):
        events.setdefault(r["article_id"], []).append(event_key(r))
    for a in articles:
        a["entities"] = entities.get(a["id"], [])
        a["events"] = events.get(a["id"], [])
    return articles


def same_happening(mentions: list[dict], rows: list[dict]) -> list[tuple[str, str]]:
    """Pairs of articles whose mentions of one merged event make them reports of the same
    happening: both actors named, mentions in the foreground, each dated to a day by its own
    text (not by the publication date). A background reference ("since Russia invaded
    Ukraine"), an actor missing or a date taken from the publication date is too weak a
    link to join two stories."""
    by_id = {(r["article_id"], r["id"]): r for r in rows}
    articles: dict[str, set[str]] = {}
    for m in mentions:
        row = by_id.get((m["article_id"], m["event_id"]))
        if row and row.get("source_code") and row.get("target_code") \
                and not row.get("background") and _own_day(row):
            articles.setdefault(m["merged_id"], set()).add(m["article_id"])
    pairs = []
    for ids in articles.values():
        first, *others = sorted(ids)
        pairs += [(first, other) for other in others]
    return pairs


def _own_day(row: dict) -> bool:
    day, granularity, basis = mention_date(row)
    return bool(day) and granularity == "day" and basis == "event"


def update(store, options=None, force: bool = False) -> dict:
    """Recompute near_duplicates, stories, story_articles, merged_events and event_mentions.

    Nothing is recomputed when the store is not stale (corpus_tables.corpus_is_stale: no article
    or event added since the last run, e.g. a re-ingest of known articles), unless `force`.
    Returns {unchanged, articles, near_duplicates, stories, multi_article_stories,
    event_mentions, merged_events, seconds, timings: {step: seconds}}.
    """
    opts = _corpus_options(options)
    if not force and not corpus_tables.corpus_is_stale(store):
        return {"unchanged": True, **corpus_tables.corpus_counts(store), "seconds": 0.0, "timings": {}}
    state = corpus_tables.corpus_state(store)
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
    rows = corpus_tables.event_mentions(store)
    stories = group_stories(articles, opts.stories)
    lap("stories")
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    merged, mentions = merge_events(rows, story_of, copy_of, opts.merge)
    pairs = same_happening(mentions, rows)
    if pairs:
        # Reports of one happening worded apart ("kidnapped" / "seized 234 students") share a
        # merged event but not enough words for one story: group again with them joined.
        stories = group_stories(articles, opts.stories, pairs)
        story_of = {aid: s.id for s in stories for aid in s.article_ids}
        merged, mentions = merge_events(rows, story_of, copy_of, opts.merge)
    lap("merge")
    corpus_tables.replace_corpus_tables(
        store,
        near_duplicates=[{"article_id": l.article_id, "duplicate_of": l.duplicate_of,
                          "similarity": l.similarity} for l in links],
        stories=[{"id": s.id, "label": s.label, "first_date": s.first_date, "last_date": s.last_date,
                  "n_articles": len(s.article_ids), "n_publishers": s.n_publishers,
                  "keywords": s.keywords} for s in stories],
        story_articles=[{"story_id": s.id, "article_id": aid, "similarity": s.similarity.get(aid)}
                        for s in stories for aid in s.article_ids],
        merged=merged, mentions=mentions)
    lap("write")
    seconds = round(time.perf_counter() - t0, 3)
    corpus_tables.record_corpus_run(store, len(articles), seconds, timings, state)
    return {"unchanged": False, **corpus_tables.corpus_counts(store), "seconds": seconds,
            "timings": timings}
