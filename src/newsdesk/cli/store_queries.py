"""Queries over the store: `newsdesk articles` (later issues add events, stories, dyads, quotes)."""
from __future__ import annotations

import csv
import json
import sys

from ..options import DEFAULT_DB
from ..store import Store
from .table import format_table


def register(sub) -> None:
    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--publisher")
    p.add_argument("--limit", type=int, default=50)
    add_format_option(p)
    p.set_defaults(run=run_articles)


def add_format_option(p) -> None:
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")


def print_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    """Rows as a table, CSV or JSON lines (every column for json)."""
    if fmt == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        print(format_table([[r.get(c) for c in columns] for r in rows], columns))


def list_articles(db: str, publisher: str | None = None, limit: int = 50) -> list[dict]:
    with Store(db, read_only=True) as store:
        where, params = "", []
        if publisher:
            where, params = "WHERE a.publisher = ?", [publisher]
        return store.query(
            "SELECT a.id, a.published, a.publisher, a.title,"
            " (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events"
            f" FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.title LIMIT ?",
            params + [limit])


def run_articles(args) -> int:
    rows = list_articles(args.db, args.publisher, args.limit)
    for r in rows:
        r["id"] = r["id"][:12] if args.format == "table" else r["id"]
    print_rows(rows, args.format, ["id", "published", "publisher", "title", "sentences", "quotes", "events"])
    return 0
