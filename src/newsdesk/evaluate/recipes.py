"""The training recipes of the shipped linear models, and the folds they are scored on.

They live here, not in training/, because the scorers retrain them inside each fold of a
cross-validation (a model is never scored on what it learnt from), and evaluate/ must not
import training/ (training depends on evaluate: ../shared/DESIGN.md, "Layout"). The training
scripts build the shipped models with these very functions.

- voice: `subjectivity_recipe`, `bias_recipe`, `loaded_recipe`, `checkworthy_recipe`
  (hashing features + logistic regression, stages.voice.features);
- folds and measures: `grouped_folds` (article-grouped stratified k-fold), `macro_f1`, `balanced_macro_f1` (macro-F1 at another label balance).
Fixed seeds throughout, so reruns give the same models and folds.
"""
from __future__ import annotations

import numpy as np

from .. import nlp
from ..stages.voice import features as vf
from ..stages.voice.loaded import token_features, word_tokens
from .gold import babe_groups, babe_labels, babe_loaded_words

SEED = 13

SUBJ_BLOCKS, SUBJ_C = ["spacy"], 0.3
BIAS_BLOCKS, BIAS_C = ["word", "char"], 1.0
CHECK_BLOCKS, CHECK_C = ["word", "char"], 10.0
LOADED_C = 1.0
LOADED_THRESHOLD = 0.65  # best loaded-word F1 by grouped CV (0.5: .33, .65: .37, .8: .33)
# liblinear fits BABE's models 3x faster than lbfgs, which keeps the 5-fold bias eval short.
FAST_SOLVER = "liblinear"
# BABE opinion labels read as CheckThat! subjectivity (the middle grade is left out).
OPINION_AS_SUBJ = {"Expresses writer’s opinion": 1, "Entirely factual": 0}


# -- voice ------------------------------------------------------------------------------------

def parse_sentences(texts: list[str]) -> list:
    """spaCy parses of single sentences, as the subjectivity features read them."""
    return list(nlp.parse_many(texts, batch_size=64))


def subjectivity_recipe(texts, labels, parses, babe_rows, babe_parses):
    """SUBJ/OBJ: spaCy features over CheckThat! rows plus BABE's clear opinion labels."""
    extra = [i for i, r in enumerate(babe_rows) if r["label_opinion"] in OPINION_AS_SUBJ]
    all_texts = list(texts) + [babe_rows[i]["text"] for i in extra]
    all_labels = list(labels) + [OPINION_AS_SUBJ[babe_rows[i]["label_opinion"]] for i in extra]
    all_parses = list(parses) + [babe_parses[i] for i in extra]
    return vf.fit(SUBJ_BLOCKS, all_texts, all_labels, all_parses, C=SUBJ_C, seed=SEED,
                  header={"positive": "SUBJ", "negative": "OBJ"})


def bias_recipe(rows: list[dict]):
    """BIASED/NEUTRAL on BABE rows: word + char n-grams."""
    return vf.fit(BIAS_BLOCKS, [r["text"] for r in rows], babe_labels(rows), C=BIAS_C,
                  seed=SEED, solver=FAST_SOLVER,
                  header={"positive": "BIASED", "negative": "NEUTRAL"})


def loaded_recipe(rows: list[dict]):
    """Token classifier: is this word one of the sentence's loaded words?"""
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


def checkworthy_recipe(texts, labels):
    """Yes/No check-worthiness: word + char n-grams."""
    return vf.fit(CHECK_BLOCKS, texts, labels, C=CHECK_C, seed=SEED,
                  header={"positive": "Yes", "negative": "No"})


# -- folds and measures -----------------------------------------------------------------------

def macro_f1(gold, pred) -> float:
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    return float(f1_score(gold, pred, average="macro"))


def balanced_macro_f1(gold, pred, share: float) -> float:
    """Macro-F1 with the sentences weighted so that the positive class (gold 1) makes `share`
    of the weight: the expected score of the set resampled to that label balance."""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    gold = np.asarray(gold, dtype=int)
    weight = np.where(gold == 1, share / gold.mean(), (1 - share) / (1 - gold.mean()))
    return float(f1_score(gold, np.asarray(pred), average="macro", sample_weight=weight))


def grouped_folds(labels, groups, k: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """[(train indices, test indices)] of a stratified k-fold that keeps each group whole."""
    # heavy (scikit-learn): imported on first use
    from sklearn.model_selection import StratifiedGroupKFold

    cv = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=SEED)
    return list(cv.split(np.zeros(len(labels)), labels, groups))
