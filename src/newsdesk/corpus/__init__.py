"""Corpus stages over the store: near-duplicates, stories, merged events, dyad time series.

`update(store)` recomputes the corpus tables (ingest calls it at the end; `newsdesk
update-corpus` on demand). The query functions are what the CLI and the web API show.
"""
from .queries import (busiest_dyads, dyad_series, get_event, get_story, list_events, list_quotes,
                      list_stories, parse_dyad)
from .update import CorpusOptions, update

__all__ = ["update", "CorpusOptions", "list_events", "get_event", "list_stories", "get_story",
           "dyad_series", "busiest_dyads", "list_quotes", "parse_dyad"]
