"""`newsdesk export`: the store in formats other tools read (JSONL, Parquet, GDELT, PLOVER)."""
from __future__ import annotations

import sys

from ..export import DEFAULT_MODALITIES, FORMATS, PARQUET_TABLES, export
from ..options import DEFAULT_DB
from ..runner.reads import open_reader
from ..vocab import MODALITIES, NOT_HAPPENED


def register(sub) -> None:
    p = sub.add_parser("export", help="export the store as jsonl, parquet, gdelt or plover")
    p.add_argument("--format", required=True, choices=sorted(FORMATS))
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--out", default=None, help="output file (default: stdout; parquet needs it)")
    p.add_argument("--table", default="events",
                   help=f"parquet: which table ({', '.join(PARQUET_TABLES)})")
    p.add_argument("--modality", default=",".join(DEFAULT_MODALITIES),
                   help="gdelt/plover: event modalities to export, comma-separated, or 'all' "
                        f"({', '.join(MODALITIES)}); {' and '.join(NOT_HAPPENED)} events are "
                        "left out by default because those formats cannot mark them")
    p.add_argument("--background", action="store_true",
                   help="gdelt: include background events (left out by default: GDELT has no "
                        "column to mark them; PLOVER and JSONL always mark them)")
    p.set_defaults(run=run_export)


def run_export(args) -> int:
    if args.format in ("gdelt", "plover"):
        with open_reader(args.db) as reader:  # the file, or the server that holds it
            if reader.read("corpus_is_stale"):
                print("newsdesk export: warning: articles were stored after the last corpus "
                      "update; run `newsdesk update-corpus` to merge their events",
                      file=sys.stderr)

    modalities = None if args.modality == "all" else tuple(
        m.strip() for m in args.modality.split(",") if m.strip())
    n = export(args.db, args.format, args.out, table=args.table, modalities=modalities,
               background=args.background)
    print(f"newsdesk export: {n} {args.format} rows"
          + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0
