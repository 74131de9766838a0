"""Train the 5-class CAMEO sentence classifier (models/events_cameo5.json).

Data: ../shared/data/events/conflibert_cameo_class_train.tsv (ConfliBERT: sentence, class
0-4). Model: tf-idf over word 1-2-grams + multinomial logistic regression (scikit-learn),
exported as plain JSON weights (vocabulary, idf, coefficients) that the events stage scores
with numpy. Prints the 5-fold cross-validated accuracy (fixed seed); the same folds give the
out-of-fold predictions used by `newsdesk eval cameo5`.
"""
from __future__ import annotations

import json
from pathlib import Path

SEED = 13
FOLDS = 5
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "events"
DATA = SHARED / "conflibert_cameo_class_train.tsv"
OUT = Path(__file__).resolve().parents[1] / "models" / "events_cameo5.json"


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ..stages.event_classifier import TOKEN_PATTERN

    return TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                           token_pattern=TOKEN_PATTERN)


def _model():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=8.0, max_iter=2000, random_state=SEED)


def fit(texts: list[str], labels: list[int]):
    vec = _vectorizer()
    x = vec.fit_transform(texts)
    clf = _model().fit(x, labels)
    return vec, clf


def cross_validated_probabilities(texts: list[str], labels: list[int]) -> list[list[float]]:
    """Out-of-fold class probabilities: each sentence scored by a model trained without it."""
    from sklearn.model_selection import StratifiedKFold

    out: list[list[float]] = [[0.0] * 5 for _ in texts]
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(texts, labels):
        vec, clf = fit([texts[i] for i in train], [labels[i] for i in train])
        probs = clf.predict_proba(vec.transform([texts[i] for i in test]))
        for i, row in zip(test, probs):
            for cls, p in zip(clf.classes_, row):
                out[i][int(cls)] = float(p)
    return out


def cross_validated_classes(texts: list[str], labels: list[int]) -> list[int]:
    """Out-of-fold predicted classes."""
    return [max(range(5), key=row.__getitem__)
            for row in cross_validated_probabilities(texts, labels)]


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


def main() -> None:
    from ..evaluate.cameo5 import read_gold

    rows = read_gold(DATA)
    texts, labels = [t for t, _ in rows], [c for _, c in rows]
    oof = cross_validated_classes(texts, labels)
    acc = sum(p == g for p, g in zip(oof, labels)) / len(labels)
    print(f"cameo5 classifier: {len(texts)} sentences, {FOLDS}-fold CV accuracy {acc:.4f}")
    vec, clf = fit(texts, labels)
    OUT.write_text(json.dumps(export(vec, clf), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
