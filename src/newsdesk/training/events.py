"""Train the 5-class CAMEO sentence classifier (models/events_cameo5.json).

Data: ../shared/data/events/conflibert_cameo_class_train.tsv (ConfliBERT: sentence, class
0-4), learn part only (evaluate.cameo5 keys the sentences for the internal-test split).
Model: tf-idf over word 1-2-grams + multinomial logistic regression (evaluate.recipes),
exported as plain JSON weights (vocabulary, idf, coefficients) that the events stage scores
with numpy. Prints the classifier's 5-fold cross-validated accuracy on the learn part (fixed
seed), and the internal-test accuracy of the classifier alone and of the whole cameo5 scorer
(lexicon + classifier). `python -m newsdesk.training.events [--out DIR]`.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..evaluate.cameo5 import read_gold, score_rows
from ..evaluate.recipes import (CAMEO5_FOLDS, best_class, cameo5_fit, cameo5_proba,
                                cross_validated_probabilities)

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "events"
DATA = SHARED / "conflibert_cameo_class_train.tsv"
MODELS = Path(__file__).resolve().parents[1] / "models"
NAME = "events_cameo5.json"


def export(vec, clf) -> dict:
    vocab = {term: int(i) for term, i in vec.vocabulary_.items()}
    return {
        "kind": "tfidf-logreg", "ngram_range": [1, 2], "sublinear_tf": True,
        "classes": [int(c) for c in clf.classes_],
        "vocabulary": vocab,
        "idf": [round(float(v), 5) for v in vec.idf_],
        "coef": [[round(float(v), 5) for v in row] for row in clf.coef_],
        "intercept": [round(float(v), 5) for v in clf.intercept_],
    }


def _accuracy(probs: list[list[float]], labels: list[int]) -> float:
    return sum(best_class(p) == g for p, g in zip(probs, labels)) / max(1, len(labels))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for the model file")
    args = parser.parse_args(argv or [])
    t0 = time.perf_counter()
    learn, test = read_gold(DATA, "learn"), read_gold(DATA, "test")
    texts, labels = [t for t, _ in learn], [c for _, c in learn]
    cv = _accuracy(cross_validated_probabilities(texts, labels), labels)
    print(f"cameo5 classifier: {len(learn)} learn sentences, {CAMEO5_FOLDS}-fold CV accuracy "
          f"{cv:.4f}", flush=True)
    model = cameo5_fit(texts, labels)
    alone = _accuracy(cameo5_proba(model, [t for t, _ in test]), [c for _, c in test])
    whole = score_rows(test, train_rows=learn)
    print(f"internal test ({len(test)} sentences): classifier alone {alone:.4f}, "
          f"lexicon + classifier {whole['accuracy']:.4f}", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / NAME
    out.write_text(json.dumps(export(*model), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
