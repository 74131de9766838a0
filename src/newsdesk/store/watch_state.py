"""What `newsdesk watch` remembers of each polled URL (table `watched_urls`): the HTTP
validators of its last answer (ETag, Last-Modified) for the next conditional GET, and when it
last changed. Which items were already ingested is the inputs ledger's (ledger.accounted_keys).
"""
from __future__ import annotations

from .database import Store


def validators(store: Store, url: str) -> dict:
    """{etag, last_modified} of the URL's last answer (values None when never polled)."""
    rows = store.con.execute("SELECT etag, last_modified FROM watched_urls WHERE url = ?",
                             [url]).fetchall()
    etag, modified = rows[0] if rows else (None, None)
    return {"etag": etag, "last_modified": modified}


def record_poll(store: Store, url: str, status: int, etag: str | None,
                last_modified: str | None, new_items: int) -> None:
    """Remember one poll. A 304 keeps the validators and counts already stored."""
    if status == 304:
        store.con.execute("INSERT INTO watched_urls (url, status, checked_at) "
                          "VALUES (?, 304, current_timestamp) ON CONFLICT (url) DO UPDATE SET "
                          "status = 304, checked_at = now()", [url])
        return
    store.con.execute(
        "INSERT INTO watched_urls (url, etag, last_modified, status, new_items, checked_at, "
        "changed_at) VALUES (?, ?, ?, ?, ?, current_timestamp, current_timestamp) "
        "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
        "last_modified = excluded.last_modified, status = excluded.status, "
        "new_items = excluded.new_items, checked_at = now(), changed_at = now()",
        [url, etag, last_modified, status, new_items])


def polls(store: Store) -> list[dict]:
    """Every watched URL with its last poll (for `newsdesk watch --status`-like reports)."""
    return store.query("SELECT url, status, new_items, checked_at, changed_at, etag, "
                       "last_modified FROM watched_urls ORDER BY url")
