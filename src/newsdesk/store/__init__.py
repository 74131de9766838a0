"""The DuckDB store (default file: ./newsdesk.duckdb). Every SQL statement of newsdesk and its
only database connection live in this package.

    database.py       Store: open, migrate, transactions, cursors, article records in, counts
    schema.py         the schema, as numbered migrations
    ledger.py         the inputs ledger and the single writer of an ingest (resume, accounting)
    corpus_tables.py  what corpus.update reads and writes; the one staleness check
    queries.py        every read the CLI and the web show (articles, events, stories, quotes,
                      dyads, counts, errors)
    exports.py        the exports' streamed reads
    live.py           which `newsdesk serve` holds the file (the sidecar STORE.serve.json)
    watch_state.py    what `newsdesk watch` remembers of each polled URL (ETag, Last-Modified)
"""
from .database import Store

__all__ = ["Store"]
