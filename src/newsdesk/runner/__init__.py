"""Executors of the analysis, and the single writer loop (the public functions are api.py's).

local.py    the in-process runner, and what runners share (chunks, Failure, in_order)
pool.py     the worker-process pool (`--workers N`, pebble): time limit, dead workers replaced
dask.py     the Dask runner (`--distributed ADDRESS`)
writer.py   the single writer loop: inputs accounted for through the ledger (IngestReport)
handoff.py  the same loop split over HTTP, for a store a `newsdesk serve` holds
desk.py     where an ingest writes: the store file, or the server holding it (open_desk)
watch.py    `newsdesk watch`: poll feeds and URL lists, ingest what is new

Every runner is built from one Pipeline (which carries its Options) and maps `(tag, Document)`
to `(tag, Document, record or Failure)` in input order; after a run, `peak_rss_mb` (its
workers' largest resident set, None in-process) and `stage_seconds` (seconds per stage, summed
over the analysed documents) go into the IngestReport.
"""
from .local import Failure, InlineRunner
from .writer import Accounted, IngestReport, write_inputs

__all__ = ["Failure", "InlineRunner", "Accounted", "IngestReport", "write_inputs"]
