"""The whole allsides_intl corpus (5,979 articles) end to end: ingest, then the corpus stages.

    .venv/bin/python bench/corpus_e2e.py [--workers 2] [--limit N] [--db FILE]

Ingest with N workers into a fresh database, then `newsdesk.corpus.update` (near-duplicates,
stories, merged events). Reports the time per analysis stage (parse, actors, quotes, voice,
events, records: the IngestReport's stage_seconds, summed over the workers) and the peak
resident memory of a worker. With --limit, only the first N articles are run and the time for the
whole corpus is extrapolated linearly from the ingest rate (the corpus stages are timed as run).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import FIELDS, corpus_lines, machine, write_section  # noqa: E402

from newsdesk import Options, Store, ingest  # noqa: E402

CORPUS_SIZE = 5979


def run(workers: int = 2, limit: int | None = None, db: str | None = None, write: bool = True) -> dict:
    header = machine()
    options = Options(quiet=True, fields=FIELDS)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        lines = corpus_lines(limit)
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        db = db or str(Path(tmp) / "corpus.duckdb")
        t = time.perf_counter()
        report = ingest([str(src)], db=db, options=options, workers=workers)
        ingest_s = time.perf_counter() - t
        corpus_s, corpus_note = None, "corpus stages not available"
        try:
            from newsdesk.corpus.update import update

            with Store(db) as store:
                t = time.perf_counter()
                update(store, full=True)
                corpus_s = time.perf_counter() - t
                counts = store.counts()
            corpus_note = f"corpus stages (near-duplicates, stories, merged events) {corpus_s:.1f} s"
        except ImportError:
            with Store(db) as store:
                counts = store.counts()
    rate = report.inputs / ingest_s
    stages = stage_line(report.stage_seconds, report.articles + report.errors)
    whole = "" if not limit else (
        f"\nExtrapolated to the whole corpus ({CORPUS_SIZE:,} articles) at this rate: "
        f"**{CORPUS_SIZE / rate / 60:.0f} min** of ingest (a subset was run: the machine's time was short).")
    body = f"""`.venv/bin/python bench/corpus_e2e.py --workers {workers}{f' --limit {limit}' if limit else ''}` — {header}.

{len(lines):,} articles, {workers} workers: ingest **{ingest_s / 60:.1f} min** ({rate:.2f} articles/s,
peak worker RSS {report.peak_worker_rss_mb or 0:.0f} MB); {corpus_note}.
{stages}
{report.summary()}.
Stored: {counts['articles']:,} articles, {counts['sentences']:,} sentences, {counts['entities']:,} entities,
{counts['quotes']:,} quotes, {counts['events']:,} events, {counts['errors']:,} error rows.{whole}
"""
    if write:
        write_section("Corpus end to end (allsides_intl)", body)
    else:
        print(body)
    return {"ingest_s": ingest_s, "rate": rate}


def stage_line(seconds: dict[str, float], analysed: int) -> str:
    """Where the analysis time went: each stage's seconds summed over the workers (the
    IngestReport's stage_seconds), its share, and per analysed article."""
    total = sum(seconds.values())
    if not total or not analysed:
        return "Per-stage times: none reported (no article was analysed)."
    parts = [f"{name} {sec:,.0f} s ({100 * sec / total:.0f}%, {1000 * sec / analysed:.0f} ms/article)"
             for name, sec in sorted(seconds.items(), key=lambda kv: -kv[1])]
    return ("Analysis time per stage, summed over the workers (a stage's first call in a worker "
            f"includes loading its model): {'; '.join(parts)}; total {total / 60:.1f} worker-min.")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--db")
    ap.add_argument("--no-write", action="store_true", help="print, do not update RESULTS.md")
    args = ap.parse_args()
    run(args.workers, args.limit, args.db, write=not args.no_write)
