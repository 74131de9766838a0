"""Corpus records (a JSONL line, a CSV row) to documents, after the field mapping.

`--field text=content_original --field published=date` (Options.fields: record field name ->
document field name) maps a corpus's own names onto the document's. JSONL files are streamed
line by line here; CSV rows come from corpus.py. A record that cannot become a document is an
InputError naming its line (`corpus.jsonl:3`), and the rest of the file goes on.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import InputError
from ..model import Document, Meta
from ..options import Options
from .dates import normalise_date
from .text import clean_text

Item = Union[Document, InputError]

# Fields of a corpus record that map onto the document by default.
RECORD_FIELDS = ("id", "text", "title", "published", "publisher", "url", "authors", "language")
# How many of a record's field names a "no text" error lists.
SHOWN_FIELDS = 8


def document_from_record(rec: dict, source: str, options: Options) -> Document:
    """One corpus record to a document, after the field mapping. InputError when the record
    has no text (the message lists its fields and how to map one) or its text is too big."""
    if options.fields:
        rec = {options.fields.get(k, k): v for k, v in rec.items()}
    doc_id = rec.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(_no_text(rec), source, doc_id)
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
        meta.published = normalise_date(meta.published)
    return clean_text(text, meta)


def _no_text(rec: dict) -> str:
    """'record has no text ...': what the record holds and how to name its text field."""
    if "text" in rec:
        return "record has no text (its \"text\" field is empty or not a string)"
    names = [k for k in rec if k != "id"]
    shown = ", ".join(names[:SHOWN_FIELDS]) + (", …" if len(names) > SHOWN_FIELDS else "")
    return (f"record has no text field (its fields: {shown or 'none'}); name the field that "
            f"holds the text with --field text=NAME (Options.fields)")


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_jsonl_lines(lines: Iterable[bytes], source: str, options: Options) -> Iterator[Item]:
    """One document per line, streamed; a bad line is an error item naming `source:LINE`,
    and the rest go on. Blank lines are skipped."""
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
