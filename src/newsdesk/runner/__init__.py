"""Running the pipeline over many inputs and writing the results through one writer.

ingest.py   the job: inputs keyed, skipped if an earlier run accounted for them, analysed,
            written in order in batches, with the accounting (IngestReport)
ledger.py   the single writer and the `inputs` ledger that makes a killed run resumable
local.py    the in-process runner, and what runners share (chunks, Failure)
pool.py     the worker-process pool (`--workers N`): time limit, dead workers replaced
dask.py     the Dask runner (`--distributed ADDRESS`)
"""
from .ingest import IngestReport, analyze, analyze_text, ingest

__all__ = ["IngestReport", "analyze", "analyze_text", "ingest"]
