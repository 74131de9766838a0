"""HTTP(S) sources: fetch politely (http.py), then read the response by its content type.

A page (HTML or text) becomes one document (pages.py); a feed or a news sitemap becomes its
items (feeds.py). The document's `meta.url` is the final URL (or the page's canonical one),
and `meta.source` the URL as given. Any failure is an InputError item (a FetchError for the
fetch itself), so a batch records it and goes on.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import FetchError, InputError
from ..options import Options
from .feeds import documents_from_feed
from .http import Fetcher, Response
from .pages import document_from_page


def read_url(url: str, options: Options, fetcher: Fetcher | None = None) -> Iterator:
    """Documents (a page, or a feed's items) and InputErrors for one URL. Without a
    `fetcher`, one is opened for this URL and closed after it."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        try:
            resp = fetcher.get(url)
        except FetchError as exc:
            yield exc
            return
        yield from documents_from_response(resp, options, fetcher)
    finally:
        if own:
            fetcher.close()


def documents_from_response(resp: Response, options: Options, fetcher: Fetcher | None = None) -> Iterator:
    """Documents and InputErrors for one fetched response: a feed's items, or the page."""
    try:
        if len(resp.body) > options.max_bytes:
            raise InputError(f"response over the {options.max_bytes}-byte input limit", resp.url)
        if resp.kind() == "feed":
            yield from documents_from_feed(resp.body, resp.url, options, fetcher)
        else:
            yield document_from_page(resp, options)
    except InputError as exc:
        yield exc
