"""Saved web pages (`.html`, `.htm`, `.html.gz`) to documents: main text and metadata.

The body comes from trafilatura (boilerplate removal: navigation, ads, comments, share bars,
related links), run in its precision mode, which measured best on the ScrapingHub AEB (see
`newsdesk eval extraction`: precision 0.964, balanced 0.960, recall 0.959 body F1); when
that leaves little text the balanced mode is asked again and kept if it finds much more (a
cascade step that engages only on a poor result, and measurably helps). Metadata comes from
what the page declares (JSON-LD, <meta>, canonical link: html_meta.py) with trafilatura's
guesses filling the gaps. Paragraphs come out separated by a blank line; a leading copy of
the headline is dropped (it is meta.title; AEB body F1 0.9695 -> 0.9713, fundus 0.954 -> 0.956).
"""
from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..errors import InputError
from ..model import Document, Meta
from ..options import Options
from .dates import normalise_date
from .html_meta import PageMeta, page_metadata, section_in_url, split_authors
from .language import detect_language
from ..furniture import furniture_lines
from .text import COPYRIGHT, copyright_holder

# Below this many characters of body, precision mode may have cut the article itself: the
# balanced mode is asked too, and kept when it finds at least RETRY_GAIN times more text.
# (AEB: body F1 0.9641 -> 0.9688, one page rescued; fundus unchanged; costs a second pass
# on short pages only.)
MIN_BODY_CHARS = 500
RETRY_GAIN = 2.0
_TAG = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script|span|a)\b", re.I)
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def read_html_file(path: Path, source: str, options: Options) -> Iterator:
    """One document (or one InputError) for a saved page."""
    try:
        data = read_maybe_gzip(path, source, options)
        yield document_from_html(data, source, options)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)


def read_maybe_gzip(path: Path, source: str, options: Options) -> bytes:
    """File bytes, gunzipped when the name ends in .gz; size cap on the uncompressed data."""
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"file is {size} bytes, over the {options.max_bytes}-byte limit", source)
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(options.max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"broken gzip file ({exc.__class__.__name__}: {exc})", source) from None
        if len(data) > options.max_bytes:
            raise InputError(f"uncompressed page over the {options.max_bytes}-byte limit", source)
    return data


def looks_like_html(data: bytes) -> bool:
    """Markup near the top and no NUL bytes (binary data; UTF-16 pages are rare enough to refuse)."""
    head = data[:65536]
    return b"\x00" not in head[:4096] and bool(_TAG.search(head))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Labels browsers read as a larger encoding (WHATWG Encoding Standard).
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252",
              "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "x-sjis": "shift_jis"}


def decode_html(raw: bytes, declared: str | None = None) -> str | None:
    """The page as text: a BOM, else the HTTP charset, else <meta charset>, else UTF-8.

    None when nothing declared fits: trafilatura then guesses (charset_normalizer).
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(name, errors="replace")
    m = _META_CHARSET.search(raw[:8192])
    labels = [declared, m.group(1).decode("ascii", "ignore") if m else None, "utf-8"]
    for label in labels:
        if not label:
            continue
        label = label.strip().lower()
        try:
            return raw.decode(_SUPERSETS.get(label, label))
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def paragraphs(text: str | None) -> str:
    """trafilatura's one-block-per-line text to paragraphs separated by a blank line.

    Lines that are site furniture on their own ("Share this article", "Read more: ...",
    "Advertisement", captions and media notices: newsdesk/furniture.py's list) are dropped: +0.001
    body F1 on both gold sets.
    """
    lines = [_SPACE.sub(" ", line).strip() for line in (text or "").splitlines()]
    drop = furniture_lines(lines)
    return "\n\n".join(line for k, line in enumerate(lines) if line and k not in drop)


# Elements that only a layout table puts in a cell: a data table's cells hold words and
# numbers, a page laid out with a table (sidebar cell + content cell, the 1990s way) holds
# headings and paragraphs in them.
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "article",
           "section", "div"}
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _own_cells(table) -> list:
    """The cells of this table, not of the tables nested in it."""
    return [cell for cell in table.iter("td", "th")
            if next(cell.iterancestors("table"), None) is table]


def unwrap_layout_tables(tree) -> None:
    """Turn each layout table into plain blocks (table, rows and cells become <div>s).

    trafilatura reads a table as data: its cells come out joined by '|' on one line, the
    sidebar's links and the headline glued to the first paragraph (trafilatura issue 890's
    kind of page). As <div>s, the content cell is an ordinary body and the link-only sidebar
    is boilerplate. A table is a layout table when one of its own cells holds a block
    element; data tables are left as they are."""
    for table in list(tree.iter("table")):
        cells = _own_cells(table)
        if not any(el.tag in _BLOCKS for cell in cells for el in cell.iterdescendants()):
            continue
        for el in [table, *cells, *(row for row in table.iter("tr", "thead", "tbody", "tfoot")
                                    if next(row.iterancestors("table"), None) is table)]:
            el.tag = "div"


def _extract(tree, url: str | None, precision: bool, with_metadata: bool):
    # Heavy, imported on first use: trafilatura takes ~0.8 s to import on its own (python -X
    # importtime), and only HTML inputs need it (not `newsdesk articles`, not a JSONL ingest).
    from trafilatura import bare_extraction

    return bare_extraction(tree, url=url, with_metadata=with_metadata, include_comments=False,
                           favor_precision=precision, include_tables=True)


def extract_body_and_meta(tree, url: str | None, with_metadata: bool = True):
    """(clean text, trafilatura's Document or None): precision first, balanced if too short.

    `with_metadata=False` skips trafilatura's own metadata search (a quarter of its time)
    when the page has declared everything already.
    """
    result = _extract(tree, url, precision=True, with_metadata=with_metadata)
    text = paragraphs(result.text if result else "")
    if len(text) < MIN_BODY_CHARS:
        retry = _extract(tree, url, precision=False, with_metadata=with_metadata)
        retry_text = paragraphs(retry.text if retry else "")
        if len(retry_text) > RETRY_GAIN * len(text):
            result, text = retry, retry_text
    return text, result


def _bare_words(value: str | None) -> str:
    return re.sub(r"\W+", "", value or "").casefold()


def _without_title(text: str, title: str | None) -> str:
    """The body without a leading copy of the headline (it is in meta.title already)."""
    first, sep, rest = text.partition("\n\n")
    if sep and rest and title and _bare_words(first) == _bare_words(title):
        return rest
    return text


def copyright_publisher(tree) -> str | None:
    """The holder named by the page's last copyright line ("© 2024 Harbour Wire. All rights
    reserved."), or None."""
    for node in reversed(tree.xpath("//body//text()")):
        line = " ".join(str(node).split())
        if line and len(line.split()) <= 30 and COPYRIGHT.search(line):
            return copyright_holder(line)
    return None


def _meta_from(page: PageMeta, found, meta: Meta) -> Meta:
    """Merge the page's declarations (first) and trafilatura's guesses into `meta`."""
    meta.title = meta.title or page.title or (found.title if found else None)
    if not meta.published:
        for candidate in (page.published, found.date if found else None):
            iso = normalise_date(candidate) if candidate else None
            if iso:
                meta.published = iso
                break
    if not meta.authors:
        meta.authors = page.authors or (split_authors(found.author) if found and found.author else [])
    meta.publisher = meta.publisher or page.publisher or (found.sitename if found else None)
    canonical = page.canonical or (found.url if found else None)
    if canonical:
        meta.extra.setdefault("canonical_url", canonical)
    meta.url = meta.url or canonical
    if page.description and "description" not in meta.extra:
        meta.extra["description"] = page.description
    section = page.section or section_in_url(meta.url)
    if section and "section" not in meta.extra:
        meta.extra["section"] = section
    return meta


def document_from_html(data: bytes | str, source: str, options: Options | None = None,
                       meta: Meta | None = None, charset: str | None = None) -> Document:
    """The clean article of one page; `meta` holds what the caller already knows (URL, date)."""
    # Heavy (trafilatura, ~0.8 s to import): imported on first use, as in _extract.
    from trafilatura.utils import load_html

    options = options or Options()
    meta = meta or Meta(source=source)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw.strip():
        raise InputError("empty page", source)
    if not looks_like_html(raw):
        raise InputError("not an HTML page (no HTML tags; binary or plain data)", source)
    text = data if isinstance(data, str) else decode_html(raw, charset)
    try:
        tree = load_html(text if text is not None else raw)
        if tree is None:
            raise InputError("HTML could not be parsed", source)
        page = page_metadata(tree)
        holder = None if page.publisher else copyright_publisher(tree)
        unwrap_layout_tables(tree)
        declared_all = bool(page.title and page.published and page.authors and page.publisher)
        text, found = extract_body_and_meta(tree, meta.url, with_metadata=not declared_all)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.LxmlError) as exc:
        # Pathological markup can trip the parser or the extractor: one error row, not a crash.
        raise InputError(f"extraction failed ({exc.__class__.__name__}: {exc})", source) from None
    if not text:
        raise InputError("no article text found in the page", source)
    meta = _meta_from(page, found, meta)
    # the outlet named only in the page's copyright line (when neither the page's metadata
    # nor trafilatura names one), as for a pasted text (text.py)
    meta.publisher = meta.publisher or holder
    text = _without_title(text, meta.title)
    if not meta.language:
        meta.language = detect_language(text, page.language)
    return Document(text=text, meta=meta)
