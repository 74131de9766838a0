"""CSV corpora: one document per row, with the same field mapping as JSONL.

`--field text=content_original --field published=date` maps a corpus column onto a document
field (Options.fields), exactly as for JSONL lines (records.document_from_record). Rows are
streamed with the csv module; a news corpus carries whole articles in one field, so the
csv module's field size limit is raised to the input byte limit.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..options import Options
from .records import document_from_record


def _raise_field_limit(limit: int) -> None:
    csv.field_size_limit(min(max(limit, csv.field_size_limit()), sys.maxsize))


def read_csv_file(path: Path, source: str, options: Options) -> Iterator:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source)
        return
    with fh:
        yield from read_csv_stream(fh, source, options, delimiter="\t" if path.suffix.lower() == ".tsv" else None)


def read_csv_stream(binary, source: str, options: Options, delimiter: str | None = None) -> Iterator:
    """Documents and InputErrors for the rows of a CSV byte stream (header row first)."""
    _raise_field_limit(options.max_bytes + 1)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="strict", newline="")
    try:
        head = text.readline()
    except UnicodeDecodeError:
        yield InputError("not UTF-8 text", source)
        return
    if not head.strip():
        yield InputError("empty CSV file", source)
        return
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(head, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    header = next(csv.reader([head], delimiter=delimiter))
    reader = csv.DictReader(text, fieldnames=header, delimiter=delimiter)
    row_no = 1
    while True:
        row_no += 1
        where = f"{source}:{row_no}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputError(f"unreadable CSV row ({exc})", where)
            return
        try:
            if None in row:
                raise InputError("row has more fields than the header", where)
            yield document_from_record({k: v for k, v in row.items() if v not in (None, "")}, source, options)
        except InputError as exc:
            exc.source = where
            yield exc
