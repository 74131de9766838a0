"""newsdesk: news articles to a sourced record of who did what to whom, who says so, and
what is the writer's own opinion.

    import newsdesk
    record = newsdesk.analyze_text(open("article.txt").read())     # one article record
    for item in newsdesk.analyze(["articles/"]): ...                  # records and InputErrors
    report = newsdesk.ingest(["articles/"], db="newsdesk.duckdb")     # store, with accounting
    with newsdesk.Store("newsdesk.duckdb", read_only=True) as store:
        events = newsdesk.list_events(store, dyad="CHN:RUS")          # query the store

The public API is what this module exports (from api.py, the front door); everything else is
internal.
"""
from .api import (IngestReport, Store, __version__, analyze, analyze_text, busiest_dyads,
                  dyad_series, get_article, get_event, get_story, ingest, list_articles,
                  list_errors, list_events, list_quotes, list_stories, update_corpus)
from .corpus import CorpusOptions
from .errors import EvalError, FetchError, InputError, NewsdeskError, StageError, StoreError
from .evaluate import evaluate
from .model import SCHEMA, Document, Meta, to_record
from .options import DEFAULT_DB, Options
from .pipeline import Pipeline, stage

__all__ = [
    "SCHEMA", "DEFAULT_DB", "Document", "Meta", "Options", "CorpusOptions", "Pipeline", "Store",
    "IngestReport", "analyze", "analyze_text", "ingest", "evaluate", "stage", "to_record",
    "get_article", "list_articles", "list_events", "get_event", "list_stories", "get_story",
    "list_quotes", "dyad_series", "busiest_dyads", "list_errors", "update_corpus",
    "NewsdeskError", "InputError", "FetchError", "StageError", "StoreError", "EvalError",
    "__version__",
]
