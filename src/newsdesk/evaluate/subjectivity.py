"""`newsdesk eval subjectivity --data ../shared/data/checkthat_subjectivity/dev_en.tsv`.

Scores the shipped subjectivity model (trained on the CheckThat! train file only, plus BABE)
on a CheckThat! 2023 task 2 file: macro-F1 over SUBJ/OBJ, the task's official measure.
Each sentence is parsed on its own by the same spaCy pipeline the stage uses, and scored by
the stage's own `opinion_scores`: the linear model blended with the fine-tuned encoder, or
with `--voice-model linear` the linear model alone.
"""
from __future__ import annotations

from pathlib import Path

from ..options import Options


def evaluate(data: Path, voice_model: str = Options.voice_model) -> dict:
    from sklearn.metrics import f1_score

    from ..stages.voice import opinion_scores
    from ..stages.voice_encoder import load_encoder
    from ..stages.voice_features import load_model
    from ..training.voice import parse_sentences, read_subjectivity

    texts, gold = read_subjectivity(data)
    encoder = load_encoder() if voice_model == "encoder" else None
    subj, _ = opinion_scores(texts, parse_sentences(texts), encoder)
    pred = (subj >= load_model("subjectivity").threshold).astype(int)
    return {
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "f1_subj": round(float(f1_score(gold, pred)), 4),
        "f1_obj": round(float(f1_score(gold, pred, pos_label=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        "sentences": len(texts),
        "voice_model": voice_model,
    }
