"""newsdesk: news articles to a sourced record of who did what to whom, who says so, and
what is the writer's own opinion.

    import newsdesk
    record = newsdesk.analyze_text(open("article.txt").read())     # one article record
    for item in newsdesk.analyze(["articles/"]): ...                  # records and InputErrors
    report = newsdesk.ingest(["articles/"], db="newsdesk.duckdb")     # store, with accounting

The public API is what this module exports; everything else is internal.
"""
from .errors import EvalError, FetchError, InputError, NewsdeskError, StageError, StoreError
from .evaluate import evaluate
from .model import SCHEMA, Document, Meta, to_record
from .options import DEFAULT_DB, Options
from .pipeline import Pipeline, stage
from .runner.ingest import IngestReport, analyze, analyze_text, ingest
from .store import Store

__version__ = "0.1.0"
__all__ = [
    "SCHEMA", "DEFAULT_DB", "Document", "Meta", "Options", "Pipeline", "Store", "IngestReport",
    "analyze", "analyze_text", "ingest", "evaluate", "stage", "to_record",
    "NewsdeskError", "InputError", "FetchError", "StageError", "StoreError", "EvalError",
]
