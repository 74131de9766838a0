"""`newsdesk eval bias --data ../shared/data/babe/babe_sg2.csv`: media bias on BABE.

BABE has no dev split. The BIASED label (from the fine-tuned encoder by default) is scored on
the fold of the article-grouped 5-fold split that the shipped encoder never saw (fold 0: all
sentences of one article stay in one fold; fixed seed). A 5-fold CV of the encoder's recipe
needs five fine-tunings (about 25 min each): `python -m newsdesk.training.voice_encoder --cv`.
The linear models (`--voice-model linear`, and the loaded words in both modes) are scored by
grouped 5-fold CV, training in each fold with the very recipe of the shipped model
(training/voice.py). Reported: macro-F1 of BIASED/NEUTRAL, and the token-level
precision/recall/F1 of the loaded words against BABE's biased_words.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..options import Options


def _loaded_counts(model, rows) -> tuple[int, int, int]:
    """(true positives, predicted, gold) over the words of the rows' sentences."""
    from ..stages.voice_loaded import FUNCTION_WORDS, token_features, word_tokens
    from ..training.voice import babe_loaded_words

    feats, gold = [], []
    for r in rows:
        words = babe_loaded_words(r)
        toks = word_tokens(r["text"])
        for k, tok in enumerate(toks):
            is_gold = tok[2].lower() in words
            if tok[2].lower() in FUNCTION_WORDS:
                gold.append((is_gold, None))
                continue
            feats.append(token_features(toks, k))
            gold.append((is_gold, len(feats) - 1))
    probs = model.proba([""] * len(feats), feats) if feats else np.zeros(0)
    tp = pred = n_gold = 0
    for is_gold, j in gold:
        hit = j is not None and probs[j] >= model.threshold
        tp += hit and is_gold
        pred += hit
        n_gold += is_gold
    return tp, pred, n_gold


def cross_validate(rows: list[dict]) -> dict:
    from ..training.voice import (babe_groups, bias_recipe, grouped_folds, loaded_recipe,
                                  macro_f1)
    from . import f1

    labels = np.array([int(r["label_bias"] == "Biased") for r in rows])
    pred = np.zeros(len(rows), dtype=int)
    tp = n_pred = n_gold = 0
    for train, test in grouped_folds(labels, babe_groups(rows)):
        train_rows = [rows[i] for i in train]
        test_rows = [rows[i] for i in test]
        model = bias_recipe(train_rows)
        pred[test] = model.proba([r["text"] for r in test_rows]) >= model.threshold
        counts = _loaded_counts(loaded_recipe(train_rows), test_rows)
        tp, n_pred, n_gold = tp + counts[0], n_pred + counts[1], n_gold + counts[2]
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return {
        "macro_f1": round(macro_f1(labels, pred), 4),
        "accuracy": round(float((labels == pred).mean()), 4),
        "loaded_precision": round(precision, 4),
        "loaded_recall": round(recall, 4),
        "loaded_f1": round(f1(precision, recall), 4),
        "sentences": len(rows),
        "folds": 5,
    }


def held_apart(rows: list[dict]) -> dict:
    """The shipped encoder's BIASED head on BABE's held-apart fold (fold 0 of the grouped
    split; training/voice_encoder.py trains on the other four only)."""
    from ..stages.voice_encoder import load_encoder
    from ..training.voice import macro_f1
    from ..training.voice_encoder import babe_held_apart

    _, held = babe_held_apart(rows)
    texts = [rows[i]["text"] for i in held]
    labels = np.array([int(rows[i]["label_bias"] == "Biased") for i in held])
    bias = load_encoder().proba(texts)["bias"]  # as the stage's opinion_scores uses it
    pred = (bias >= 0.5).astype(int)
    return {"macro_f1": round(macro_f1(labels, pred), 4),
            "accuracy": round(float((labels == pred).mean()), 4),
            "sentences": len(held)}


def evaluate(data: Path, voice_model: str = Options.voice_model) -> dict:
    """Linear models: grouped 5-fold CV. Encoder: its held-apart fold for the bias label;
    the loaded words (a linear model in both modes) still by 5-fold CV."""
    from ..training.voice import read_babe

    rows = read_babe(data)
    scores = cross_validate(rows)
    scores["voice_model"] = voice_model
    if voice_model == "encoder":
        encoder = held_apart(rows)
        scores.update(macro_f1=encoder["macro_f1"], accuracy=encoder["accuracy"],
                      bias_method="held-apart grouped fold", bias_sentences=encoder["sentences"])
    else:
        scores["bias_method"] = "grouped 5-fold CV"
    return scores
