"""`newsdesk serve`: the REST API and web UI over one store (loopback unless told otherwise).

The server is the store's one writer: it holds the file read-write and announces itself in
the sidecar STORE.serve.json (store/live.py), so `newsdesk ingest --db STORE` and `newsdesk
watch --db STORE` hand it their records, and the query commands and `update-corpus` ask it,
instead of failing on DuckDB's file lock.
`--read-only` opens the file read-only instead (other read-only processes may then share it,
and nothing can be ingested while it runs)."""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from .. import corpus
from ..errors import InputError
from ..options import DEFAULT_DB
from ..store import Store, live
from ..store.corpus_tables import corpus_is_stale  # the one staleness check (export uses it too)


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the REST API and the web reader over a store")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=None,
                   help="token that enables writes (POST /api/analyze); default $NEWSDESK_TOKEN; "
                        "without one the server is read-only")
    p.add_argument("--no-update", action="store_true",
                   help="do not bring the corpus tables (stories, merged events) up to date first")
    p.add_argument("--cache", type=int, default=512, metavar="N",
                   help="keep up to N GET responses until the next write (0: no cache)")
    p.add_argument("--read-only", action="store_true",
                   help="open the store read-only: other read-only processes may share it, "
                        "but `newsdesk ingest`/`watch` cannot write to it while it runs "
                        "(default: the server holds it and writes what they hand it)")
    p.set_defaults(run=run_serve)


def update_corpus_if_stale(db: str) -> None:
    if not Path(db).exists():
        return
    with Store(db) as store:
        if corpus_is_stale(store):
            print("newsdesk serve: updating the corpus tables (stories, merged events) first",
                  file=sys.stderr)
            corpus.update(store)


def run_serve(args) -> int:
    # Imported on first use: uvicorn and the web app (FastAPI, Jinja) cost about half a
    # second that every other command would pay at start-up.
    import uvicorn

    from ..web import create_app

    if not args.no_update:
        update_corpus_if_stale(args.db)
    token = args.token or os.environ.get("NEWSDESK_TOKEN") or None
    if token and args.read_only:
        raise InputError("--read-only and a write token exclude each other")
    secret = None if args.read_only else live.new_secret()
    app = create_app(args.db, token=token, cache_size=args.cache, handoff_secret=secret)
    mode = "API read-write (token set)" if token else "API read-only (no token)"
    mode += ("; store read-only" if args.read_only else
             "; takes `newsdesk ingest/watch --db` records, answers the query commands")
    print(f"newsdesk serve: {args.db}, {mode}, on http://{args.host}:{args.port}/",
          file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"newsdesk serve: warning: listening on {args.host}, reachable from other "
              "machines (plain HTTP: put a TLS proxy in front if a token is used)",
              file=sys.stderr)
    if secret:
        live.announce(args.db, local_url(args.host, args.port), secret)
    # uvicorn shuts down on SIGTERM as on Ctrl-C, then raises the signal again with the
    # handler it found: ours makes that a normal exit, so the sidecar is withdrawn below (the
    # default handler would end the process before `finally`)
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except SystemExit as stop:
        if stop.code != 0:
            raise
    finally:
        signal.signal(signal.SIGTERM, previous)
        if secret:
            live.withdraw(args.db)
    return 0


def _stop(signum, frame) -> None:
    raise SystemExit(0)


def local_url(host: str, port: int) -> str:
    """Where a process on this machine reaches the server (a wildcard bind is loopback)."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host in ("::", "[::]"):
        host = "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
