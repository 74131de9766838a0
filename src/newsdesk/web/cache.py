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
    headers: tuple[tuple[bytes, bytes], ...]  # as ASGI sends them
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


class CacheMiddleware:
    """Pure ASGI: a hit is answered here, before any routing; a 200 GET is kept on its way out."""

    def __init__(self, app, cache: ResponseCache):
        self.app, self.cache = app, cache

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"].startswith("/static/")):
            return await self.app(scope, receive, send)
        key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
        hit = self.cache.get(key)
        if hit is not None:
            await send({"type": "http.response.start", "status": hit.status,
                        "headers": list(hit.headers)})
            await send({"type": "http.response.body", "body": hit.body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        if start.get("status") == 200:
            self.cache.put(key, Cached(200, tuple(start.get("headers") or ()), b"".join(chunks)))
