"""Ingest speed for saved HTML pages, in pages per second.

    .venv/bin/python bench/html_ingest.py [N]     (N pages of the ScrapingHub AEB, default 40)

Reports extraction only (read_sources: HTML -> clean text + metadata + language) and the full
analysis (runner.analyze: extraction, spaCy parse and every stage). Reads ../shared (bench only).

Last run, 2026-11-28, 2 shared cores at load average ~10 (others training): 40 pages,
extraction only 3.0 pages/s, full analysis 0.91 pages/s. CPU time for extraction alone is
~80 ms/page (AEB eval: 14.3 s user for 181 pages), i.e. ~12 pages/s per idle core.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from newsdesk.ingest import read_sources
from newsdesk.runner.ingest import analyze

AEB = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "scrapinghub_aeb" / "html"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    pages = [str(p) for p in sorted(AEB.glob("*.html.gz"))[:n]]
    list(read_sources(pages[:2]))  # warm-up: imports, language model
    started = time.perf_counter()
    docs = list(read_sources(pages))
    extract = len(pages) / (time.perf_counter() - started)
    list(analyze(pages[:2]))  # warm-up: spaCy model, stage tables
    started = time.perf_counter()
    records = list(analyze(pages))
    full = len(pages) / (time.perf_counter() - started)
    print(f"{len(pages)} pages, {len(docs)} items: extraction only {extract:.1f} pages/s; "
          f"full analysis {full:.2f} pages/s ({len(records)} records)")


if __name__ == "__main__":
    main()
