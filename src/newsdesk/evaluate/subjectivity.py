"""`newsdesk eval subjectivity --data ../shared/data/checkthat_subjectivity --part test`: subjective vs objective sentences (macro-F1) on CheckThat! 2023.

Scores the shipped subjectivity models on a CheckThat! 2023 task 2 file (or a folder: all its
files): macro-F1 over SUBJ/OBJ, the task's official measure. Each sentence is parsed on its
own by the same spaCy pipeline the stage uses, and scored by the stage's own `voice_scores`:
the linear model blended with the fine-tuned encoder (the blend's weight and threshold from
models/voice_blend.json; its threshold lands on 0.5), or with `--voice-model linear` the linear
model alone. `--part` picks the sentences by the hash of their `sentence_id` (evaluate.gold).
Both models learn from the learn part of the train and dev files together (the blend is
chosen on out-of-fold scores of it: training/voice_blend.py), so only `--part test` scores
sentences they never saw. `macro_f1_subj_share_S` is macro-F1 with the sentences reweighted to SUBJ share S
(0.25, 0.40, 0.55) (the test years differ in label balance; recipes.balanced_macro_f1).
"""
from __future__ import annotations

from pathlib import Path

from ..options import Options
from ..stages.voice import voice_scores
from ..stages.voice.encoder import load_encoder
from .gold import read_subjectivity
from .recipes import balanced_macro_f1, parse_sentences
from .split import Part

SUBJ_SHARES = (0.25, 0.40, 0.55)  # label balances the test years may have


def evaluate(data: Path, voice_model: str = Options.voice_model, part: Part | None = None) -> dict:
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    texts, gold = read_subjectivity(data, part)
    encoder = load_encoder() if voice_model == "encoder" else None
    subj = voice_scores(texts, parse_sentences(texts), encoder)["subjectivity"]
    # voice_scores puts every model's threshold at 0.5, as the stage labels its sentences
    pred = (subj >= 0.5).astype(int)
    return {
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
        "f1_subj": round(float(f1_score(gold, pred)), 4),
        "f1_obj": round(float(f1_score(gold, pred, pos_label=0)), 4),
        "accuracy": round(float((pred == gold).mean()), 4),
        **{f"macro_f1_subj_share_{share:.2f}": round(balanced_macro_f1(gold, pred, share), 4)
           for share in SUBJ_SHARES},
        "sentences": len(texts), "records": len(texts),
        "voice_model": voice_model,
    }
