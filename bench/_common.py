"""What the benchmark scripts share: the corpus, the machine, and RESULTS.md sections."""
from __future__ import annotations

import json
import os
import platform
import re
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpora" / "allsides_intl" / "articles.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
# The allsides corpus's field names onto the document's.
FIELDS = {"content_original": "text", "ID": "id", "source": "publisher", "date": "published"}


def corpus_lines(limit: int | None = None) -> list[str]:
    """The first `limit` corpus lines that have a text (JSON strings, as in the file)."""
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found: {CORPUS}")
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if (json.loads(line).get("content_original") or "").strip():
                out.append(line.rstrip("\n"))
                if limit and len(out) >= limit:
                    break
    return out


def machine() -> str:
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    load = os.getloadavg()
    return (f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} CPUs ({cpu}), "
            f"{mem / 1024 / 1024:.0f} GiB RAM, Python {platform.python_version()}, "
            f"load average {load[0]:.1f} at the start"
            + (" (machine shared with other jobs: ratios are indicative)" if load[0] > 1.5 else ""))


def write_section(title: str, body: str) -> None:
    """Replace (or append) the `## title` section of RESULTS.md, leaving the others alone. The
    old section's dated notes (paragraphs opening with a YYYY-MM-DD date: the history of
    earlier runs, written by hand) are kept after the new body."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    found = pattern.search(text)
    if found:
        history = [p.strip() for p in re.split(r"\n\s*\n", found.group(0))
                   if re.match(r"\d{4}-\d{2}-\d{2}", p.strip())]
        if history:
            section += "\n" + "\n\n".join(history) + "\n"
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    print(section)
