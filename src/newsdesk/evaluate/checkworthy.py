"""`newsdesk eval checkworthy --data ../shared/data/checkworthiness/CT24_checkworthy_english_dev.tsv`.

Scores the shipped check-worthiness model (trained on the CT24 train file only) on a CheckThat!
2024 task 1 English file (or a folder: all its files): F1 of the Yes class (the task's official
measure), at score >= 0.5. `--part` picks the sentences by the hash of their `Sentence_id`.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..stages.voice.features import load_model
from .gold import read_checkworthy
from .split import Part


def evaluate(data: Path, part: Part | None = None) -> dict:
    # heavy (scikit-learn): imported on first use
    from sklearn.metrics import f1_score, precision_score, recall_score

    texts, gold = read_checkworthy(data, part)
    model = load_model("checkworthy")
    pred = (model.proba(texts) >= model.threshold).astype(int)
    gold = np.asarray(gold)
    return {
        "f1_yes": round(float(f1_score(gold, pred, zero_division=0)), 4),
        "precision_yes": round(float(precision_score(gold, pred, zero_division=0)), 4),
        "recall_yes": round(float(recall_score(gold, pred, zero_division=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        "sentences": len(texts), "records": len(texts),
    }
