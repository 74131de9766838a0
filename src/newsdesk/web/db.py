"""The web server's access to the store: one DuckDB database, a cursor per request.

DuckDB allows one read-write process per file, so the server opens the file read-only unless
it may write (a token is configured). Each request gets its own cursor (DuckDB connections are
not shared across threads); writes are serialised by one lock, so the server stays the one
writer of its database.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..store import Store
from .cache import ResponseCache


class _CursorStore(Store):
    """A Store over a cursor of an open Store: same methods, its own connection state."""

    def __init__(self, parent: Store):  # no super().__init__: nothing to open or migrate
        self.path = parent.path
        self.con = parent.con.cursor()


class Database:
    """The server's store. `reader()` for queries, `writer()` for writes (one at a time)."""

    def __init__(self, path: str | Path, writable: bool, cache_size: int = 512):
        self.path = str(path)
        self.writable = writable
        self.cache = ResponseCache(cache_size)  # cleared by every write
        if not writable and not Path(self.path).exists():
            Store(self.path).close()  # create and migrate an empty store, then reopen read-only
        self._store = Store(self.path, read_only=not writable)
        self._write_lock = threading.Lock()

    @contextmanager
    def reader(self) -> Iterator[Store]:
        store = _CursorStore(self._store)
        try:
            yield store
        finally:
            store.con.close()

    @contextmanager
    def writer(self, transaction: bool = True) -> Iterator[Store]:
        """The store, for writing, one writer at a time; in a transaction unless the caller
        manages its own (corpus.update does)."""
        with self._write_lock:
            store = _CursorStore(self._store)
            self.cache.clear()
            try:
                if not transaction:
                    yield store
                    return
                store.begin()
                try:
                    yield store
                except BaseException:
                    store.con.execute("ROLLBACK")
                    raise
                store.commit()
            finally:
                store.con.close()
                self.cache.clear()  # again: a GET may have cached a page during the write

    def close(self) -> None:
        self._store.close()
