"""SOURCE arguments to a stream of documents and input errors.

`read_sources` turns what the user named (files, directories, `-` for stdin) into a lazy
stream whose items are a `Document` (clean text + meta) or an `InputError` (the input and the
reason it could not be read). Nothing is dropped: every input becomes one or the other.
Files are read by type (READERS, by suffix); directories are walked recursively.
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Document, Meta
from ..options import Options
from .corpus import read_csv_file
from .feeds import read_feed_file
from .fetch import read_url
from .html import read_html_file
from .http import Fetcher, is_url
from .language import detect_language
from .outlets import outlet_name
from .records import Item, read_jsonl_file, read_jsonl_lines
from .text import clean_text, decode
from .warc import read_warc_file


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


# A folder walked for articles may hold the store being written (`ingest corpus/ --db
# corpus/x.duckdb`) and its write-ahead log: they are the output, not inputs.
STORE_SUFFIXES = (".duckdb", ".duckdb.wal", ".duckdb.tmp")


def read_path(source: str, options: Options) -> Iterator[Item]:
    path = Path(source)
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not name.endswith(STORE_SUFFIXES):
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
            elif is_url(source):
                fetcher = fetcher or Fetcher(options)
                items = read_url(source, options, fetcher)
            else:
                items = read_path(source, options)
            for item in items:
                if isinstance(item, Document):
                    if not item.meta.language:
                        item.meta.language = detect_language(item.text)
                    # one name per outlet, whichever input named it ("BBC News - Home")
                    item.meta.publisher = outlet_name(item.meta.publisher, item.meta.url)
                yield item
    finally:
        if fetcher is not None:
            fetcher.close()
