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

`newsdesk export` reads through the same route (the export_* reads: export/ formats what they
give, so its output is byte for byte the one a read of the file gives). Its reads are too big
for one JSON answer: a read that yields (a generator function of READS) is streamed, one JSON
line per row, sent in batches of STREAM_BATCH, and closed by an {"end": N} line (or an
{"error": ...} line when the read fails half-way), so that neither side holds the rows and a
broken-off answer is noticed; the server's cursor stays open until the last line is sent,
and one SQL statement gives one snapshot even while the server writes. A read that returns
an Arrow table (the parquet export's) is sent as an Arrow IPC stream, which keeps its types
and schema exactly.
"""
from __future__ import annotations

import inspect
import json
from datetime import date, datetime
from itertools import islice
from typing import Any, Callable, Iterator

import httpx

from ..corpus.dyads import dyad_report, dyad_series
from ..errors import InputError, StoreBusyError, StoreError
from ..store import Store, exports, queries
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
    "dyad_report": dyad_report,
    "corpus_is_stale": corpus_is_stale,
    # `newsdesk export`: streamed (generators), and one table as Arrow.
    "export_records": exports.iter_records,
    "export_event_rows": exports.iter_event_rows,
    "export_table": exports.table_arrow,
}
JSON, NDJSON = "application/json", "application/x-ndjson"
ARROW = "application/vnd.apache.arrow.stream"
STREAM_BATCH = 1000  # rows per chunk of a streamed answer


def streamed(name: str) -> bool:
    """True for a read whose rows are streamed (a generator function)."""
    return inspect.isgeneratorfunction(READS[name])


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


def _line(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, default=_tag).encode() + b"\n"


def _chunks(first: list, rows: Iterator) -> Iterator[bytes]:
    n, batch = 0, first
    try:
        while batch:
            n += len(batch)
            yield b"".join(_line({"item": row}) for row in batch)
            batch = list(islice(rows, STREAM_BATCH))
    except Exception as exc:  # noqa: BLE001 (sent as the last line: the client raises it)
        yield _line({"error": f"{type(exc).__name__}: {exc}"})
        return
    yield _line({"end": n})


def _arrow_bytes(table) -> bytes:
    import pyarrow as pa  # heavy: only a parquet export sends a table

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def answer(store: Store, name: str, args: dict) -> tuple[bytes | Iterator[bytes], str]:
    """The server's side: run the read `name` with `args` on `store`, encoded for the wire, and
    its media type: JSON bytes; an iterator of JSON-lines chunks for a streamed read (read from
    `store` as it is sent: close the store after the last chunk); Arrow IPC bytes for a table.
    InputError (answered 422) for a read that is not in READS or arguments it does not take.
    A streamed read's first batch is read here, so a read that fails at once fails before
    anything is sent."""
    fn = READS.get(name)
    if fn is None:
        raise InputError(f"no read named {name!r} (one of {', '.join(sorted(READS))})")
    try:
        result = fn(store, **args)
    except TypeError as exc:  # an argument the read does not take (a client of another version)
        raise InputError(f"read {name}: {exc}") from None
    if isinstance(result, Iterator):
        return _chunks(list(islice(result, STREAM_BATCH)), result), NDJSON
    if type(result).__module__.split(".")[0] == "pyarrow":
        return _arrow_bytes(result), ARROW
    return encode(result), JSON


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
        """The read's result, as LocalReader gives it (a streamed read: an iterator of its
        rows; the request is sent, and its status checked, before this returns)."""
        if name not in READS:
            raise KeyError(name)
        payload = {"read": name, "args": args}
        if streamed(name):
            resp = self.client.request("read", payload, stream=True)
            try:
                self._check(name, resp)
            except BaseException:
                resp.close()
                raise
            return self._rows(name, resp)
        resp = self.client.request("read", payload)
        self._check(name, resp)
        if resp.headers.get("content-type", "").startswith(ARROW):
            import pyarrow as pa  # heavy: only a parquet export receives a table

            return pa.ipc.open_stream(resp.content).read_all()
        return decode(resp.content)

    def _check(self, name: str, resp) -> None:
        if resp.status_code < 400:
            return
        resp.read()  # a streamed response's error body
        if resp.status_code == 422:  # the read's own InputError: the same message as locally
            raise InputError(_message(resp))
        raise StoreError(f"the server at {self.server.url} could not answer the read "
                         f"{name} (HTTP {resp.status_code}): {_message(resp)}")

    def _rows(self, name: str, resp) -> Iterator:
        try:
            for line in resp.iter_lines():
                if not line:
                    continue
                msg = json.loads(line, object_hook=_untag)
                if "item" in msg:
                    yield msg["item"]
                elif "end" in msg:
                    return
                else:
                    raise StoreError(f"the server at {self.server.url} failed during the read "
                                     f"{name}: {msg.get('error')}")
            raise StoreError(f"the server at {self.server.url} broke off its answer to the "
                             f"read {name}")
        except httpx.HTTPError as exc:
            raise StoreError(f"the server at {self.server.url} broke off its answer to the "
                             f"read {name}: {type(exc).__name__}: {exc}") from None
        finally:
            resp.close()

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
