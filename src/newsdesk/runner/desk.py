"""Where an ingest (or a watch round) writes: the store file, or the live server holding it.

    with open_desk("news.duckdb") as desk:   # LocalDesk, or ServerDesk when `serve` holds it
        desk.ingest(keyed_inputs, runner, on_input)
        desk.update_corpus(options)             # corpus.update's result, from either

Both give the same outcomes through the same ledger writer (writer.py locally; handoff.py's
server side in the serving process). The store is opened when the desk is and closed with
it, so a `newsdesk watch` that opens one desk per round lets a `newsdesk serve` start between
rounds, and hands its records to that server from the next round on.
"""
from __future__ import annotations

from typing import Callable, Iterable

from .. import corpus
from ..errors import StoreBusyError
from ..store import Store, watch_state
from ..store.ledger import accounted_keys
from ..store.live import LiveServer, live_server
from .handoff import HandoffClient, hand_off
from .writer import Accounted, write_inputs


class LocalDesk:
    """This process writes the store file."""

    server: LiveServer | None = None

    def __init__(self, store: Store):
        self.store = store

    def ingest(self, inputs: Iterable, runner, on_input: Callable[[Accounted], None]) -> None:
        write_inputs(self.store, inputs, runner, on_input)

    def update_corpus(self, options=None, full: bool = False) -> dict:
        return corpus.update(self.store, options, full=full)

    def accounted_keys(self, keys: list[str]) -> set[str]:
        return accounted_keys(self.store, keys)

    def validators(self, url: str) -> dict:
        return watch_state.validators(self.store, url)

    def record_poll(self, url: str, status: int, etag: str | None, last_modified: str | None,
                    new_items: int) -> None:
        watch_state.record_poll(self.store, url, status, etag, last_modified, new_items)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ServerDesk:
    """A `newsdesk serve` holds the store: records are handed to it (handoff.py)."""

    store = None

    def __init__(self, server: LiveServer):
        self.server = server
        self.client = HandoffClient(server)

    def ingest(self, inputs: Iterable, runner, on_input: Callable[[Accounted], None]) -> None:
        hand_off(self.client, inputs, runner, on_input)

    def update_corpus(self, options=None, full: bool = False) -> dict:
        # The server's corpus options are its own (the defaults): the tables it serves are
        # the ones its own writes keep up to date.
        return self.client.update_corpus(full)

    def accounted_keys(self, keys: list[str]) -> set[str]:
        return set(self.client.post("accounted", {"keys": list(keys)})["keys"]) if keys else set()

    def validators(self, url: str) -> dict:
        return self.client.post("validators", {"url": url})

    def record_poll(self, url: str, status: int, etag: str | None, last_modified: str | None,
                    new_items: int) -> None:
        self.client.post("record-poll", {"url": url, "status": status, "etag": etag,
                                         "last_modified": last_modified, "new_items": new_items})

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_desk(db: str) -> LocalDesk | ServerDesk:
    """The store file opened for writing, or, when a live `newsdesk serve` holds it, a desk
    that hands records to that server. StoreBusyError when another process (not a server:
    an ingest, a read-only `serve --read-only`, a query) holds it."""
    try:
        return LocalDesk(Store(db))
    except StoreBusyError:
        server = live_server(db)
        if server is None:
            raise
        return ServerDesk(server)
