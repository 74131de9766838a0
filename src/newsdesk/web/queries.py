"""Store queries the web needs beyond the corpus layer: articles (paged, filtered, searched),
counts, and parsing of the `A:B` dyad filter. Every value reaches SQL as a parameter."""
from __future__ import annotations

import re

from ..errors import InputError
from ..store import Store

_ACTOR = re.compile(r"^[A-Za-z]{2,12}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]*)?)?)?$")


def parse_dyad(dyad: str) -> tuple[str, str, bool]:
    """'CHN:RUS' -> ('CHN', 'RUS', False) (either direction); 'CHN>RUS' -> one direction.
    InputError for anything else."""
    directed = ">" in dyad
    parts = dyad.split(">" if directed else ":")
    if len(parts) != 2 or not all(_ACTOR.match(p.strip()) for p in parts):
        raise InputError("dyad must look like A:B (or A>B for one direction) with two actor "
                         "codes, e.g. CHN:RUS")
    return parts[0].strip().upper(), parts[1].strip().upper(), directed


def check_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise InputError(f"{name} must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _article_filters(publisher, since, until, q) -> tuple[str, list]:
    where, params = [], []
    if publisher:
        where.append("a.publisher = ?")
        params.append(publisher)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        # An until date includes the whole day/month: compare on the prefix.
        where.append("left(a.published, ?) <= ?")
        params += [len(until), until]
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
        params += [like, like]
    return ("WHERE " + " AND ".join(where)) if where else "", params


def list_articles(store: Store, publisher: str | None = None, since: str | None = None,
                  until: str | None = None, q: str | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict]]:
    """(total matching, one page of article summaries), newest first, in one query."""
    where, params = _article_filters(publisher, since, until, q)
    rows = store.query(
        "WITH page AS (SELECT a.id, a.title, a.published, a.publisher, a.url, a.authors,"
        " a.language, length(a.text) AS chars, count(*) OVER () AS total"
        f" FROM articles a {where}"
        " ORDER BY a.published DESC NULLS LAST, a.title, a.id LIMIT ? OFFSET ?)"
        " SELECT p.*, (SELECT count(*) FROM quotes q WHERE q.article_id = p.id) AS quotes,"
        " (SELECT count(*) FROM events e WHERE e.article_id = p.id) AS events"
        " FROM page p ORDER BY p.published DESC NULLS LAST, p.title, p.id",
        params + [limit, offset])
    if rows:
        total = rows[0]["total"]
    else:  # past the last page: count on its own
        total = store.query(f"SELECT count(*) AS n FROM articles a {where}", params)[0]["n"]
    for r in rows:
        del r["total"]
    return total, rows


def counts(store: Store) -> dict[str, int]:
    return store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events,"
        " (SELECT count(DISTINCT publisher) FROM articles) AS publishers")[0]


def publishers(store: Store) -> list[str]:
    return [r["publisher"] for r in store.query(
        "SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL ORDER BY 1")]


def leads(store: Store, article_ids: list[str], chars: int = 480) -> dict[str, str]:
    """The opening of each article's text, by id (for side-by-side story columns)."""
    if not article_ids:
        return {}
    marks = ", ".join("?" * len(article_ids))
    rows = store.query(f"SELECT id, left(text, ?) AS lead FROM articles WHERE id IN ({marks})",
                       [chars, *article_ids])
    return {r["id"]: r["lead"] for r in rows}
