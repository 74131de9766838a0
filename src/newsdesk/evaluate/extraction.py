"""Article body extraction on the ScrapingHub Article Extraction Benchmark (AEB).

`newsdesk eval extraction --data ../shared/data/extraction/scrapinghub_aeb`

Counted the benchmark's own way, so our number compares with its published table:
- tokens are runs of word characters (`\\w+`); a page's text becomes its 4-token shingles
  (a text of fewer than 4 tokens is one short shingle), counted with multiplicity;
- per page, true positives / false positives / false negatives are the shingle-count
  overlap, excess in the prediction and shortfall, then divided by their sum, so that a long
  page weighs no more than a short one;
- precision is averaged over the pages where anything was predicted or matched (tp + fp > 0),
  recall over the pages with anything to find (tp + fn > 0), and F1 is taken from those two
  averages (not averaged per page).
- accuracy: the share of pages whose token sequence is exactly the gold one.
Pages are keyed for the internal-test split by their key in ground-truth.json (dataset
"scrapinghub_aeb").
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from ..errors import EvalError, InputError
from ..ingest.html import document_from_html
from . import f1
from .split import Part, only

DATASET = "scrapinghub_aeb"

WORD = re.compile(r"\w+")
SHINGLE = 4


def tokens(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter:
    toks = tokens(text)
    grams = [tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(gold: str | None, predicted: str | None) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) for one page."""
    want, got = shingles(gold), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score_pages(pairs: list[tuple[str | None, str | None]]) -> dict:
    """Benchmark scores for (gold, predicted) body texts."""
    counts = [page_counts(g, p) for g, p in pairs]
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    accuracy = statistics.mean([float(tokens(g) == tokens(p)) for g, p in pairs] or [0.0])
    return {"f1": round(f1(precision, recall), 4), "precision": round(precision, 4),
            "recall": round(recall, 4), "accuracy": round(accuracy, 4), "pages": len(pairs)}


def load_gold(data: Path) -> dict[str, str]:
    truth = data / "ground-truth.json" if data.is_dir() else data
    if not truth.exists():
        raise EvalError(f"no ground-truth.json in {data}")
    gold = json.loads(truth.read_text(encoding="utf-8"))
    return {key: (value.get("articleBody") or "") for key, value in gold.items()}


def extract_body(path: Path) -> str:
    """newsdesk's clean text for one saved page ("" when it yields no document)."""
    try:
        return document_from_html(gzip.decompress(path.read_bytes()), str(path)).text
    except InputError:
        return ""


def evaluate(data: Path, extractor: Callable[[Path], str] = extract_body,
             part: Part | None = None) -> dict:
    root = data if data.is_dir() else data.parent
    gold = load_gold(data)
    pairs = []
    started = time.perf_counter()
    for key in only(gold, str, DATASET, part):
        body = gold[key]
        page = root / "html" / f"{key}.html.gz"
        if not page.exists():
            raise EvalError(f"missing page {page}")
        pairs.append((body, extractor(page)))
    elapsed = time.perf_counter() - started
    scores = score_pages(pairs)
    scores["pages_per_second"] = round(len(pairs) / elapsed, 1) if elapsed else None
    scores["records"] = len(pairs)
    return scores
