"""Train the voice stage's linear models from ../shared/data (`python -m newsdesk.training voice`).

Every model learns from the learn part of its data sets only (evaluate.split: CheckThat! and
CT24 by sentence id, over train and dev files together; BABE by article) and the script
prints, for exactly the recipe it ships (evaluate.recipes), a cross-validated score on the
learn part and the score on the internal test part:
- subjectivity: CheckThat! 2023 task 2 English, plus BABE sentences whose experts said
  "Expresses writer's opinion" (SUBJ) or "Entirely factual" (OBJ); spaCy features only
  (they beat word/char n-grams and sentence embeddings); macro-F1.
- bias: BABE SG2 label_bias, word + char n-grams; article-grouped 5-fold CV; macro-F1.
- loaded: a token classifier over word-form features, trained on BABE's biased_words; F1.
- checkworthy: CheckThat! 2024 task 1 English (ClaimBuster), word + char n-grams; F1 of Yes.
Writes voice_{subjectivity,bias,loaded,checkworthy}.npz to src/newsdesk/models/, or to
`--out DIR`. Fixed seeds throughout; the hashing features need no vocabulary, so reruns are
identical. `python -m newsdesk.training.voice [--out DIR]`.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

# Re-exported for the other training scripts (voice_encoder reads its data through these).
from ..evaluate.bias import cross_validate, train_and_score
from ..evaluate.gold import (babe_groups, babe_loaded_words, read_babe,  # noqa: F401
                             read_checkworthy, read_subjectivity)
from ..evaluate.recipes import (OPINION_AS_SUBJ, SEED, bias_recipe,  # noqa: F401
                                checkworthy_recipe, grouped_folds, loaded_recipe, macro_f1,
                                parse_sentences, subjectivity_recipe)

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
MODELS = Path(__file__).resolve().parents[1] / "models"
FOLDS = 5


def _folds(labels, k: int = FOLDS):
    # heavy (scikit-learn): imported on first use
    from sklearn.model_selection import StratifiedKFold

    cv = StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED)
    return list(cv.split(np.zeros(len(labels)), labels))


def subjectivity(out: Path, babe_learn: list[dict]) -> None:
    """CheckThat! learn part (+ BABE learn opinions): 5-fold CV, then the internal test."""
    folder = DATA / "checkthat_subjectivity"
    texts, labels = read_subjectivity(folder, "learn")
    test_texts, test_labels = read_subjectivity(folder, "test")
    parses = parse_sentences(texts)
    babe_parses = parse_sentences([r["text"] for r in babe_learn])
    pred = np.zeros(len(texts), dtype=int)
    for train, held in _folds(labels):
        model = subjectivity_recipe([texts[i] for i in train], [labels[i] for i in train],
                                    [parses[i] for i in train], babe_learn, babe_parses)
        pred[held] = model.proba([texts[i] for i in held], [parses[i] for i in held]) >= model.threshold
    model = subjectivity_recipe(texts, labels, parses, babe_learn, babe_parses)
    test_pred = model.proba(test_texts, parse_sentences(test_texts)) >= model.threshold
    print(f"subjectivity: learn {len(texts)} CV macro-F1 {macro_f1(labels, pred):.4f}; "
          f"internal test {len(test_texts)} macro-F1 {macro_f1(test_labels, test_pred):.4f}",
          flush=True)
    model.save(out / "voice_subjectivity.npz")


def bias_and_loaded(out: Path, learn: list[dict], test: list[dict]) -> None:
    """BABE learn part: grouped 5-fold CV, then trained on all of it and the internal test."""
    keys = ("macro_f1", "loaded_f1", "loaded_precision", "loaded_recall", "sentences")
    cv = cross_validate(learn)
    print("bias: learn grouped 5-fold CV " + " ".join(f"{k} {cv[k]}" for k in keys), flush=True)
    held = train_and_score(learn, test)
    print("bias: internal test " + " ".join(f"{k} {held[k]}" for k in keys), flush=True)
    bias_recipe(learn).save(out / "voice_bias.npz")
    loaded_recipe(learn).save(out / "voice_loaded.npz")


def checkworthy(out: Path) -> None:
    """CT24 learn part (train and dev files): 5-fold CV, then the internal test."""
    from sklearn.metrics import f1_score  # heavy (scikit-learn): imported on first use

    folder = DATA / "checkworthiness"
    texts, labels = read_checkworthy(folder, "learn")
    test_texts, test_labels = read_checkworthy(folder, "test")
    pred = np.zeros(len(texts), dtype=int)
    for train, held in _folds(labels):
        model = checkworthy_recipe([texts[i] for i in train], [labels[i] for i in train])
        pred[held] = model.proba([texts[i] for i in held]) >= model.threshold
    model = checkworthy_recipe(texts, labels)
    test_pred = model.proba(test_texts) >= model.threshold
    print(f"checkworthy: learn {len(texts)} CV F1(Yes) {f1_score(labels, pred):.4f}; "
          f"internal test {len(test_texts)} F1(Yes) {f1_score(test_labels, test_pred):.4f}",
          flush=True)
    model.save(out / "voice_checkworthy.npz")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for the model files")
    args = parser.parse_args(argv or [])
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    babe_file = DATA / "babe" / "babe_sg2.csv"
    babe_learn, babe_test = read_babe(babe_file, "learn"), read_babe(babe_file, "test")
    subjectivity(args.out, babe_learn)
    bias_and_loaded(args.out, babe_learn, babe_test)
    checkworthy(args.out)
    sizes = {p.name: p.stat().st_size for p in sorted(args.out.glob("voice_*.npz"))}
    print(f"voice models written in {time.perf_counter() - t0:.0f} s: {sizes}")


if __name__ == "__main__":
    main(sys.argv[1:])
