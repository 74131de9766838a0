"""Corpus stages over the store: near-duplicates, stories, merged events, dyad time series.

The algorithms work on plain records the store hands them and hand plain rows back; every
SQL statement is the store's (store.corpus_tables for what update reads and writes,
store.queries for what the CLI and the web show).

    update.py   update(store): update the corpus tables (ingest calls it at the end); full=True
                recomputes them from scratch
    incremental.py  new articles placed into the existing tables (what update does when only
                articles were added)
    records.py  the plain records the stages read, and the same-happening rule
    dedup.py    near-duplicate articles (datasketch MinHash LSH, then exact shingle overlap)
    stories.py  articles about one happening (TF-IDF, time-damped, average linkage)
    merge.py    one event per real-world happening, many mentions
    parties.py  which actor codes of mentions can name one party (one country, one side)
    dyads.py    a dyad's series per period, with departures flagged
    chart.py    the dyad chart (SVG for the web, PNG or SVG files for the CLI)
    (the options, CorpusOptions with DedupOptions/StoryOptions/MergeOptions, live in
    newsdesk.options so that Options can carry them)
"""
from ..options import CorpusOptions, DedupOptions, MergeOptions, StoryOptions
from .update import update

__all__ = ["update", "CorpusOptions", "DedupOptions", "StoryOptions", "MergeOptions"]
