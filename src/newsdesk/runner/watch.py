"""`newsdesk watch FEED_OR_URL_LIST... --every 15m`: follow feeds (and pages) over time.

Each round polls every watched URL and ingests what is new, the way `newsdesk ingest` does
(the ledger, the corpus tables brought up to date once a round when articles arrived):

- A URL is polled with a conditional GET (the ETag / Last-Modified of its last answer, kept
  in the store's `watched_urls`): an unchanged feed answers 304 and costs nothing more.
- A feed's items are keyed `watch:FEED#ITEM` (ITEM: the item's guid, else its link), and an
  item whose key the ledger holds is passed over before its page is fetched: an item is read
  once, however often the feed lists it. A URL that is a page is keyed `watch:URL` and read once.
- Every request goes through one Fetcher for the whole watch, so the per-host delay
  (`Options.fetch_delay`) holds across feeds, their item pages and rounds.
- A feed that cannot be fetched (down, timing out, 5xx) is reported and tried again next round;
  it is not an input, so it leaves no error row. Its items, once read, are inputs like any
  other: each ends as an article, an error row or a duplicate.

The store is opened for each round and closed after it (runner/desk.py), so the state
survives restarts and a `newsdesk serve` may start between two rounds; from then on the
rounds hand their records to that server. Stopping (Ctrl-C) at any moment loses at most the
inputs not yet committed, which the next run reads again.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import FetchError, InputError, StoreError
from ..ingest.feeds import documents_from_feed, item_keys
from ..ingest.fetch import documents_from_response
from ..ingest.http import Fetcher, is_url
from ..ingest.language import detect_language
from ..model import Document
from ..pipeline import Pipeline
from .desk import open_desk
from .writer import Accounted, IngestReport

PREFIX = "watch:"


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class Round:
    """What one round did."""

    number: int
    urls: int = 0
    unchanged: int = 0  # answered 304 Not Modified
    failed: list[str] = field(default_factory=list)  # "URL: reason" (tried again next round)
    report: IngestReport = field(default_factory=IngestReport)
    skipped: str | None = None  # why the round wrote nothing (the store was busy)

    def summary(self) -> str:
        head = f"round {self.number}: {self.urls} URLs, {self.unchanged} unchanged"
        if self.failed:
            head += f", {len(self.failed)} not reachable"
        if self.skipped:
            return f"{head}; skipped: {self.skipped}"
        return f"{head}; {self.report.summary()}"


def watched_urls(sources: Iterable[str]) -> list[str]:
    """The URLs to poll: each URL as given, and the URLs listed in each file (one a line,
    # comments), read again every round so a list can grow while the watch runs."""
    urls: list[str] = []
    for source in sources:
        if is_url(source):
            urls.append(source)
            continue
        try:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read the URL list: {exc.strerror or exc}", source) from None
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                if not is_url(line):
                    raise InputError(f"not an http(s) URL: {line!r}", source)
                urls.append(line)
    return list(dict.fromkeys(urls))  # each once, in order


class Watcher:
    """Polls `sources` into the store `db`, one round at a time. `runner` is an entered
    runner (runner.local.InlineRunner, pool.WorkerPool, dask.DaskRunner)."""

    def __init__(self, db: str, sources: list[str], runner, log: Callable[[str], None] = _to_stderr):
        self.db, self.sources, self.runner, self.log = db, sources, runner, log
        self.pipeline: Pipeline = runner.pipeline
        # Items are read from their own pages (a feed's summary is the fallback).
        self.options = self.pipeline.options.with_(fetch_feed_items=True)
        self.fetcher = Fetcher(self.options)
        self.rounds = 0

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def round(self) -> Round:
        self.rounds += 1
        result = Round(self.rounds)
        urls = watched_urls(self.sources)
        result.urls = len(urls)
        try:
            with open_desk(self.db) as desk:
                read_before = desk.accounted_keys([PREFIX + url for url in urls])
                for url in urls:
                    if PREFIX + url not in read_before:  # a page read in an earlier round
                        self._poll(desk, url, result)
                if result.report.articles:
                    desk.update_corpus(self.pipeline.options)
        except StoreError as exc:
            # The store is busy (another ingest holds it), or the server holding it stopped
            # answering: what was committed stays, the next round goes on from there (the
            # store itself once the server is gone).
            result.skipped = str(exc)
        return result

    def _poll(self, desk, url: str, result: Round) -> None:
        known = desk.validators(url)
        try:
            resp = self.fetcher.get(url, known.get("etag"), known.get("last_modified"))
        except FetchError as exc:
            result.failed.append(f"{url}: {exc.reason}")
            return
        if resp.status == 304:
            result.unchanged += 1
            desk.record_poll(url, 304, None, None, 0)
            return
        if resp.kind() == "feed":
            keys = item_keys(resp.body)
            seen = desk.accounted_keys([f"{PREFIX}{url}#{k}" for k in keys])
            skip = {k for k in keys if f"{PREFIX}{url}#{k}" in seen}
            inputs = self._feed_inputs(url, documents_from_feed(resp.body, url, self.options,
                                                                self.fetcher, skip=skip))
        else:
            inputs = ((PREFIX + url, item)
                      for item in documents_from_response(resp, self.options, self.fetcher))
        before = result.report.inputs
        desk.ingest(_with_language(inputs), self.runner, result.report.count)
        desk.record_poll(url, resp.status, resp.etag, resp.last_modified,
                         result.report.inputs - before)

    def _feed_inputs(self, url: str, items: Iterable) -> Iterator[tuple[str, object]]:
        used: set[str] = set()
        for item in items:
            item_id = item.meta.doc_id if isinstance(item, Document) else item.doc_id
            if item_id is None:  # about the feed as a whole (no items, not a feed): a poll
                self.log(f"newsdesk watch: {item}")  # outcome, not an input
                continue
            if item_id in used:  # a feed listing one guid twice: one input
                continue
            used.add(item_id)
            yield f"{PREFIX}{url}#{item_id}", item


def _with_language(inputs: Iterable[tuple[str, object]]) -> Iterator[tuple[str, object]]:
    # As read_sources does for every document: the stages run on the languages they know.
    for key, item in inputs:
        if isinstance(item, Document) and not item.meta.language:
            item.meta.language = detect_language(item.text)
        yield key, item


def watch(db: str, sources: list[str], runner, every: float, once: bool = False,
          on_round: Callable[[Round], None] | None = None,
          log: Callable[[str], None] = _to_stderr) -> int:
    """Poll until interrupted (KeyboardInterrupt), a round every `every` seconds (a round
    longer than that is followed at once by the next); `once`: a single round. Returns the
    number of rounds. InputError when a URL list cannot be read."""
    with Watcher(db, sources, runner, log) as watcher:
        while True:
            started = time.monotonic()
            done = watcher.round()
            if on_round is not None:
                on_round(done)
            if once:
                return watcher.rounds
            time.sleep(max(0.0, every - (time.monotonic() - started)))
