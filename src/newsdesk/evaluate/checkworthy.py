"""`newsdesk eval checkworthy --data ../shared/data/checkworthiness/CT24_checkworthy_english_train.tsv --part test`: check-worthy sentences (F1 of Yes) on CheckThat! 2024.

Scores check-worthiness on a CheckThat! 2024 task 1 English file (CT24; or a folder: all its
files): F1 of the Yes class (the task's official measure). As the stage scores an outlet's own
sentences: the linear model blended with the voice encoder's check-worthiness head
(stages/voice blend_checkworthy: the blend's threshold, chosen by training/voice_blend.py
on out-of-fold scores of the learn part, lands on 0.5); with `--voice-model linear` the
linear model alone. Worth checking at score >= 0.5, as the record reads. Both were trained on the
learn part of the train and dev files (`--part` picks sentences by the hash of their
`Sentence_id`), so only `--part test` scores sentences they never saw. The train file's test
part (4,456 sentences) is the one to watch: the dev file's (171) scores far higher than any
other test set does.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..options import Options
from ..stages.voice import blend_checkworthy
from ..stages.voice.encoder import load_encoder
from ..stages.voice.features import load_model
from .gold import read_checkworthy
from .split import Part


def evaluate(data: Path, voice_model: str = Options.voice_model, part: Part | None = None) -> dict:
    # heavy (scikit-learn): imported on first use
    from sklearn.metrics import f1_score, precision_score, recall_score

    texts, gold = read_checkworthy(data, part)
    model = load_model("checkworthy")
    proba, threshold, used = model.proba(texts), model.threshold, "linear"
    encoder = load_encoder() if voice_model == "encoder" else None
    if encoder is not None and "checkworthy" in encoder.heads:
        proba = blend_checkworthy(proba, encoder.proba(texts)["checkworthy"], encoder.header)
        threshold, used = 0.5, "encoder"  # the blend puts its threshold at 0.5
    pred = (proba >= threshold).astype(int)
    gold = np.asarray(gold)
    return {
        "f1_yes": round(float(f1_score(gold, pred, zero_division=0)), 4),
        "precision_yes": round(float(precision_score(gold, pred, zero_division=0)), 4),
        "recall_yes": round(float(recall_score(gold, pred, zero_division=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        "sentences": len(texts), "records": len(texts), "voice_model": used,
    }
