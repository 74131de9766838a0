"""The voice encoder's loaded-word head: which words carry the writer's slant (BABE's
"biased words"), read from the fine-tuned encoder's own word vectors.

    python -m newsdesk.training.voice_loaded --encoder ONNX --heads NPZ

A word's vector is the mean of its word pieces' last-layer vectors in the voice encoder
(stages/encoder.SentenceEncoder.embed_words: the same pass that scores the sentence, so the
stage pays nothing more); the head is a logistic regression on it (class-balanced). Words
and gold labels as the linear loaded-word model has them (stages/voice/loaded.py: function
words are never loaded; a word is loaded when BABE lists it for its sentence). C and the
threshold are chosen by best word-level F1 out of fold (5 folds grouped by BABE article) on
the BABE learn part; the internal test part is never read here.

Measured 2026-12-04 (BABE internal test, 355 sentences, `newsdesk eval bias --part test`):
word F1 0.455 (P 0.450, R 0.461) against 0.341 for the linear token classifier; out of fold
on learn 0.461 at C 0.03 (0.451 at 0.1, 0.447 at 0.3). The out-of-fold figure is optimistic:
the encoder that gives the word vectors was fine-tuned (for BIASED) on every learn row.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

C_GRID = (0.03, 0.1, 0.3)
THRESHOLDS = np.round(np.arange(0.30, 0.951, 0.025), 3)
FOLDS = 5
SEED = 13


def word_data(encoder, rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(word vectors, gold 0/1, row index of each word, gold words skipped as function
    words: they count as misses, as the linear model's scorer counts them)."""
    from ..evaluate.gold import babe_loaded_words
    from ..stages.voice.loaded import FUNCTION_WORDS, loaded_candidates, word_tokens

    spans, gold, owner, missed = [], [], [], 0
    for i, r in enumerate(rows):
        loaded = babe_loaded_words(r)
        s = loaded_candidates(r["text"])
        spans.append(s)
        gold += [r["text"][a:b].lower() in loaded for a, b in s]
        owner += [i] * len(s)
        missed += sum(w.lower() in loaded and w.lower() in FUNCTION_WORDS
                      for _, _, w in word_tokens(r["text"]))
    _, vectors = encoder.embed_words([r["text"] for r in rows], spans)
    return np.concatenate(vectors), np.array(gold, dtype=int), np.array(owner), missed


def word_f1(gold: np.ndarray, picked: np.ndarray, missed: int = 0) -> float:
    tp = int((gold & picked).sum())
    n_pred, n_gold = int(picked.sum()), int(gold.sum()) + missed
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def fit(X: np.ndarray, y: np.ndarray, C: float):
    from sklearn.linear_model import LogisticRegression  # heavy: imported on first use

    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced",
                              random_state=SEED).fit(X, y)


def train_head(encoder, learn: list[dict], log=print) -> dict:
    """The head as stages/encoder.read_heads reads it (W, b, kind, labels, temperature,
    threshold), chosen out of fold on `learn` (BABE rows)."""
    from ..evaluate.gold import babe_groups
    from .sentence_encoder_bundle import group_hash

    X, y, owner, missed = word_data(encoder, learn)
    groups = babe_groups(learn)
    fold = np.array([group_hash(groups[i]) % FOLDS for i in owner])
    best = (-1.0, None, None)
    for C in C_GRID:
        oof = np.zeros(len(y))
        for f in range(FOLDS):
            model = fit(X[fold != f], y[fold != f], C)
            oof[fold == f] = model.predict_proba(X[fold == f])[:, 1]
        f1, t = max((word_f1(y == 1, oof >= t, missed), float(t)) for t in THRESHOLDS)
        log(f"loaded words: C {C} out-of-fold F1 {f1:.4f} at threshold {t}")
        if f1 > best[0]:
            best = (f1, C, t)
    f1, C, t = best
    model = fit(X, y, C)
    return {"W": model.coef_.T.astype(np.float32), "b": model.intercept_.astype(np.float32),
            "kind": "binary", "labels": ["OTHER", "LOADED"], "temperature": 1.0,
            "threshold": t, "cv": {"word_f1": round(f1, 4), "C": C}}


def main(argv: list[str] | None = None) -> None:
    from ..evaluate.gold import read_babe
    from ..stages.encoder import SentenceEncoder
    from .sentence_encoder_data import DATA
    from .sentence_encoder_export import read_heads, write_heads

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encoder", type=Path, required=True, help="an ONNX file with `tokens`")
    parser.add_argument("--heads", type=Path, required=True,
                        help="its heads file: the `loaded` head is added to it")
    args = parser.parse_args(argv or [])
    learn = read_babe(DATA / "babe" / "babe_sg2.csv", "learn")
    head = train_head(SentenceEncoder(args.encoder, args.heads), learn)
    with np.load(args.heads, allow_pickle=False) as f:
        meta = json.loads(str(f["meta"]))
    meta.setdefault("scores", {})["loaded"] = {"cv": head.pop("cv")}
    write_heads(args.heads, {**read_heads(args.heads), "loaded": head}, meta)


if __name__ == "__main__":
    main(sys.argv[1:])
