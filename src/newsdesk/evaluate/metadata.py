"""Article metadata (title, date, authors) on the fundus fixtures.

`newsdesk eval metadata --data ../shared/data/extraction/fundus_fixtures`

Matching, per page, against fundus's expected values:
- title: equal after normalising case, whitespace and typographic quotes/dashes;
- date: the same calendar day — either as both sides write it (the publisher's local date)
  or in UTC when both carry a time zone (a page may declare its date in another zone);
- authors: the same set of names after the same normalisation (order ignored; "By" dropped).
Also the body, scored as in the extraction task (AEB shingle F1) against fundus's paragraphs.
Pages without an expected value for a field are not counted for that field. Scores are the
share of counted pages that match; `<field>_n` says how many were counted. Pages are keyed
for the internal-test split by their HTML path in fixtures_index.jsonl (dataset
"fundus_fixtures").
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from ..errors import EvalError, InputError
from ..ingest.html import document_from_html
from ..model import Meta
from .extraction import score_pages
from .split import Part, only

DATASET = "fundus_fixtures"

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " "})


def norm_text(value: str | None) -> str:
    value = unicodedata.normalize("NFKC", value or "").translate(_QUOTES)
    value = re.sub(r"^\s*by\s+", "", value, flags=re.I)
    return " ".join(value.split()).casefold().strip(" .")


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def same_day(gold: str | None, got: str | None) -> bool:
    g, p = _parse(gold), _parse(got)
    if g is None or p is None:
        return False
    if g.date() == p.date():
        return True
    if g.tzinfo and p.tzinfo:
        return g.astimezone(timezone.utc).date() == p.astimezone(timezone.utc).date()
    return False


def same_authors(gold: list[str], got: list[str]) -> bool:
    return {norm_text(a) for a in gold if a} == {norm_text(a) for a in got if a}


def load_fixtures(data: Path) -> list[dict]:
    index = data / "fixtures_index.jsonl" if data.is_dir() else data
    if not index.exists():
        raise EvalError(f"no fixtures_index.jsonl in {data}")
    with index.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_body(expected: dict) -> str:
    """fundus's expected body (summary, then each section's headline and paragraphs) as text."""
    body = expected.get("body") or {}
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(parts)


def evaluate(data: Path, part: Part | None = None) -> dict:
    root = data if data.is_dir() else data.parent
    hits = {"title": [], "date": [], "authors": []}
    misses: list[dict] = []
    bodies: list[tuple[str, str]] = []
    fixtures = only(load_fixtures(data), lambda fx: fx["html"], DATASET, part)
    for fx in fixtures:
        expected = fx.get("expected") or {}
        page = root / fx["html"]
        try:
            doc = document_from_html(gzip.decompress(page.read_bytes()), str(page), meta=Meta(source=str(page)))
            meta, text = doc.meta, doc.text
        except InputError:
            meta, text = Meta(), ""
        if gold_body(expected):
            bodies.append((gold_body(expected), text))
        checks = {}
        if expected.get("title"):
            checks["title"] = norm_text(expected["title"]) == norm_text(meta.title)
        if expected.get("publishing_date"):
            checks["date"] = same_day(expected["publishing_date"], meta.published)
        if expected.get("authors"):
            checks["authors"] = same_authors(expected["authors"], meta.authors)
        for name, ok in checks.items():
            hits[name].append(ok)
            if not ok:
                misses.append({"page": fx["html"], "field": name})
    scores: dict = {}
    for name, oks in hits.items():
        scores[name] = round(sum(oks) / len(oks), 4) if oks else None
        scores[f"{name}_n"] = len(oks)
    body = score_pages(bodies)
    scores.update({"body_f1": body["f1"], "body_precision": body["precision"],
                   "body_recall": body["recall"], "body_n": body["pages"]})
    scores["misses"] = [f"{m['field']}:{m['page']}" for m in misses]
    scores["records"] = len(fixtures)
    return scores
