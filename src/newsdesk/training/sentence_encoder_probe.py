"""The CPU fallback of the sentence encoder: the base MiniLM frozen, logistic heads on top.

`python -m newsdesk.training.sentence_encoder probe --bundle .devbundle --out DIR`

Fine-tuning needs a GPU (about 2,500 steps a model; 2-4 s a step on 2 cores). Without one,
the same protocol runs on the base encoder's vectors (a linear probe): every row embedded once
by the exported ONNX graph (float16 storage, as shipped), then per task a logistic regression
on standardised vectors (C = 1, multinomial for multi-class), the same hash-grouped k-fold CV,
out-of-fold calibration and thresholds (sentence_encoder_calib), one final head per task on
the whole learn part, scored once on the internal test part as the runtime runs it (float16
and int8 files). The standardisation is folded into W and b, so the heads file has the same
form as the fine-tuned one. The vectors are cached in DIR/vectors.npz.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from .sentence_encoder_bundle import Task, read_base, read_tasks
from .sentence_encoder_calib import Calibration, nested_cv
from .sentence_encoder_export import (int8_holds, onnx_embed, read_heads, score_heads,
                                      write_heads, write_onnx)

C = 1.0
FOLDS = 5


def _vectors(tasks: list[Task], model: Path, cache: Path, threads: int) -> dict[str, np.ndarray]:
    if cache.exists():
        with np.load(cache) as f:
            if all(t.name in f.files and len(f[t.name]) == len(t) for t in tasks):
                return {t.name: f[t.name] for t in tasks}
    out = {}
    for t in tasks:
        t0 = time.perf_counter()
        out[t.name] = onnx_embed(model, t.ids, threads)
        print(f"  embedded {t.name}: {len(t)} rows in {time.perf_counter() - t0:.0f} s",
              flush=True)
    np.savez(cache, **out)
    return out


def fit_head(x: np.ndarray, y: np.ndarray, kind: str, n_out: int
             ) -> tuple[np.ndarray, np.ndarray]:
    """(W (width, n_out), b (n_out,)) of a logistic regression on standardised x, with the
    standardisation folded in (so it applies to raw vectors). A class absent from `y` (a
    small fold) gets a bias of -30: never predicted."""
    # heavy, training only: imported when this step runs
    from sklearn.linear_model import LogisticRegression

    classes = np.unique(y)
    W = np.zeros((x.shape[1], n_out), dtype=np.float32)
    b = np.full(n_out, -30.0, dtype=np.float32)
    if len(classes) < 2:  # nothing to learn: always the one class seen
        b[:] = 30.0 if kind == "binary" and classes[0] == 1 else -30.0
        if kind != "binary":
            b[classes[0]] = 30.0
        return W, b
    mu, sd = x.mean(0), x.std(0) + 1e-6
    lr = LogisticRegression(C=C, max_iter=3000).fit((x - mu) / sd, y)
    coef = lr.coef_ / sd  # (1, width) binary, (classes seen, width) otherwise
    bias = lr.intercept_ - (lr.coef_ * (mu / sd)).sum(1)
    if kind == "binary":
        return coef.T.astype(np.float32), bias.astype(np.float32)
    W[:, lr.classes_] = coef.T
    b[lr.classes_] = bias
    return W, b


def probe(bundle: Path, out: Path, threads: int = 0) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    tasks = read_tasks(bundle)
    weights = {k: v for k, v in read_base(bundle).items()}
    tokenizer_json = (bundle / "tokenizer.json").read_text(encoding="utf-8")
    names = [t.name for t in tasks]
    paths = write_onnx(out, weights, names, tokenizer_json)
    vectors = _vectors(tasks, paths["onnx_fp16"], out / "vectors.npz", threads)
    scores, heads, tests = {"encoder": "base all-MiniLM-L6-v2, frozen (linear probe)",
                            "folds": FOLDS, "C": C, "tasks": {}}, {}, []
    for t in tasks:
        x, learn = vectors[t.name], ~t.test
        xl, yl, fold = x[learn], t.label[learn], (t.group[learn] % FOLDS).astype(int)
        n_out = 1 if t.kind == "binary" else len(t.labels)
        oof = np.zeros((len(yl), n_out), dtype=np.float32)
        for f in range(FOLDS):
            held = fold == f
            if held.any():
                W, b = fit_head(xl[~held], yl[~held], t.kind, n_out)
                oof[held] = xl[held] @ W + b
        scored = t.scored[learn]
        cv, _ = nested_cv(t.kind, t.metric, oof[scored], yl[scored], fold[scored],
                          t.source[learn][scored], t.sources)
        cal = Calibration(t.kind, t.metric, oof[scored], yl[scored])
        W, b, temperature = cal.folded(*fit_head(xl, yl, t.kind, n_out))
        heads[t.name] = {"W": W, "b": b, "kind": t.kind, "labels": t.labels,
                         "temperature": temperature, "threshold": cal.threshold}
        test = t.test & t.scored
        tests.append(t.subset(np.flatnonzero(test)))
        scores["tasks"][t.name] = {"learn_rows": int(learn.sum()), "cv": cv,
                                   "threshold": cal.threshold,
                                   "temperature": round(cal.temperature, 4)}
        print(f"  CV {t.name}: {cv}", flush=True)
    write_heads(out / "sentence_heads.npz", heads, {"protocol": scores["encoder"]})
    shipped = read_heads(out / "sentence_heads.npz")
    test_vectors = {t.name: vectors[t.name][t.test & t.scored] for t in tasks}
    for t, rep in score_heads(tests, test_vectors, shipped).items():
        scores["tasks"][t]["test"] = {"onnx_fp16": rep}
    int8 = {t.name: onnx_embed(paths["onnx_int8"], t.ids, threads) for t in tests}
    for t, rep in score_heads(tests, int8, shipped).items():
        scores["tasks"][t]["test"]["onnx_int8"] = rep
        print(f"  test {t}: {scores['tasks'][t]['test']}", flush=True)
    scores["int8_holds"] = int8_holds({
        v: {t: scores["tasks"][t]["test"][v] for t in names} for v in ("onnx_fp16", "onnx_int8")})
    (out / "scores.json").write_text(json.dumps(scores, indent=1, default=float),
                                     encoding="utf-8")
    return scores
