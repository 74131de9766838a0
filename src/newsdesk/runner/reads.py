"""The command line's reads of a store: from the file, or from the live server that holds it.

    with open_reader("news.duckdb") as reader:     # LocalReader, or ServerReader
        rows = reader.read("list_events", actor="CHN", limit=20)

A running `newsdesk serve` holds its store read-write, and DuckDB then keeps every other
process out of the file, readers too (store/live.py says why the server holds it). So a query
command that finds the file held by a live server asks that server to run the same read: one
POST /api/handoff/read {"read": NAME, "args": {...}}, answered by the same function of READS
over the server's own connection (web/handoff.py), so the rows, and the command's output, are
the ones a read of the file gives. Why not the public GET routes: they cap pages at
MAX_PAGE_SIZE, validate parameters their own way (a CLI `--limit 1000` or `--cameo 1` would
answer differently), and have no route for every read (errors, staleness); one private route
that runs the named read keeps a single definition of each query. It takes the handoff secret
of the owner-only sidecar, like the ingest routes: it serves any page size, so it is not open.

On the wire the rows are JSON, with datetimes (errors' created_at) and dates tagged so that
the client gets back the Python values the file would give (`encode` / `decode`).
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Callable

from ..corpus.dyads import dyad_series
from ..errors import InputError, StoreBusyError, StoreError
from ..store import Store, queries
from ..store.corpus_tables import corpus_is_stale
from ..store.live import LiveServer, live_server
from .handoff import HandoffClient

# Every read a CLI command makes, by name: fn(store, **args) -> rows (or a value).
READS: dict[str, Callable[..., Any]] = {
    "list_articles": queries.list_articles,
    "list_errors": queries.list_errors,
    "list_events": queries.list_events,
    "list_stories": queries.list_stories,
    "list_quotes": queries.list_quotes,
    "busiest_dyads": queries.busiest_dyads,
    "dyad_series": dyad_series,
    "corpus_is_stale": corpus_is_stale,
}


# -- the wire -----------------------------------------------------------------------------------
def _tag(value):
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"a read returned a {type(value).__name__}, which has no JSON form here")


def _untag(obj: dict):
    if len(obj) == 1:
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
    return obj


def encode(result) -> bytes:
    return json.dumps({"result": result}, ensure_ascii=False, default=_tag).encode()


def decode(body: bytes):
    return json.loads(body, object_hook=_untag)["result"]


def answer(store: Store, name: str, args: dict) -> bytes:
    """The server's side: run the read `name` with `args` on `store`, encoded for the wire.
    InputError (answered 422) for a read that is not in READS or arguments it does not take."""
    fn = READS.get(name)
    if fn is None:
        raise InputError(f"no read named {name!r} (one of {', '.join(sorted(READS))})")
    try:
        result = fn(store, **args)
    except TypeError as exc:  # an argument the read does not take (a client of another version)
        raise InputError(f"read {name}: {exc}") from None
    return encode(result)


# -- the readers --------------------------------------------------------------------------------
class LocalReader:
    """This process reads the file (read-only: other readers may share it)."""

    server: LiveServer | None = None

    def __init__(self, store: Store):
        self.store = store

    def read(self, name: str, **args):
        return READS[name](self.store, **args)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ServerReader:
    """A live `newsdesk serve` holds the file: it runs the reads (see the module docstring)."""

    def __init__(self, server: LiveServer):
        self.server = server
        self.client = HandoffClient(server)

    def read(self, name: str, **args):
        if name not in READS:
            raise KeyError(name)
        resp = self.client.request("read", {"read": name, "args": args})
        if resp.status_code == 422:  # the read's own InputError: the same message as locally
            raise InputError(_message(resp))
        if resp.status_code >= 400:
            raise StoreError(f"the server at {self.server.url} could not answer the read "
                             f"{name} (HTTP {resp.status_code}): {_message(resp)}")
        return decode(resp.content)

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _message(resp) -> str:
    try:
        return str(resp.json()["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return resp.text[:200]


def open_reader(db: str) -> LocalReader | ServerReader:
    """The store file opened read-only, or, when a live `newsdesk serve` holds it, a reader
    that asks that server. StoreError when the file cannot be opened (StoreBusyError: held
    by a process that is no live server; the message names a stale sidecar), or when the
    server named by the sidecar does not answer (raised by the first read)."""
    try:
        return LocalReader(Store(db, read_only=True))
    except StoreBusyError:
        server = live_server(db)
        if server is None:
            raise
        return ServerReader(server)
