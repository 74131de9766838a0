"""SOURCE arguments to a stream of documents and input errors.

`read_sources` turns what the user named (files, directories, `-` for stdin) into a lazy
stream whose items are a `Document` (clean text + meta) or an `InputError` (the input and the
reason it could not be read). Nothing is dropped: every input becomes one or the other.
Files are read by type (READERS, by suffix); directories are walked recursively.
"""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from ..errors import InputError
from ..model import Document, Meta
from ..options import Options
from .corpus import read_csv_file
from .feeds import read_feed_file
from .html import read_html_file
from .language import detect_language
from .text import clean_text, decode
from .warc import read_warc_file

Item = Union[Document, InputError]

# Fields of a corpus record that map onto the document by default.
RECORD_FIELDS = ("id", "text", "title", "published", "publisher", "url", "authors", "language")


def read_text_file(path: Path, source: str, options: Options) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputError(f"file is {size} bytes, over the {options.max_bytes}-byte limit", source)
        text = decode(path.read_bytes(), source)
        yield clean_text(text, Meta(source=source))
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)


def document_from_record(rec: dict, source: str, options: Options) -> Document:
    """One corpus record (a JSONL line, a CSV row) to a document, after the field mapping."""
    if options.fields:
        rec = {options.fields.get(k, k): v for k, v in rec.items()}
    doc_id = rec.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no text", source, doc_id)
    if len(text.encode("utf-8", "replace")) > options.max_bytes:
        raise InputError(f"text over the {options.max_bytes}-byte limit", source, doc_id)
    authors = rec.get("authors") or []
    if not isinstance(authors, (str, list)):  # a number or an object: keep its text
        authors = str(authors)
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",") if a.strip()]
    meta = Meta(
        title=_str_or_none(rec.get("title")), published=_str_or_none(rec.get("published")),
        publisher=_str_or_none(rec.get("publisher")), url=_str_or_none(rec.get("url")),
        authors=[str(a) for a in authors], language=_str_or_none(rec.get("language")),
        source=source, doc_id=doc_id,
    )
    if meta.published:
        from .dates import normalise_date

        meta.published = normalise_date(meta.published)
    return clean_text(text, meta)


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_jsonl_lines(lines: Iterable[bytes], source: str, options: Options) -> Iterator[Item]:
    """One document per line, streamed; a bad line is an error item, the rest go on."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if not raw.strip():
            continue
        try:
            if len(raw) > options.max_bytes:
                raise InputError(f"line over the {options.max_bytes}-byte limit", where)
            try:
                rec = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise InputError(f"line is not JSON ({exc.__class__.__name__}: {exc})", where) from None
            if not isinstance(rec, dict):
                raise InputError(f"line is JSON {type(rec).__name__}, not an object", where)
            yield document_from_record(rec, source, options)
        except InputError as exc:
            exc.source = where
            yield exc


def read_jsonl_file(path: Path, source: str, options: Options) -> Iterator[Item]:
    try:
        with path.open("rb") as fh:
            yield from read_jsonl_lines(fh, source, options)
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)


Reader = Callable[[Path, str, Options], Iterator[Item]]
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".html": read_html_file, ".htm": read_html_file, ".html.gz": read_html_file, ".htm.gz": read_html_file,
    ".rss": read_feed_file, ".atom": read_feed_file, ".xml": read_feed_file,
    ".warc": read_warc_file, ".warc.gz": read_warc_file,
    ".csv": read_csv_file, ".tsv": read_csv_file,
}


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):  # ".html.gz" before ".gz"
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def read_stdin(options: Options) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(io.BytesIO(data), "-", options)
        return
    try:
        if len(data) > options.max_bytes:
            raise InputError(f"input over the {options.max_bytes}-byte limit", "-")
        yield clean_text(decode(data, "-"), Meta(source="-"))
    except InputError as exc:
        yield exc


def read_path(source: str, options: Options) -> Iterator[Item]:
    path = Path(source)
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield from read_path(os.path.join(root, name), options)
        return
    if not path.exists():
        yield InputError("no such file or directory", source)
        return
    reader = reader_for(path)
    if reader is None:
        yield InputError(f"unsupported file type {path.suffix or '(none)'!r}", source)
        return
    yield from reader(path, source, options)


def read_sources(sources: Iterable[str], options: Options | None = None) -> Iterator[Item]:
    """Every document and input error from the sources, lazily, in order."""
    options = options or Options()
    fetcher = None  # one HTTP client per call: the per-host rate limit spans all URLs
    try:
        for source in sources:
            if source == "-":
                items = read_stdin(options)
            elif source.lower().startswith(("http://", "https://")):
                from .fetch import Fetcher, read_url

                fetcher = fetcher or Fetcher(options)
                items = read_url(source, options, fetcher)
            else:
                items = read_path(source, options)
            for item in items:
                if isinstance(item, Document) and not item.meta.language:
                    item.meta.language = detect_language(item.text)
                yield item
    finally:
        if fetcher is not None:
            fetcher.close()
