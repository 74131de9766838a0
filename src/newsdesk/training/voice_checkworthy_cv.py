"""Cross-validate ways of combining the two check-worthiness models
(`python -m newsdesk.training.voice_checkworthy_cv`); writes no model.

The voice encoder's check-worthiness head was trained on the CT24 learn part less its
calibration fifth (training/voice_checkworthy.py), so that fifth is the only learn data on
which the head's scores are honest. Here the linear model is trained on the rest of the learn
part (as the trainer does), both models score the fifth, and each way of combining them is
scored by nested CV over the fifth: the weight and threshold are picked on four folds and
scored on the fifth, so the figure says what picking them is worth, not how well it fits.
Folds keep blocks of neighbouring sentence ids together (GROUP_IDS): ClaimBuster numbers a
debate's sentences in order, and a speaker's neighbouring sentences repeat one another.

Measured 2026-12-02 (3,793 sentences, 919 Yes): encoder head alone 0.690 (its threshold
picked per fold), linear alone 0.673, the shipped probability blend 0.718 (weight 0.7-0.75,
threshold 0.45-0.46 in every fold, as shipped), a log-odds blend 0.714: the shipped blend
stays. Retraining the linear model with C 3 or 30 instead of 10, or with the spaCy block
added (entities, numbers, lemmas: linear alone 0.672 -> 0.685 in grouped 5-fold CV over the
whole learn part), left the blend at 0.703-0.717.
"""
from __future__ import annotations

import sys

import numpy as np

from ..evaluate.gold import checkworthy_rows
from ..evaluate.recipes import checkworthy_recipe, grouped_folds
from ..evaluate.split import part_of
from ..stages.voice.encoder import load_encoder
from .voice import DATA
from .voice_checkworthy import CALIBRATION

GROUP_IDS = 100  # sentence ids per CV group
WEIGHTS = np.round(np.arange(0.0, 1.01, 0.05), 2)
THRESHOLDS = np.round(np.arange(0.1, 0.91, 0.01), 2)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def combine(kind: str, w: float, encoder: np.ndarray, linear: np.ndarray) -> np.ndarray:
    """"prob": w x encoder + (1 - w) x linear (the stage's blend); "logit": the same mix of
    log-odds, back to a probability."""
    if kind == "prob":
        return w * np.asarray(encoder) + (1 - w) * np.asarray(linear)
    return 1 / (1 + np.exp(-(w * _logit(encoder) + (1 - w) * _logit(linear))))


def pick(kind: str, encoder, linear, gold) -> tuple[float, float, float]:
    """(F1(Yes), weight, threshold): the best of the grid on these sentences."""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    best = (-1.0, 0.0, 0.5)
    for w in WEIGHTS:
        p = combine(kind, float(w), encoder, linear)
        for t in THRESHOLDS:
            f1 = f1_score(gold, p >= t)
            if f1 > best[0]:
                best = (float(f1), float(w), float(t))
    return best


def nested_cv(kind: str, encoder, linear, gold, groups) -> tuple[float, list]:
    """(F1(Yes) of the pooled held-out predictions, [(weight, threshold)] of each fold)."""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    encoder, linear, gold = np.asarray(encoder), np.asarray(linear), np.asarray(gold)
    pred = np.zeros(len(gold), dtype=bool)
    chosen = []
    for train, held in grouped_folds(gold, groups):
        _, w, t = pick(kind, encoder[train], linear[train], gold[train])
        chosen.append((w, t))
        pred[held] = combine(kind, w, encoder[held], linear[held]) >= t
    return float(f1_score(gold, pred)), chosen


def main(argv: list[str] | None = None) -> None:
    folder = DATA / "checkworthiness"
    rows = [dict(r, file=f.name) for f in sorted(folder.glob("CT24_*.tsv"))
            for r in checkworthy_rows(f, "learn")]
    calib = np.array([part_of(r["key"], CALIBRATION) == "test" for r in rows])
    texts = [r["text"] for r in rows]
    gold = np.array([r["label"] for r in rows])
    train, held = np.flatnonzero(~calib), np.flatnonzero(calib)
    groups = [f"{rows[k]['file']}:{int(rows[k]['key']) // GROUP_IDS}" for k in held]
    linear = checkworthy_recipe([texts[k] for k in train], list(gold[train]))
    lin = linear.proba([texts[k] for k in held])
    enc = load_encoder().proba([texts[k] for k in held])["checkworthy"]
    y = gold[held]
    print(f"calibration fifth: {len(held)} sentences, {int(y.sum())} Yes", flush=True)
    for name, kind, e, p in (("encoder head alone", "prob", enc, enc),
                             ("linear alone", "prob", lin, lin),
                             ("probability blend", "prob", enc, lin),
                             ("log-odds blend", "logit", enc, lin)):
        f1, chosen = nested_cv(kind, e, p, y, groups)
        if e is p:  # one model: only the threshold is picked
            chosen = [t for _, t in chosen]
        print(f"{name}: nested grouped CV F1(Yes) {f1:.4f}; [weight,] threshold per fold "
              f"{chosen}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
