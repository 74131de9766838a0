"""RSS 0.9x/1.0/2.0 and Atom feeds (`.rss`, `.atom`, `.xml`) to one document per item.

An item becomes its full page when fetching is allowed (`Options.fetch_feed_items`, off for
files by default) and the page can be fetched; otherwise its title and summary (or its
`content:encoded`, when the feed carries the article), marked `meta.extra["summary_only"]`.
Every item is accounted for: an item without any text is an error row, and so is a feed
with no items. A `.xml` file is sniffed first: a Google News sitemap lists pages (fetched
when fetching is allowed, an error row otherwise); other XML is refused with the reason.
"""
from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Container, Iterator

import feedparser
import lxml.html
from lxml import etree

from ..errors import FetchError, InputError
from ..model import Document, Meta
from ..options import Options
from .html import document_from_html
from .http import Fetcher
from .language import detect_language
from .pages import document_from_page

_ROOT = re.compile(rb"<(?!\?|!)([\w:.-]+)")
FEED_ROOTS = {"rss", "rdf:rdf", "rdf", "feed", "channel"}


def read_feed_file(path: Path, source: str, options: Options) -> Iterator:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(f"file is {size} bytes, over the {options.max_bytes}-byte limit", source)
        data = path.read_bytes()
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)
        return
    yield from documents_from_feed(data, source, options)


def root_tag(data: bytes) -> str | None:
    """The XML root element's name (lower case), skipping the prolog, comments, doctype."""
    text = re.sub(rb"<!--.*?-->", b"", data[:65536], flags=re.S)
    m = _ROOT.search(text)
    return m.group(1).decode("ascii", "replace").lower() if m else None


def documents_from_feed(data: bytes, source: str, options: Options,
                        fetcher: Fetcher | None = None, skip: Container[str] = ()) -> Iterator:
    """Documents and InputErrors for a feed's items (or a news sitemap's pages). Items whose
    `item_key` is in `skip` are passed over before their page is fetched (`newsdesk watch`:
    items seen before)."""
    root = root_tag(data)
    if root == "urlset":
        yield from _sitemap(data, source, options, fetcher)
        return
    if root == "sitemapindex":
        yield InputError("a sitemap index (lists sitemaps, not articles): give the sitemaps themselves", source)
        return
    if root not in FEED_ROOTS:
        what = f"<{root}>" if root else "no XML root element"
        yield InputError(f"not an RSS/Atom feed ({what})", source)
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield InputError(f"feed has no items{reason}", source)
        return
    feed = parsed.feed
    own_fetcher = None
    if options.fetch_feed_items and fetcher is None:
        fetcher = own_fetcher = Fetcher(options)
    try:
        for i, entry in enumerate(parsed.entries):
            if skip and item_key(entry, i) in skip:
                continue
            try:
                yield _item_document(entry, i, feed, source, options, fetcher)
            except InputError as exc:
                yield exc
    finally:
        if own_fetcher is not None:
            own_fetcher.close()


def item_key(entry, i: int) -> str:
    """What names a feed item across polls: its id (guid), else its link, else its position
    ("item N", which only a feed with neither can fall back to). It is the item's doc_id."""
    return entry.get("id") or entry.get("link") or f"item {i + 1}"


def item_keys(data: bytes) -> list[str]:
    """The item keys of a feed's items, in feed order ([] when it is not a feed)."""
    if root_tag(data) not in FEED_ROOTS:
        return []
    return [item_key(entry, i) for i, entry in enumerate(feedparser.parse(data).entries)]


def entry_date(entry) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        with warnings.catch_warnings():  # feedparser warns about its published/updated alias
            warnings.simplefilter("ignore", DeprecationWarning)
            value = (entry.get(key) or "").strip()
        if not value:
            continue
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return None


def html_to_text(fragment: str | None) -> str:
    """An item's HTML summary/content as paragraphs (blank-line separated)."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", fragment) if p.strip())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on junk markup
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    for bad in root.xpath(".//script|.//style|.//img|.//figure|.//iframe"):
        bad.drop_tree()
    for block in root.xpath(".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//blockquote|.//br"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def _entry_meta(entry, i: int, feed, source: str) -> Meta:
    authors = [a.get("name", "").strip() for a in entry.get("authors", []) if a.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"].strip()]
    meta = Meta(title=(entry.get("title") or "").strip() or None, published=entry_date(entry),
                publisher=(feed.get("title") or "").strip() or None, authors=authors,
                url=entry.get("link") or None, source=source,
                doc_id=item_key(entry, i))
    meta.extra["feed_item"] = i + 1
    return meta


def _item_document(entry, i: int, feed, source: str, options: Options, fetcher) -> Document:
    meta = _entry_meta(entry, i, feed, source)
    where = f"{source}#item{i + 1}"
    if options.fetch_feed_items and fetcher is not None and meta.url:
        try:
            return _fetched_page(meta, fetcher, options)
        except FetchError as exc:
            meta.extra["fetch_error"] = exc.reason
        except InputError as exc:
            meta.extra["fetch_error"] = exc.reason
    summary = html_to_text(entry.get("summary"))
    content = max((html_to_text(c.get("value")) for c in entry.get("content", [])), key=len, default="")
    body = content if len(content) > len(summary) else summary
    if not body and not meta.title:
        raise InputError("feed item has neither title nor text", where, meta.doc_id)
    meta.extra["summary_only"] = True
    if body is content and content:
        meta.extra["feed_content"] = True
    parts = [meta.title] if meta.title and not body.startswith(meta.title) else []
    text = "\n\n".join(parts + ([body] if body else []))
    meta.language = detect_language(text, feed.get("language"))
    return Document(text=text, meta=meta)


def _fetched_page(meta: Meta, fetcher, options: Options) -> Document:
    """The item's own page, keeping what the feed knew when the page does not say."""
    resp = fetcher.get(meta.url)
    page_meta = Meta(source=meta.source, url=resp.final_url, doc_id=meta.doc_id, extra=dict(meta.extra))
    doc = document_from_html(resp.body, meta.url, options, meta=page_meta)
    doc.meta.title = doc.meta.title or meta.title
    doc.meta.published = doc.meta.published or meta.published
    doc.meta.authors = doc.meta.authors or meta.authors
    doc.meta.publisher = doc.meta.publisher or meta.publisher
    return doc


def _sitemap(data: bytes, source: str, options: Options, fetcher: Fetcher | None) -> Iterator:
    """A (Google News) sitemap: its pages when fetching is allowed, else one error row."""
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        yield InputError(f"sitemap is not well-formed XML ({exc})", source)
        return
    urls = [el.text.strip() for el in root.iter("{*}loc") if el.text and el.text.strip()]
    if not options.fetch_feed_items:
        yield InputError(f"a sitemap lists {len(urls)} pages, not articles: fetching is off "
                         f"(pass the URLs with --urls, or allow fetching feed items)", source)
        return
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    try:
        for url in urls:
            try:  # a sitemap lists pages: each is read as a page, never as another feed
                yield document_from_page(fetcher.get(url), options)
            except InputError as exc:
                yield exc
    finally:
        if own:
            fetcher.close()
