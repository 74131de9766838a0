"""WARC archives (`.warc`, `.warc.gz`) from a crawler: every HTML response is a document.

Each HTML `response` record becomes a document with the record's target URI as `meta.url`
(the page's canonical URL, if it declares one on the same site, is kept in
`meta.extra["canonical_url"]`) and its WARC-Date in `meta.extra["warc_date"]` (also the
publication date when the page gives none, marked `published_from="warc_date"`). Responses
that are not HTML, not a success, or cut short are error items; request, metadata and
warcinfo records are not articles and are passed over. A truncated or corrupt archive gives
an error item at the point it breaks, and the batch goes on.
"""
from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..model import Meta
from ..options import Options
from .html import document_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc_file(path: Path, source: str, options: Options) -> Iterator:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)
        return
    n = 0
    with fh:
        try:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type != "response":
                    continue
                yield _record_item(record, source, n, options)
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            yield InputError(f"archive broken after record {n} ({exc.__class__.__name__}: "
                             f"{str(exc).strip() or 'truncated'})", source)


def _record_item(record, source: str, n: int, options: Options):
    """A document, or an InputError naming the record."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{source}#record{n}" + (f" {uri}" if uri else "")
    try:
        http = record.http_headers
        status = http.get_statuscode() if http else None
        if status and not status.startswith("2"):
            raise InputError(f"HTTP {status} response, not a page", where)
        ctype = (http.get_header("Content-Type") if http else "") or ""
        media = ctype.split(";")[0].strip().lower()
        if media not in HTML_TYPES:
            raise InputError(f"not HTML ({media or 'no content type'})", where)
        body = _read_body(record, where, options)
        charset = ctype.partition("charset=")[2].strip(" \"';") or None
        warc_date = record.rec_headers.get_header("WARC-Date")
        meta = Meta(source=where, url=uri or None)
        meta.extra["warc_date"] = warc_date
        doc = document_from_html(body, where, options, meta=meta, charset=charset)
        if not doc.meta.published and warc_date:
            doc.meta.published = warc_date.replace("Z", "+00:00")
            doc.meta.extra["published_from"] = "warc_date"
        return doc
    except InputError as exc:
        return exc


def _read_body(record, where: str, options: Options) -> bytes:
    stream = record.content_stream()
    try:
        body = stream.read(options.max_bytes + 1)
    except (EOFError, OSError, zlib.error, ValueError) as exc:
        raise InputError(f"record cut short ({exc.__class__.__name__})", where) from None
    if len(body) > options.max_bytes:
        raise InputError(f"record over the {options.max_bytes}-byte limit", where)
    truncated = record.rec_headers.get_header("WARC-Truncated")
    if truncated:
        raise InputError(f"record truncated by the crawler ({truncated})", where)
    # warcio reads a record through a reader limited to its Content-Length: bytes still
    # owed once the stream is exhausted mean the archive ends inside this record.
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        raise InputError(f"record cut short: the archive ends {missing} bytes early", where)
    return body
