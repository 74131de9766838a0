"""A small LRU of rendered GET responses, cleared whenever the server writes.

What a GET returns depends only on the database, and the database changes only through this
server's own writer: DuckDB lets no other process write a file the server has open. So a
response can be kept until the next write, which clears the cache.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Cached:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


class ResponseCache:
    def __init__(self, size: int = 512, max_body: int = 512 * 1024):
        self.size, self.max_body = size, max_body
        self._items: OrderedDict[str, Cached] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Cached | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: str, item: Cached) -> None:
        if self.size <= 0 or len(item.body) > self.max_body:
            return
        with self._lock:
            self._items[key] = item
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
