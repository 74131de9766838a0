"""`newsdesk eval cameo5 --data conflibert_cameo_class_train.tsv`: 5-class CAMEO accuracy.

Classes (ConfliBERT): 0 statement/appeal (CAMEO 01-02), 1 verbal cooperation (03-05),
2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
A sentence's class is the root class of its top event; when the lexicon codes nothing
(or codes only weakly), the sentence classifier shipped in models/ decides. The classifier
was trained on this very file, so its share of the score is measured by k-fold
cross-validation (training/events.py rebuilds the folds with the same seed): each sentence
is classified by a model that never saw it.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .events import analyse, top_event

ROOT_CLASS = {**{r: 0 for r in (1, 2)}, **{r: 1 for r in (3, 4, 5)},
              **{r: 2 for r in (6, 7, 8)}, **{r: 3 for r in (9, 10, 11, 12, 13)},
              **{r: 4 for r in range(14, 21)}}


def read_gold(path: Path) -> list[tuple[str, int]]:
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2 and row[-1].strip().isdigit():
                rows.append(("\t".join(row[:-1]).strip(), int(row[-1])))
    return rows


def event_class(doc) -> int | None:
    event = top_event(doc)
    if event is None:
        return None
    return ROOT_CLASS.get(int(event.cameo[:2]))


def evaluate(path: Path) -> dict:
    from ..training.events import cross_validated_classes

    rows = read_gold(path)
    texts = [t for t, _ in rows]
    gold = [c for _, c in rows]
    docs = analyse(texts)
    fallback = cross_validated_classes(texts, gold)
    lexicon_hits = lexicon_right = right = 0
    for doc, g, fb in zip(docs, gold, fallback):
        ev = top_event(doc)
        pred = event_class(doc) if ev is not None and ev.confidence >= 0.6 else None
        if pred is not None:
            lexicon_hits += 1
            lexicon_right += pred == g
        else:
            pred = fb
        right += pred == g
    n = len(rows)
    return {
        "accuracy": round(right / n, 4) if n else 0.0,
        "lexicon_share": round(lexicon_hits / n, 4) if n else 0.0,
        "lexicon_accuracy": round(lexicon_right / lexicon_hits, 4) if lexicon_hits else 0.0,
        "classifier_cv_accuracy": round(sum(f == g for f, g in zip(fallback, gold)) / n, 4)
        if n else 0.0,
        "n": n,
    }
