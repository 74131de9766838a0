"""Train the events' confidence model (stages/events/confidence.py) on blind-coded articles.

Data: the development sets in the repository (every eval/dev*: dev37-dev42 are 70 wire-style
articles written and coded blind for newsdesk by GUIDELINES.md of ../shared/data/realnews) and
the learn part of ../shared/data/realnews (16 articles). Each article is analysed as `newsdesk
eval realnews` analyses it; each
event it outputs (roots 03-20) is a row, labelled by whether the gold lists the same act
(evaluate.realnews.event_matches), with the features of confidence.features (the record keeps
the rules' `evidence_score`, one of them). Events of roots 01 and 02 are not in the gold and
not rows. The held-out wire sets (eval/wire37-39) and the realnews internal test part are never
read here. The rows change with every rule change: rebuild after one (`make models`).

A logistic regression (scikit-learn, L2, C below) on those rows; printed: the rows, the base
rate and the AUC and Brier score of a 5-fold cross-validation grouped by article, beside the
same two for the rules' evidence score on the same rows. Writes models/event_confidence.json.
`python -m newsdesk.training event_confidence` (or `python -m
newsdesk.training.event_confidence --out PATH`)
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from ..evaluate.realnews import confidence_scores, event_matches, read_realnews, records_by_article
from ..stages.events.confidence import FEATURES_VERSION, MODEL_PATH, features

REPO = Path(__file__).resolve().parents[3]
# every development set in the repository (eval/dev*), a new one included when it is added;
# never the held-out wire sets (eval/wire*)
DEV_SETS = sorted(p for p in (REPO / "eval").glob("dev*") if (p / "gold").is_dir())
REALNEWS = REPO.parent / "shared" / "data" / "realnews"
C = 0.3  # L2 strength: 0.1-1.0 gave the same cross-validated AUC within 0.005 (session 39)
FOLDS = 5


def rows() -> list[tuple[str, dict, bool, dict]]:
    """[(article id, features, matched, event record)] over the training sets."""
    out = []
    for folder, part in [(d, None) for d in DEV_SETS] + [(REALNEWS, "learn")]:
        pairs = read_realnews(folder, part)
        records = records_by_article([article for article, _ in pairs])
        for article, gold in pairs:
            record = records.get(article["id"])
            n = len((record or {}).get("sentences") or [])
            for event, hit in event_matches(article, gold, record):
                out.append((article["id"], features(event, n), hit, event))
    return out


def _fit(feats: list[dict], labels: list[bool]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000).fit(vec.fit_transform(feats), labels)
    return vec, model


def cross_validated(data) -> list[tuple[dict, bool]]:
    """[(event with the out-of-fold confidence, matched)]: GroupKFold by article."""
    from sklearn.model_selection import GroupKFold

    groups = [a for a, _, _, _ in data]
    out = []
    for train, test in GroupKFold(FOLDS).split(data, groups=groups):
        vec, model = _fit([data[i][1] for i in train], [data[i][2] for i in train])
        probs = model.predict_proba(vec.transform([data[i][1] for i in test]))[:, 1]
        out += [({"confidence": p}, data[i][2]) for i, p in zip(test, probs)]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="the model file to write")
    args = parser.parse_args(argv or [])
    t0 = time.perf_counter()
    data = rows()
    labels = [hit for _, _, hit, _ in data]
    base = sum(labels) / len(labels)
    print(f"{len(data)} events of {len({a for a, _, _, _ in data})} articles, "
          f"{base:.3f} of them right")
    rules = confidence_scores([({"confidence": event.get("evidence_score")}, hit)
                               for _, _, hit, event in data])
    learned = confidence_scores(cross_validated(data))
    print(f"rules' evidence score:  AUC {rules['confidence_auc']:.3f} "
          f"Brier {rules['confidence_brier']:.3f}")
    print(f"learned, {FOLDS}-fold CV by article: AUC {learned['confidence_auc']:.3f} "
          f"Brier {learned['confidence_brier']:.3f} (constant at the base rate: "
          f"{base * (1 - base):.3f})")
    vec, model = _fit([f for _, f, _, _ in data], labels)
    weights = {name: round(float(w), 6) for name, w in zip(vec.feature_names_, model.coef_[0])
               if abs(w) > 1e-9}
    args.out.write_text(json.dumps({
        "features_version": FEATURES_VERSION, "trained": time.strftime("%Y-%m-%d"),
        "C": C, "rows": len(data), "articles": len({a for a, _, _, _ in data}),
        "data": [d.name for d in DEV_SETS] + ["realnews (learn part)"],
        "cross_validated": learned, "intercept": round(float(model.intercept_[0]), 6),
        "weights": dict(sorted(weights.items()))}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights) in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
