"""Choose the voice stage's blends of the shared encoder with the linear models, out of fold.

    python -m newsdesk.training.voice_blend --trained DIR [--out DIR]

The voice stage scores SUBJ and check-worthiness as p = w x encoder + (1 - w) x linear,
positive when p >= t (stages/voice/scoring.blend_subjectivity, blend_checkworthy); BIASED is
the encoder's head alone. This picks w and t for both from out-of-fold scores over the whole
learn part, so no sentence that chooses them was seen by the model that scored it:
- the encoder's: `train`'s grouped 5-fold CV logits (DIR/oof.npz, folds = group hash % 5,
  training/sentence_encoder.py), calibrated with the head's Platt fit (DIR/scores.json);
- the linear models': the same five folds, each scored by the recipe the shipped linear model
  is (evaluate.recipes) trained on the other four (BABE's learn opinions join every fold's
  training, as in training/voice.py);
- rules fixed before any score was seen, those the earlier voice trainers used: SUBJ by the best
  worst-case macro-F1 over SUBJ shares 0.25 / 0.40 / 0.55 (choose_subjectivity_blend: the test
  years differ in label balance), check-worthiness by the best F1(Yes) (choose_checkworthy_blend).
Writes DIR_OUT/voice_blend.json: {"subjectivity": {...}, "checkworthy": {...}, "trained_on"},
read by stages/voice/encoder.py. The internal test parts are not read here.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .sentence_encoder_bundle import group_hash
from .sentence_encoder_calib import sigmoid

FOLDS = 5  # sentence_encoder train's default: the OOF logits come from these folds
BLEND_WEIGHTS = np.round(np.arange(0.0, 1.01, 0.1), 1)
SUBJ_THRESHOLDS = np.round(np.arange(0.20, 0.801, 0.05), 2)
CHECK_THRESHOLDS = np.round(np.arange(0.10, 0.901, 0.01), 2)
BLEND_FILE = "voice_blend.json"


def choose_blend(encoder, linear, thresholds, score) -> dict:
    """{"encoder_weight", "threshold", "calibration"}: the w in BLEND_WEIGHTS and t in
    `thresholds` whose picks p >= t, p = w x encoder + (1 - w) x linear, score best;
    `score(picked)` gives (key, report), the highest key wins, ties to w and t nearer 0.5."""
    best, best_key = {}, None
    for w in BLEND_WEIGHTS:
        p = w * np.asarray(encoder) + (1 - w) * np.asarray(linear)
        for t in thresholds:
            key, report = score(p >= t)
            key = (*key, -abs(w - 0.5), -abs(t - 0.5))
            if best_key is None or key > best_key:
                best_key = key
                best = {"encoder_weight": float(w), "threshold": float(t), "calibration": report}
    return best


def choose_subjectivity_blend(encoder, linear, gold) -> dict:
    """The SUBJ blend with the best worst-case macro-F1 over the SUBJ shares of
    evaluate.subjectivity.SUBJ_SHARES (ties to the higher mean), with its out-of-fold scores
    and rates (TPR and FPR, which training/voice_opinion corrects for)."""
    from ..evaluate.recipes import balanced_macro_f1
    from ..evaluate.subjectivity import SUBJ_SHARES

    gold = np.asarray(gold, dtype=int)

    def score(picked):
        f1s = [balanced_macro_f1(gold, picked, s) for s in SUBJ_SHARES]
        return (round(min(f1s), 9), round(float(np.mean(f1s)), 9)), {
            "sentences": int(len(gold)), "subj_share": round(float(gold.mean()), 4),
            "macro_f1_at_share": {str(s): round(f, 4) for s, f in zip(SUBJ_SHARES, f1s)},
            "tpr": round(float(picked[gold == 1].mean()), 4),
            "fpr": round(float(picked[gold == 0].mean()), 4)}

    return choose_blend(encoder, linear, SUBJ_THRESHOLDS, score)


def choose_checkworthy_blend(encoder, linear, gold) -> dict:
    """The check-worthiness blend with the best F1(Yes), with its out-of-fold score."""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    gold = np.asarray(gold, dtype=int)

    def score(picked):
        f1 = float(f1_score(gold, picked))
        return (round(f1, 9),), {"sentences": int(len(gold)), "f1_yes": round(f1, 4)}

    return choose_blend(encoder, linear, CHECK_THRESHOLDS, score)


def encoder_oof(trained: Path, task: str) -> np.ndarray:
    """P(positive) of each learn row of `task` from the CV logits, Platt-calibrated."""
    z = np.load(trained / "oof.npz")[task][:, 0]
    a, c = json.loads((trained / "scores.json").read_text(encoding="utf-8"))["tasks"][task]["platt"]
    return sigmoid(a * z + c)


def learn_rows(rows: list[dict]) -> tuple[list[dict], np.ndarray]:
    """The learn rows (in the bundle's order) and each one's fold."""
    learn = [r for r in rows if not r["test"]]
    return learn, np.array([group_hash(r["group"]) % FOLDS for r in learn])


def linear_oof(fold: np.ndarray, fit, score) -> np.ndarray:
    """P(positive) of each row: `score(model, held row indices)` of the model
    `fit(training row indices)` trained on the other folds."""
    p = np.zeros(len(fold))
    for f in range(FOLDS):
        held = np.flatnonzero(fold == f)
        p[held] = score(fit(np.flatnonzero(fold != f)), held)
    return p


def subjectivity_blend(trained: Path, data: Path) -> dict:
    from ..evaluate.gold import read_babe
    from ..evaluate.recipes import parse_sentences, subjectivity_recipe
    from .sentence_encoder_data import subjectivity_rows

    babe = read_babe(data / "babe" / "babe_sg2.csv")
    learn, fold = learn_rows(subjectivity_rows(data, babe))
    encoder = encoder_oof(trained, "subjectivity")
    # CheckThat! rows only (BABE's opinion rows train the encoder but are not scored)
    ct = np.array([r["scored"] for r in learn])
    babe_learn = read_babe(data / "babe" / "babe_sg2.csv", "learn")
    babe_parses = parse_sentences([r["text"] for r in babe_learn])
    rows = [r for r, keep in zip(learn, ct) if keep]
    parses = parse_sentences([r["text"] for r in rows])

    def fit(train):
        return subjectivity_recipe([rows[k]["text"] for k in train],
                                   [rows[k]["label"] for k in train],
                                   [parses[k] for k in train], babe_learn, babe_parses)

    def score(model, held):
        return model.proba([rows[k]["text"] for k in held], [parses[k] for k in held])

    linear = linear_oof(fold[ct], fit, score)
    return choose_subjectivity_blend(encoder[ct], linear, [r["label"] for r in rows])


def checkworthy_blend(trained: Path, data: Path) -> dict:
    from ..evaluate.recipes import checkworthy_recipe
    from .sentence_encoder_data import checkworthy_rows

    learn, fold = learn_rows(checkworthy_rows(data))
    texts, labels = [r["text"] for r in learn], [r["label"] for r in learn]
    linear = linear_oof(
        fold, lambda train: checkworthy_recipe([texts[k] for k in train], [labels[k] for k in train]),
        lambda model, held: model.proba([texts[k] for k in held]))
    return choose_checkworthy_blend(encoder_oof(trained, "checkworthy"), linear,
                                    [r["label"] for r in learn])


def main(argv: list[str] | None = None) -> None:
    from .sentence_encoder_data import DATA

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trained", type=Path, required=True,
                        help="sentence_encoder train's output (oof.npz, scores.json)")
    parser.add_argument("--out", type=Path, default=None, help="default: --trained")
    args = parser.parse_args(argv or [])
    blend = {"trained_on": "learn parts (grouped 5-fold CV chose the blends out of fold)",
             "subjectivity": subjectivity_blend(args.trained, DATA),
             "checkworthy": checkworthy_blend(args.trained, DATA)}
    out = (args.out or args.trained) / BLEND_FILE
    out.write_text(json.dumps(blend, indent=1), encoding="utf-8")
    print(json.dumps(blend, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
