"""`newsdesk eval bias --data ../shared/data/babe/babe_sg2.csv`: media bias on BABE.

BABE has no dev split; its sentences are split into the learn and internal test parts by
article (`news_link`, evaluate.gold), so all sentences of one article fall in one part.
Reported: macro-F1 of BIASED/NEUTRAL, and the token-level precision/recall/F1 of the loaded
words against BABE's biased_words.

The linear models (`--voice-model linear`) are scored
with the very recipe of the shipped model (evaluate.recipes), never on what they learnt from:
- `--part all` (the default) and `--part learn`: article-grouped 5-fold CV over those rows;
- `--part test`: trained on the learn part, scored on the test part.
The BIASED label and the loaded words of the fine-tuned encoder (the default `--voice-model
encoder`, trained on the learn part: training/voice_encoder.py, voice_loaded.py) are scored
as shipped (P(BIASED) at the head's own threshold; the stage's loaded words of the outlet's
own sentences) on the internal test part with `--part all` and `--part test`; `--part learn`
scores the learn part, which it was trained on (not a test). Its grouped 5-fold CV on the
learn part is in training/voice_encoder.py's note.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..options import Options
from ..stages.voice.encoder import load_encoder
from ..stages.voice.loaded import FUNCTION_WORDS, token_features, word_tokens
from . import f1
from .gold import BABE, babe_groups, babe_key, babe_labels, babe_loaded_words, read_babe
from .recipes import bias_recipe, grouped_folds, loaded_recipe, macro_f1
from .split import Part, split


def _loaded_counts(model, rows) -> tuple[int, int, int]:
    """(true positives, predicted, gold) over the words of the rows' sentences."""
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


def _loaded_scores(counts: tuple[int, int, int]) -> dict:
    """Word-level precision, recall and F1 from (true positives, predicted, gold)."""
    tp, n_pred, n_gold = counts
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return {"loaded_precision": round(precision, 4), "loaded_recall": round(recall, 4),
            "loaded_f1": round(f1(precision, recall), 4)}


def _scores(labels: np.ndarray, pred: np.ndarray, counts: tuple[int, int, int]) -> dict:
    return {"macro_f1": round(macro_f1(labels, pred), 4),
            "accuracy": round(float((labels == pred).mean()), 4),
            **_loaded_scores(counts), "sentences": len(labels)}


def cross_validate(rows: list[dict]) -> dict:
    """Article-grouped 5-fold CV of the bias and loaded-word recipes over `rows`."""
    labels = np.array(babe_labels(rows))
    pred = np.zeros(len(rows), dtype=int)
    counts = np.zeros(3, dtype=int)
    for train, test in grouped_folds(labels, babe_groups(rows)):
        train_rows = [rows[i] for i in train]
        test_rows = [rows[i] for i in test]
        model = bias_recipe(train_rows)
        pred[test] = model.proba([r["text"] for r in test_rows]) >= model.threshold
        counts += _loaded_counts(loaded_recipe(train_rows), test_rows)
    return {**_scores(labels, pred, tuple(int(c) for c in counts)), "folds": 5}


def train_and_score(learn: list[dict], test: list[dict]) -> dict:
    """The bias and loaded-word recipes trained on `learn`, scored on `test`."""
    labels = np.array(babe_labels(test))
    model = bias_recipe(learn)
    pred = (model.proba([r["text"] for r in test]) >= model.threshold).astype(int)
    return _scores(labels, pred, _loaded_counts(loaded_recipe(learn), test))


def encoder_scores(rows: list[dict]) -> dict:
    """The shipped encoder's BIASED head on `rows`, as the stage's voice_scores uses it, and
    its loaded-word head (where it has one) as score_voice uses it: counts of words."""
    labels = np.array(babe_labels(rows))
    encoder = load_encoder()
    texts = [r["text"] for r in rows]
    bias = encoder.proba(texts)["bias"]
    pred = (bias >= encoder.threshold("bias")).astype(int)
    scores = {"macro_f1": round(macro_f1(labels, pred), 4),
              "accuracy": round(float((labels == pred).mean()), 4),
              "sentences": len(rows)}
    found = encoder.loaded(texts)
    if found is not None:
        tp = n_pred = n_gold = 0
        for r, spans in zip(rows, found):
            gold = babe_loaded_words(r)
            picked = {(a, b) for a, b in spans}
            for a, b, word in word_tokens(r["text"]):
                is_gold, hit = word.lower() in gold, (a, b) in picked
                tp, n_pred, n_gold = tp + (hit and is_gold), n_pred + hit, n_gold + is_gold
        scores["loaded"] = (tp, n_pred, n_gold)
    return scores


def evaluate(data: Path, voice_model: str = Options.voice_model, part: Part | None = None) -> dict:
    """Linear models: CV, or learn → test (see the module note); the encoder as noted there.

    With the encoder, every top-level score (macro_f1, accuracy, loaded_*, sentences,
    records) is the encoder's, on the rows `bias_method` names; the linear models' scores of
    the part asked for sit apart under "linear", so no field mixes the two."""
    rows = read_babe(data)
    learn, test = split(rows, babe_key, BABE)
    if part == "test":
        linear = train_and_score(learn, test)
        linear["bias_method"] = "trained on the learn part"
        part_rows = test
    else:
        part_rows = learn if part == "learn" else rows
        linear = cross_validate(part_rows)
        linear["bias_method"] = "grouped 5-fold CV"
    if voice_model != "encoder":
        return {**linear, "voice_model": voice_model, "records": len(part_rows)}
    seen = part == "learn"
    encoded = learn if seen else test
    encoder = encoder_scores(encoded)
    scores = {"macro_f1": encoder["macro_f1"], "accuracy": encoder["accuracy"]}
    if "loaded" in encoder:  # the loaded words as the stage finds them with the encoder
        scores.update(_loaded_scores(encoder["loaded"]))
    method = ("shipped encoder on the learn part (trained on it)" if seen else
              "shipped encoder on the test part (never trained on)")
    scores.update(sentences=len(encoded), bias_method=method, voice_model=voice_model,
                  records=len(encoded), linear={**linear, "records": len(part_rows)})
    return scores
