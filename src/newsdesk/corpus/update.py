"""`update(store)`: bring the corpus tables up to date with the per-article tables.

When only articles were added since the last update (and the options are the same), the new
ones are placed into the existing tables (corpus/incremental.py: cost proportional to the new
articles and their candidate neighbours). Otherwise, or with `full=True` (`newsdesk
update-corpus --full`), everything is recomputed from scratch: near-duplicates, then stories,
then merged events (and stories again when a merged event shows two stories to be one
happening: `same_happening`), written in one transaction; on the 6k-article allsides corpus
this takes about 20 s of CPU, and it cannot drift the way incremental patches of clusters can
(incremental.py says where the two may differ). Ids are derived from the earliest member of
each group, so they stay put when new articles arrive later in time. Running it twice on the
same store gives the same tables. The reads and the writes are store.corpus_tables'.
"""
from __future__ import annotations

import time

from ..store import corpus_tables
from . import incremental
from .dedup import find_near_duplicates
from .merge import merge_events
from .records import _corpus_options, event_key, load_articles, same_happening  # noqa: F401 (re-exported)
from .stories import group_stories


def update(store, options=None, full: bool = False) -> dict:
    """Update near_duplicates, stories, story_articles, merged_events and event_mentions.

    Nothing is recomputed when the store is not stale (corpus_tables.corpus_is_stale: no article
    or event added since the last run, e.g. a re-ingest of known articles), unless `full`,
    which recomputes everything from scratch. Returns {unchanged, mode ('full' or
    'incremental'), articles, near_duplicates, stories, multi_article_stories, event_mentions,
    merged_events, seconds, timings: {step: seconds}}.
    """
    opts = _corpus_options(options)
    if not full and not corpus_tables.corpus_is_stale(store):
        return {"unchanged": True, **corpus_tables.corpus_counts(store), "seconds": 0.0, "timings": {}}
    state = corpus_tables.corpus_state(store)
    timings: dict = {}
    t0 = clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 3)
        clock = now

    new_ids = None if full else incremental.plan(store, opts)
    # What the next run's plan() checks: the options these tables were computed with.
    run = {"options": incremental.options_key(opts)}
    if new_ids is not None:
        n = incremental.update_incremental(store, opts, new_ids, lap)
        seconds = round(time.perf_counter() - t0, 3)
        corpus_tables.record_corpus_run(store, n, seconds, dict(timings, mode="incremental", **run), state)
        return {"unchanged": False, "mode": "incremental", **corpus_tables.corpus_counts(store),
                "seconds": seconds, "timings": timings}
    articles = load_articles(store, opts.stories.lead_chars)
    lap("load")
    signatures: dict = {}
    links = find_near_duplicates(articles, opts.dedup, signatures)
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
        merged=merged, mentions=mentions,
        signatures=[{"article_id": a["id"], "signature": incremental.signature_bytes(signatures.get(a["id"]))}
                    for a in articles])
    lap("write")
    seconds = round(time.perf_counter() - t0, 3)
    corpus_tables.record_corpus_run(store, len(articles), seconds, dict(timings, mode="full", **run), state)
    return {"unchanged": False, "mode": "full", **corpus_tables.corpus_counts(store),
            "seconds": seconds, "timings": timings}
