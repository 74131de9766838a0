"""Queries over the store: `newsdesk articles` and `newsdesk errors` (the corpus queries are
in cli/corpus.py). Each is a thin shell over store.queries, read from the file or, while a
`newsdesk serve` holds it, by that server (runner/reads.py): the same rows either way."""
from __future__ import annotations

from ..options import DEFAULT_DB
from ..runner.reads import open_reader
from .table import add_format_option, print_rows

ERROR_COLUMNS = ["created_at", "input", "stage", "message"]


def register(sub) -> None:
    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--publisher")
    p.add_argument("--limit", type=int, default=50)
    add_format_option(p)
    p.set_defaults(run=run_articles)

    p = sub.add_parser("errors", help="list what went wrong: inputs that never became articles, "
                                      "and stages that failed on stored ones")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--stage", help="only this stage ('input' for inputs that were never stored)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    add_format_option(p)
    p.set_defaults(run=run_errors)


def run_articles(args) -> int:
    with open_reader(args.db) as reader:
        _, rows = reader.read("list_articles", publisher=args.publisher, limit=args.limit)
    for r in rows:
        r["id"] = r["id"][:12] if args.format == "table" else r["id"]
    print_rows(rows, args.format, ["id", "published", "publisher", "title", "sentences", "quotes", "events"])
    return 0


def run_errors(args) -> int:
    with open_reader(args.db) as reader:
        rows = reader.read("list_errors", stage=args.stage, limit=args.limit, offset=args.offset)
    if args.format == "table":
        for r in rows:
            r["created_at"] = f"{r['created_at']:%Y-%m-%d %H:%M}" if r["created_at"] else ""
    print_rows(rows, args.format, ERROR_COLUMNS)
    return 0
