"""`newsdesk eval subjectivity --data ../shared/data/checkthat_subjectivity/dev_en.tsv`.

Scores the shipped subjectivity model (trained on the CheckThat! train file only, plus BABE)
on a CheckThat! 2023 task 2 file: macro-F1 over SUBJ/OBJ, the task's official measure.
Each sentence is parsed on its own by the same spaCy pipeline the stage uses.
"""
from __future__ import annotations

from pathlib import Path


def evaluate(data: Path) -> dict:
    from sklearn.metrics import f1_score

    from ..stages.voice_features import load_model
    from ..training.voice import parse_sentences, read_subjectivity

    texts, gold = read_subjectivity(data)
    model = load_model("subjectivity")
    pred = (model.proba(texts, parse_sentences(texts)) >= model.threshold).astype(int)
    return {
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "f1_subj": round(float(f1_score(gold, pred)), 4),
        "f1_obj": round(float(f1_score(gold, pred, pos_label=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        "sentences": len(texts),
    }
