"""The web server's access to the store: one DuckDB database, a cursor per request.

DuckDB allows one read-write process per file. `newsdesk serve` is the store's one writer: it
opens the file read-write (for its token holders' POSTs, and for the records an ingest or a
watch hands it: runner/handoff.py, store/live.py), and readers get their own cursor of that
connection, so DuckDB's MVCC lets them read while the writer writes: readers never block it.
`serve --read-only` (and an app built without a token or a handoff secret) opens it read-only
instead, so other read-only processes may share the file. Writes are serialised by one lock.
What is read and written is the store's (store.queries, Store.write_record, corpus.update);
this module only hands out stores.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..store import Store
from .cache import ResponseCache


class Database:
    """The server's store. `reader()` for queries, `writer()` for writes (one at a time)."""

    def __init__(self, path: str | Path, writable: bool, cache_size: int = 512,
                 one_writer: bool = False):
        """`writable`: the API may write (a token is set); `one_writer`: open the file for
        writing even so (the server takes the records of ingests and watches)."""
        self.path = str(path)
        self.writable = writable
        self.cache = ResponseCache(cache_size)  # cleared by every write
        read_only = not (writable or one_writer)
        if read_only and not Path(self.path).exists():
            Store(self.path).close()  # create and migrate an empty store, then reopen read-only
        self._store = Store(self.path, read_only=read_only)
        self._write_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        store = self._store.cursor()
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writer(self, transaction: bool = True) -> Iterator[Store]:
        """The store, for writing, one writer at a time; in a transaction unless the caller
        manages its own (corpus.update does)."""
        with self._write_lock:
            store = self._store.cursor()
            self.cache.clear()
            try:
                if not transaction:
                    yield store
                    return
                store.begin()
                try:
                    yield store
                except BaseException:
                    store.rollback()
                    raise
                store.commit()
            finally:
                store.close()
                self.cache.clear()  # again: a GET may have cached a page during the write

    def close(self) -> None:
        self._store.close()
