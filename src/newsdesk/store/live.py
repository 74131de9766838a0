"""Which `newsdesk serve` holds a store file: the sidecar `STORE.serve.json`.

DuckDB lets one process write a file, and a process that writes it keeps every other process
out (even readers). A live desk needs both a server and ingests into the same store, so the
serving process is the store's one writer, and it says so next to the file:

    news.duckdb.serve.json   {"url": "http://127.0.0.1:8000", "pid": 4242, "secret": "..."}

`newsdesk ingest` / `newsdesk watch`, finding the file held (StoreBusyError) and a live
server in the sidecar, analyse in their own process and hand the finished records to that
server (runner/handoff.py), which writes them through the same ledger writer as ingest. The
query commands (`articles`, `events`, ...) and `export` (streamed) have the server run their
read, and `update-corpus` has it update the corpus tables (runner/reads.py, runner/desk.py).

Why a sidecar rather than the server letting go of the file between requests: opening a
DuckDB file costs ~100 ms a request on a 3,000-article store (the query itself ~65 ms on a
held connection, ~200 ms on a freshly opened one: its caches start cold), and a reader
holding the file open, however briefly, locks a writer out (file locks are not fair: a busy
server could starve an ingest). Inside one process DuckDB's MVCC lets readers run while the
one writer writes, so readers never block it.

The secret is a fresh random string per server run, not the user's `--token`: it only lets
a process of the same user hand records to this server, and the file is created mode 0600
(owner read/write only). A sidecar whose pid is gone is stale and ignored (a server that
was killed cannot remove its own; its lock went with it, so the file opens again), and named
in the error when something else holds the file (stale_sidecar).
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".serve.json"


@dataclass(frozen=True)
class LiveServer:
    url: str  # where the server answers, e.g. http://127.0.0.1:8000
    pid: int
    secret: str  # sent as X-Newsdesk-Handoff on the handoff routes
    sidecar: str = ""  # the file it was read from (named when the server does not answer)


def sidecar_path(db: str | Path) -> Path:
    return Path(str(db) + SUFFIX)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def announce(db: str | Path, url: str, secret: str) -> Path:
    """Write the sidecar for this process (replacing a stale one), readable by its owner only."""
    path = sidecar_path(db)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.unlink(missing_ok=True)  # left by a process of the same pid that died mid-write
    # O_EXCL on a private name, then an atomic rename: the secret is never in a file that
    # another user could read, not even for a moment.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": url, "pid": os.getpid(), "secret": secret}, fh)
    os.replace(tmp, path)
    return path


def withdraw(db: str | Path) -> None:
    """Remove the sidecar if this process wrote it (never another server's)."""
    path = sidecar_path(db)
    found = _read(path)
    if found is not None and found.pid == os.getpid():
        path.unlink(missing_ok=True)


def live_server(db: str | Path) -> LiveServer | None:
    """The server that announced itself for this store, if its process is still alive."""
    found = _read(sidecar_path(db))
    if found is None or not _alive(found.pid):
        return None
    return found


def stale_sidecar(db: str | Path) -> LiveServer | None:
    """The sidecar's server if the file names one whose process is gone (None otherwise)."""
    found = _read(sidecar_path(db))
    return found if found is not None and not _alive(found.pid) else None


def _read(path: Path) -> LiveServer | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LiveServer(str(data["url"]), int(data["pid"]), str(data["secret"]), str(path))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, another user's
        return True
    return True
