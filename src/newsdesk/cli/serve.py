"""`newsdesk serve`: the REST API and web UI over one store (loopback unless told otherwise)."""
from __future__ import annotations

import os
import sys

from ..options import DEFAULT_DB
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
    p.set_defaults(run=run_serve)


def update_corpus_if_stale(db: str) -> None:
    from pathlib import Path

    from .. import corpus
    from ..store import Store

    if not Path(db).exists():
        return
    with Store(db) as store:
        if corpus_is_stale(store):
            print("newsdesk serve: updating the corpus tables (stories, merged events) first",
                  file=sys.stderr)
            corpus.update(store)


def run_serve(args) -> int:
    import uvicorn

    from ..web import create_app

    if not args.no_update:
        update_corpus_if_stale(args.db)
    token = args.token or os.environ.get("NEWSDESK_TOKEN") or None
    app = create_app(args.db, token=token, cache_size=args.cache)
    mode = "read-write (token set)" if token else "read-only (no token)"
    print(f"newsdesk serve: {args.db}, {mode}, on http://{args.host}:{args.port}/",
          file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"newsdesk serve: warning: listening on {args.host}, reachable from other "
              "machines (plain HTTP: put a TLS proxy in front if a token is used)",
              file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
