"""Train the voice stage's models from ../shared/data (`python -m newsdesk.training voice`).

Writes src/newsdesk/models/voice_{subjectivity,bias,loaded,checkworthy}.npz and prints dev
scores of exactly the models it ships (each trained on the training part only):
- subjectivity: CheckThat! 2023 task 2 English train, plus BABE sentences whose experts said
  "Expresses writer's opinion" (SUBJ) or "Entirely factual" (OBJ); spaCy features only
  (they beat word/char n-grams and sentence embeddings on dev); scored on CheckThat! dev.
- bias: BABE SG2 label_bias, word + char n-grams; scored by article-grouped 5-fold CV
  (BABE has no dev split), then trained on all of BABE.
- loaded: a token classifier over word-form features, trained on BABE's biased_words.
- checkworthy: CheckThat! 2024 task 1 English train (ClaimBuster), word + char n-grams;
  scored on its dev file (F1 of Yes).
Fixed seeds throughout; the hashing features need no vocabulary, so reruns are identical.
"""
from __future__ import annotations

import ast
import csv
import re
import time
from pathlib import Path

import numpy as np

from ..stages import voice_features as vf

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
SEED = 13

SUBJ_BLOCKS, SUBJ_C = ["spacy"], 0.3
BIAS_BLOCKS, BIAS_C = ["word", "char"], 1.0
CHECK_BLOCKS, CHECK_C = ["word", "char"], 10.0
LOADED_C = 1.0
# liblinear fits BABE's models 3x faster than lbfgs, which keeps the 5-fold bias eval short.
FAST_SOLVER = "liblinear"
# BABE opinion labels read as CheckThat! subjectivity (the middle grade is left out).
OPINION_AS_SUBJ = {"Expresses writer’s opinion": 1, "Entirely factual": 0}
csv.field_size_limit(10_000_000)


# -- data ------------------------------------------------------------------------------------

def read_tsv(path: Path, text_col: str, label_col: str) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r[text_col] for r in rows], [r[label_col].strip() for r in rows]


def read_subjectivity(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = read_tsv(path, "sentence", "label")
    return texts, [int(y == "SUBJ") for y in labels]


def read_checkworthy(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = read_tsv(path, "Text", "class_label")
    return texts, [int(y == "Yes") for y in labels]


def read_babe(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def babe_groups(rows: list[dict]) -> list[str]:
    """One group per article, so no fold sees another sentence of a test article."""
    return [r["news_link"] or f"{r['outlet']}|{r['topic']}" for r in rows]


def babe_loaded_words(row: dict) -> set[str]:
    try:
        return {w.lower() for w in ast.literal_eval(row.get("biased_words") or "[]")}
    except (ValueError, SyntaxError):
        return set()


def parse_sentences(texts: list[str]) -> list:
    from .. import nlp

    return list(nlp.parse_many(texts, batch_size=64))


# -- recipes (the evaluations train with these too) --------------------------------------------

def subjectivity_recipe(texts, labels, parses, babe_rows, babe_parses) -> vf.LinearModel:
    extra = [i for i, r in enumerate(babe_rows) if r["label_opinion"] in OPINION_AS_SUBJ]
    all_texts = list(texts) + [babe_rows[i]["text"] for i in extra]
    all_labels = list(labels) + [OPINION_AS_SUBJ[babe_rows[i]["label_opinion"]] for i in extra]
    all_parses = list(parses) + [babe_parses[i] for i in extra]
    return vf.fit(SUBJ_BLOCKS, all_texts, all_labels, all_parses, C=SUBJ_C, seed=SEED,
                  header={"positive": "SUBJ", "negative": "OBJ"})


def bias_recipe(rows: list[dict]) -> vf.LinearModel:
    return vf.fit(BIAS_BLOCKS, [r["text"] for r in rows],
                  [int(r["label_bias"] == "Biased") for r in rows], C=BIAS_C, seed=SEED,
                  solver=FAST_SOLVER,
                  header={"positive": "BIASED", "negative": "NEUTRAL"})


def loaded_recipe(rows: list[dict]) -> vf.LinearModel:
    """Token classifier: is this word one of the sentence's loaded words?"""
    from .. stages.voice_loaded import token_features, word_tokens

    feats, labels = [], []
    for r in rows:
        gold = babe_loaded_words(r)
        toks = word_tokens(r["text"])
        for k in range(len(toks)):
            feats.append(token_features(toks, k))
            labels.append(int(toks[k][2].lower() in gold))
    return vf.fit(["tokens"], [""] * len(feats), labels, feats, C=LOADED_C, seed=SEED,
                  solver=FAST_SOLVER,
                  header={"positive": "LOADED", "threshold": LOADED_THRESHOLD})


LOADED_THRESHOLD = 0.65  # best loaded-word F1 by grouped CV (0.5: .33, .65: .37, .8: .33)


def checkworthy_recipe(texts, labels) -> vf.LinearModel:
    return vf.fit(CHECK_BLOCKS, texts, labels, C=CHECK_C, seed=SEED,
                  header={"positive": "Yes", "negative": "No"})


# -- scores --------------------------------------------------------------------------------

def macro_f1(gold, pred) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, average="macro"))


def grouped_folds(labels, groups, k: int = 5):
    from sklearn.model_selection import StratifiedGroupKFold

    cv = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=SEED)
    return list(cv.split(np.zeros(len(labels)), labels, groups))


def main() -> None:
    out = vf.MODELS_DIR
    t0 = time.perf_counter()
    babe = read_babe(DATA / "babe" / "babe_sg2.csv")
    babe_parses = parse_sentences([r["text"] for r in babe])
    sub_dir = DATA / "checkthat_subjectivity"
    tr_texts, tr_labels = read_subjectivity(sub_dir / "train_en.tsv")
    dev_texts, dev_labels = read_subjectivity(sub_dir / "dev_en.tsv")
    subj = subjectivity_recipe(tr_texts, tr_labels, parse_sentences(tr_texts), babe, babe_parses)
    pred = subj.proba(dev_texts, parse_sentences(dev_texts)) >= subj.threshold
    print(f"subjectivity dev macro-F1 {macro_f1(dev_labels, pred):.4f}", flush=True)
    subj.save(out / "voice_subjectivity.npz")

    from ..evaluate.bias import cross_validate

    scores = cross_validate(babe)
    print("bias grouped 5-fold CV " + " ".join(f"{k} {v}" for k, v in scores.items()), flush=True)
    bias_recipe(babe).save(out / "voice_bias.npz")
    loaded_recipe(babe).save(out / "voice_loaded.npz")

    cw_dir = DATA / "checkworthiness"
    texts, labels = read_checkworthy(cw_dir / "CT24_checkworthy_english_train.tsv")
    cw = checkworthy_recipe(texts, labels)
    dev_texts, dev_labels = read_checkworthy(cw_dir / "CT24_checkworthy_english_dev.tsv")
    pred = cw.proba(dev_texts) >= cw.threshold
    from sklearn.metrics import f1_score

    print(f"checkworthy dev F1(Yes) {f1_score(dev_labels, pred):.4f}", flush=True)
    cw.save(out / "voice_checkworthy.npz")
    sizes = {p.name: p.stat().st_size for p in sorted(out.glob("voice_*.npz"))}
    print(f"voice models written in {time.perf_counter() - t0:.0f} s: {sizes}")


if __name__ == "__main__":
    main()
