"""The inputs ledger and the single writer of an ingest: every input accounted for once, in
batched transactions.

Each input of a job has a key, `SOURCE#n` (the SOURCE argument as given and the ordinal of the
input within it), and a hash (`input_key_hash`: the article id of a document or a hash of an
input error, plus a hash of the field mapping when there is one), so a changed input, or the
same input read with another `--field` mapping, under the same key counts as a new input. When
an input is accounted for, its rows (article, error or duplicate) and its row in the `inputs`
ledger are written in the same transaction; transactions are committed every `batch_size`
inputs. A run killed at any moment therefore leaves whole inputs or nothing, and the same
command run again skips exactly the inputs the ledger holds.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from ..errors import InputError
from ..model import Document
from .database import Store


@dataclass(frozen=True)
class InputKey:
    key: str  # SOURCE#n
    fingerprint: str  # input_key_hash(...) (the ledger's column keeps its first name)


def input_key_hash(item: Document | InputError, fields: dict[str, str] | None = None) -> str:
    """What an input under one key was: its article id (a document) or 'error:' + a hash of the
    error, then '|fields:' + a hash of the field mapping (Options.fields) when one was given.

    Without a mapping the hash is the bare id, as ledgers written before the mapping counted
    hold it, so their runs still resume. The mapping is hashed in key order (the same mapping
    given in another order is the same mapping)."""
    if isinstance(item, InputError):
        base = "error:" + hashlib.sha256(str(item).encode("utf-8", "replace")).hexdigest()[:16]
    else:
        base = item.id
    if not fields:
        return base
    mapping = json.dumps(sorted(fields.items()), ensure_ascii=False)
    return f"{base}|fields:{hashlib.sha256(mapping.encode()).hexdigest()[:12]}"


def accounted_keys(store: Store, keys: list[str]) -> set[str]:
    """The keys among `keys` that an ingest accounted for, whatever the input was then
    (`newsdesk watch` skips a feed item it has seen under its key before fetching its page)."""
    if not keys:
        return set()
    rows = store.con.execute("SELECT DISTINCT input_key FROM inputs WHERE list_contains(?, input_key)",
                             [list(keys)]).fetchall()
    return {r[0] for r in rows}


class LedgerWriter:
    """Writes inputs' rows plus their ledger rows; commits every `batch_size` inputs."""

    def __init__(self, store: Store, batch_size: int):
        self.store = store
        self.con = store.con
        self.batch_size = max(1, batch_size)
        self.pending = 0
        self.store.begin()

    # -- reads -------------------------------------------------------------------------
    def accounted(self, key: InputKey) -> tuple[str, str | None] | None:
        """(outcome, article id) if an earlier run (or this one) accounted for the input."""
        rows = self.con.execute("SELECT outcome, article_id FROM inputs WHERE input_key = ? AND fingerprint = ?",
                                [key.key, key.fingerprint]).fetchall()
        return (rows[0][0], rows[0][1]) if rows else None

    def stored_as(self, article_id: str, url: str | None) -> str | None:
        """The id of the stored article this one duplicates: same clean text, or same URL."""
        if self.store.has_article(article_id):
            return article_id
        return self.store.article_with_url(url) if url else None

    # -- writes (one input each) -------------------------------------------------------
    def article(self, key: InputKey, record: dict) -> None:
        self.store.write_record(record)
        meta = record["meta"]
        self._ledger(key, meta.get("source"), meta.get("doc_id"), "article", record["id"])

    def duplicate(self, key: InputKey, source: str | None, doc_id: str | None, article_id: str) -> None:
        self.store.write_duplicate(source, doc_id, article_id)
        self._ledger(key, source, doc_id, "duplicate", article_id)

    def error(self, key: InputKey, source: str | None, doc_id: str | None, reason: str,
              stage: str = "input") -> None:
        self.store.write_error(source, doc_id, reason, stage=stage)
        self._ledger(key, source, doc_id, "error", None)

    def _ledger(self, key: InputKey, source, doc_id, outcome: str, article_id: str | None) -> None:
        self.con.execute("INSERT INTO inputs (input_key, fingerprint, source, doc_id, outcome, article_id)"
                         " VALUES (?, ?, ?, ?, ?, ?)",
                         [key.key, key.fingerprint, source, doc_id, outcome, article_id])
        self.pending += 1
        if self.pending >= self.batch_size:
            self.commit()

    def commit(self) -> None:
        self.store.commit()
        self.store.begin()
        self.pending = 0

    def close(self) -> None:
        self.store.commit()
