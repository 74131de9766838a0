"""Ingest speed for saved HTML pages, in pages per second.

    .venv/bin/python bench/html_ingest.py [N] [--no-write]   (N AEB pages, default 40)

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

from _common import machine, write_section

from newsdesk.ingest import read_sources
from newsdesk.api import analyze

AEB = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "scrapinghub_aeb" / "html"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 40
    at = machine()
    pages = [str(p) for p in sorted(AEB.glob("*.html.gz"))[:n]]
    list(read_sources(pages[:2]))  # warm-up: imports, language model
    started = time.perf_counter()
    docs = list(read_sources(pages))
    extract = len(pages) / (time.perf_counter() - started)
    list(analyze(pages[:2]))  # warm-up: spaCy model, stage tables
    started = time.perf_counter()
    records = list(analyze(pages))
    full = len(pages) / (time.perf_counter() - started)
    body = (f"`.venv/bin/python bench/html_ingest.py {n}` ({at}): {len(pages)} saved pages of the "
            f"ScrapingHub AEB (`.html.gz`, {len(docs)} items).\n\n"
            f"- extraction only (HTML -> clean text, metadata, language): **{extract:.1f} pages/s**\n"
            f"- full analysis (extraction, spaCy, every stage): **{full:.2f} pages/s** ({len(records)} records)")
    if "--no-write" in sys.argv:
        print(body)
    else:
        write_section("HTML ingest", body)


if __name__ == "__main__":
    main()
