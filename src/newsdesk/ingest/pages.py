"""A fetched page (an HTTP response that is HTML or plain text) to its document.

The document's `meta.source` is the URL as given and `meta.url` the final URL after redirects
(html.py prefers the page's canonical URL when it declares one). A response that is a feed is
fetch.py's to read (its items), not a page.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import Document, Meta
from ..options import Options
from .html import document_from_html
from .http import Response
from .text import clean_text, decode


def document_from_page(resp: Response, options: Options) -> Document:
    """The document of an HTML or text response; InputError for any other kind or size."""
    if len(resp.body) > options.max_bytes:
        raise InputError(f"response over the {options.max_bytes}-byte input limit", resp.url)
    kind = resp.kind()
    if kind == "html":
        meta = Meta(source=resp.url, url=resp.final_url)
        meta.extra["fetched_url"] = resp.final_url
        return document_from_html(resp.body, resp.url, options, meta=meta)
    if kind == "text":
        return clean_text(decode(resp.body, resp.url), Meta(source=resp.url, url=resp.final_url))
    if kind == "feed":
        raise InputError("a feed, not a page", resp.url)
    raise InputError(f"unsupported content type {resp.content_type or '(none)'!r}", resp.url)
