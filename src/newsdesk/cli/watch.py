"""`newsdesk watch FEED_OR_URL_LIST... --every 15m`: poll feeds and pages, ingest what is new
(runner/watch.py says how: conditional GETs, items seen before skipped, state in the store)."""
from __future__ import annotations

import argparse
import re
import signal
import sys

from ..api import watch
from ..options import DEFAULT_DB, Options
from .analyze import add_voice_option, options_from

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def register(sub) -> None:
    p = sub.add_parser("watch", help="poll feeds and URL lists, ingest new items as they appear")
    p.add_argument("sources", nargs="+", metavar="FEED_OR_URL_LIST",
                   help="a feed or page URL, or a file listing URLs (one a line, # comments; "
                        "read again every round)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB}); a "
                   "store that `newsdesk serve` holds gets its records through the server")
    p.add_argument("--every", default="15m", type=duration, metavar="DURATION",
                   help="time between rounds: 90s, 15m (default), 1h")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                   help="at least this long between two requests to one host (default 1)")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="analyse in N worker processes (0, default: in this process)")
    p.add_argument("--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(field=[], max_bytes=Options.max_bytes, fetch_feed_items=True)
    add_voice_option(p)
    p.set_defaults(run=run_watch)


def duration(text: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"a duration like 90s, 15m or 1h, not {text!r}")
    return float(m.group(1)) * UNITS[m.group(2) or "s"]


def _stop(signum, frame):
    raise KeyboardInterrupt  # SIGTERM stops a watch the way Ctrl-C does


def run_watch(args) -> int:
    options = options_from(args).with_(quiet=True, fetch_delay=args.delay)

    def said(done) -> None:
        if not args.quiet or done.failed or done.skipped:
            print(f"newsdesk watch: {done.summary()}", flush=True)
        for failure in done.failed:
            print(f"newsdesk watch: not reachable (next round tries again): {failure}",
                  file=sys.stderr, flush=True)

    signal.signal(signal.SIGTERM, _stop)
    try:
        watch(args.sources, db=args.db, every=args.every, once=args.once, options=options,
              workers=args.workers, on_round=said)
    except KeyboardInterrupt:
        print("newsdesk watch: stopped", file=sys.stderr, flush=True)
    return 0
