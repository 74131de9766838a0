"""Exports of a store in formats other tools already read.

    jsonl    the article records (the JSON contract), one per line
    parquet  one table of the store (events by default) as a Parquet file, for pandas/duckdb
    gdelt    the GDELT 2.0 event table: 61 tab-separated columns, one row per event
    plover   PLOVER JSON records, one per line

    n = export("newsdesk.duckdb", "gdelt", "events.tsv")    # rows written

GDELT and PLOVER have no way to say "this did not happen": by default they receive every
modality except vocab.NOT_HAPPENED (negated, hypothetical); `modalities=None` exports every
event. Background events (context the article recalls, not its news) are marked in PLOVER
(`newsdesk.background`) and in the JSONL records; GDELT has no column for them, so they are
left out of it unless `background=True`.

The store is read through runner.reads.open_reader: from the file, or, while a `newsdesk
serve` holds it, by that server (the same store.exports reads, streamed): the same bytes.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable

from ..errors import InputError
from ..runner.reads import open_reader
from ..store.exports import PARQUET_TABLES
from ..vocab import MODALITIES, NOT_HAPPENED
from .gdelt import GDELT_COLUMNS, format_row, gdelt_row
from .plover import plover_record

FORMATS = ("jsonl", "parquet", "gdelt", "plover")
DEFAULT_MODALITIES = tuple(m for m in MODALITIES if m not in NOT_HAPPENED)


def write_jsonl(records: Iterable[str], out: IO[str]) -> int:
    """The article records (JSON strings, as stored), one per line."""
    n = 0
    for record in records:
        out.write(json.dumps(json.loads(record), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_gdelt(events: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(format_row(gdelt_row(event)))
        n += 1
    return n


def write_plover(events: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(plover_record(event), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_parquet(data, path: str | Path) -> int:
    """A pyarrow Table (store.exports.table_arrow) as a Parquet file."""
    import pyarrow.parquet as pq  # heavy (pyarrow): imported only for a parquet export

    pq.write_table(data, str(path))
    return data.num_rows


@contextmanager
def _output(out: str | Path | None):
    if out is None or str(out) == "-":
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            yield fh


def export(db: str | Path, fmt: str, out: str | Path | None = None, table: str = "events",
           modalities: tuple[str, ...] | None = DEFAULT_MODALITIES, background: bool = False) -> int:
    """Write the store `db` as `fmt` to `out` (a path; None = stdout); returns rows written.

    `modalities`: the event modalities gdelt/plover receive (None: all). `background`: gdelt
    only, include background events (PLOVER always has them, marked). InputError for an
    unknown format, modality or table, or parquet without a file."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    unknown = [m for m in modalities or () if m not in MODALITIES]
    if unknown:
        raise InputError(f"unknown modality {unknown[0]!r} (one of {', '.join(MODALITIES)})")
    with open_reader(db) as reader:  # the file, or the live server that holds it
        if fmt == "parquet":
            if out is None or str(out) == "-":
                raise InputError("parquet needs --out FILE")
            return write_parquet(reader.read("export_table", table=table), out)
        if fmt == "jsonl":
            rows, write = reader.read("export_records"), write_jsonl
        else:  # PLOVER marks background events: it always has them
            rows = reader.read("export_event_rows", modalities=modalities,
                               background=background or fmt == "plover")
            write = write_gdelt if fmt == "gdelt" else write_plover
        with _output(out) as fh:
            return write(rows, fh)


__all__ = ["export", "FORMATS", "DEFAULT_MODALITIES", "PARQUET_TABLES", "GDELT_COLUMNS",
           "gdelt_row", "plover_record"]
