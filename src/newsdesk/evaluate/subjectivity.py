"""`newsdesk eval subjectivity --data ../shared/data/checkthat_subjectivity/dev_en.tsv`.

Scores the shipped subjectivity model (trained on the CheckThat! train file only, plus BABE)
on a CheckThat! 2023 task 2 file (or a folder: all its files): macro-F1 over SUBJ/OBJ, the
task's official measure. Each sentence is parsed on its own by the same spaCy pipeline the
stage uses, and scored by the stage's own `voice_scores`: the linear model blended with the
fine-tuned encoder, or with `--voice-model linear` the linear model alone. `--part` picks the
sentences by the hash of their `sentence_id` (evaluate.gold).
"""
from __future__ import annotations

from pathlib import Path

from ..options import Options
from ..stages.voice import voice_scores
from ..stages.voice.encoder import load_encoder
from ..stages.voice.features import load_model
from .gold import read_subjectivity
from .recipes import parse_sentences
from .split import Part


def evaluate(data: Path, voice_model: str = Options.voice_model, part: Part | None = None) -> dict:
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    texts, gold = read_subjectivity(data, part)
    encoder = load_encoder() if voice_model == "encoder" else None
    subj = voice_scores(texts, parse_sentences(texts), encoder)["subjectivity"]
    pred = (subj >= load_model("subjectivity").threshold).astype(int)
    return {
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "f1_subj": round(float(f1_score(gold, pred)), 4),
        "f1_obj": round(float(f1_score(gold, pred, pos_label=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        "sentences": len(texts), "records": len(texts),
        "voice_model": voice_model,
    }
