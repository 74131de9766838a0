"""`newsdesk eval merge --data ../shared/data/ecbplus`: cross-article event merging on ECB+.

The articles of the part are ingested, as a user would, into a temporary DuckDB store
(`newsdesk.ingest`: analysis, then the corpus stages: stories and merged events), and the
merged events are read back with their mentions (`list_events`, `get_article`). ECB+ gives
every action mention a cross-document event `instance` id; the gold says two mentions in
different articles are one event when they share an instance (ECB+'s own README: score only
the mentions of each article's `annotated_sentences`).

Matching: a product event matches a gold mention when its evidence span (the trigger, plus
the frame word in "agreed to visit") overlaps the mention's span. A gold mention is *coded*
when some product event matches it; it then belongs to the merged events of the product events
that match it. Over the pairs of coded gold mentions in different articles:
  precision  of the pairs the product merges (they share a merged event), the share that are
             one gold instance
  recall     of the pairs that are one gold instance, the share the product merges
  recall_all the same over every gold pair, coded or not (what merging could find at most is
             bounded by what the events stage codes: `coded_share`)
The store's text is the cleaned text (ingest may drop a title-like first line, join lines);
its offsets are mapped back to the ECB+ text by aligning the two texts' non-space characters.
Split key: the document id (dataset "ecbplus").
"""
from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from ..api import Store, get_article, ingest, list_events
from ..options import Options
from . import f1
from .ecbplus import mention_spans, read_ecbplus, scored_mentions
from .split import Part


# -- offsets ---------------------------------------------------------------------------------

def offset_map(stored: str, original: str) -> list[int | None]:
    """For each character of `stored`, its offset in `original` (None for spaces and for
    characters `original` does not have). The two texts may differ in spacing and in whole
    lines dropped or moved; non-space characters are aligned in order."""
    s_pos = [i for i, ch in enumerate(stored) if not ch.isspace()]
    o_pos = [i for i, ch in enumerate(original) if not ch.isspace()]
    s_chars = "".join(stored[i] for i in s_pos)
    o_chars = "".join(original[i] for i in o_pos)
    out: list[int | None] = [None] * len(stored)
    if s_chars == o_chars:
        blocks = [(0, 0, len(s_chars))]
    else:
        blocks = SequenceMatcher(None, s_chars, o_chars, autojunk=False).get_matching_blocks()
    for a, b, size in blocks:
        for k in range(size):
            out[s_pos[a + k]] = o_pos[b + k]
    return out


def map_span(mapping: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    """A stored-text span as an original-text span (None when no character of it maps)."""
    hits = [mapping[i] for i in range(max(0, start), min(end, len(mapping)))
            if mapping[i] is not None]
    return (min(hits), max(hits) + 1) if hits else None


# -- the product's side ------------------------------------------------------------------------

def ingest_docs(docs: list[dict], folder: Path) -> Path:
    """Ingest the articles (id and text only: ECB+ has no titles or dates) into a new store
    under `folder`; returns the database path."""
    source = folder / "ecbplus.jsonl"
    with open(source, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    db = folder / "merge.duckdb"
    ingest([str(source)], db=str(db), options=Options(quiet=True))
    return db


def merged_mentions(db: Path, texts: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """{document id: [(merged event id, start, end)]}: every stored event mention with its
    merged event, its evidence span mapped onto the document's original text."""
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    with Store(db, read_only=True) as store:
        by_article: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        for event in list_events(store, limit=10 ** 9):
            for m in event["mention_list"]:
                if m["evidence_start"] is not None:
                    by_article[m["article_id"]].append(
                        (event["id"], m["evidence_start"], m["evidence_end"]))
        for article_id, mentions in by_article.items():
            record = get_article(store, article_id) or {}
            doc_id = (record.get("meta") or {}).get("doc_id")
            if doc_id not in texts:
                continue
            mapping = offset_map(record["text"], texts[doc_id])
            for merged_id, start, end in mentions:
                span = map_span(mapping, start, end)
                if span:
                    out[doc_id].append((merged_id, *span))
    return out


# -- scoring -----------------------------------------------------------------------------------

def _cross_doc_pairs(items: list[tuple[str, str]]) -> int:
    """Pairs in different documents among (doc, group) items that share a group."""
    by_group: dict[str, Counter] = defaultdict(Counter)
    for doc, group in items:
        by_group[group][doc] += 1
    total = 0
    for docs in by_group.values():
        n = sum(docs.values())
        total += (n * n - sum(c * c for c in docs.values())) // 2
    return total


def score_merge(docs: list[dict], product: dict[str, list[tuple[str, int, int]]]) -> dict:
    """Pairwise scores of the product's merging against the gold instances (module note)."""
    gold_all: list[tuple[str, str]] = []
    coded: list[tuple[str, str | None, set[str]]] = []
    n_gold = 0
    for d in docs:
        for m in scored_mentions(d):
            n_gold += 1
            if m.get("instance"):
                gold_all.append((d["id"], m["instance"]))
            spans = mention_spans(m)
            merged = {mid for mid, s, e in product.get(d["id"], ())
                      if any(s < ge and gs < e for gs, ge in spans)}
            if merged:
                coded.append((d["id"], m.get("instance"), merged))
    gold_pairs = _cross_doc_pairs([(doc, inst) for doc, inst, _ in coded if inst])
    members: dict[str, list[int]] = defaultdict(list)
    for k, (_, _, merged) in enumerate(coded):
        for mid in merged:
            members[mid].append(k)
    merged_pairs = {(a, b) for ks in members.values() for a, b in combinations(ks, 2)
                    if coded[a][0] != coded[b][0]}
    tp = sum(1 for a, b in merged_pairs if coded[a][1] and coded[a][1] == coded[b][1])
    p = tp / len(merged_pairs) if merged_pairs else 0.0
    r = tp / gold_pairs if gold_pairs else 0.0
    all_pairs = _cross_doc_pairs(gold_all)
    return {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
        "recall_all": round(tp / all_pairs, 4) if all_pairs else 0.0,
        "merged_pairs": len(merged_pairs), "gold_pairs_coded": gold_pairs,
        "gold_pairs_all": all_pairs, "true_pairs": tp,
        "gold_mentions": n_gold, "coded_mentions": len(coded),
        "coded_share": round(len(coded) / n_gold, 4) if n_gold else 0.0,
    }


def evaluate(path: Path, part: Part | None = None) -> dict:
    docs = read_ecbplus(path, part)
    with tempfile.TemporaryDirectory(prefix="newsdesk-eval-merge-") as tmp:
        db = ingest_docs(docs, Path(tmp))
        product = merged_mentions(db, {d["id"]: d["text"] for d in docs})
    scores = score_merge(docs, product)
    merged_ids = Counter(mid for mentions in product.values() for mid, _, _ in mentions)
    scores.update(records=len(docs), articles_with_events=len(product),
                  product_mentions=sum(merged_ids.values()),
                  merged_events=len(merged_ids))
    return scores
