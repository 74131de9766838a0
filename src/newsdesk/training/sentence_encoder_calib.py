"""Scores, calibration and thresholds of the sentence encoder's heads (numpy + scikit-learn).

Every choice is made from out-of-fold (OOF) logits of the learn part, never from the rows it
is scored on:
- binary heads: Platt scaling, P = sigmoid(a * z + c) over the head's logit z, then the
  threshold on P that maximises the task's metric (grid 0.05..0.95);
- multi-class heads: one temperature T, softmax(z / T), minimising the log loss.
`nested_cv` scores each fold with a calibration and a threshold fitted on the other folds'
OOF rows only; the final calibration and threshold use all OOF rows. Platt's (a, c) are folded
into the head as bias + c / a and temperature 1 / a, so the runtime has one formula for every
head: P = sigmoid((x @ W + b) / T) (binary) or softmax((x @ W + b) / T) (multi-class).
"""
from __future__ import annotations

import numpy as np

GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(-1, keepdims=True)


def head_probabilities(x: np.ndarray, W: np.ndarray, b: np.ndarray, temperature: float,
                       kind: str) -> np.ndarray:
    """What stages/encoder.py computes: x (rows, width) -> (rows,) P(positive) for a binary
    head, (rows, classes) for a multi-class one."""
    z = (x @ W + b) / temperature
    return sigmoid(z[:, 0]) if kind == "binary" else softmax(z)


def metric(name: str, gold: np.ndarray, pred: np.ndarray) -> float:
    # heavy, training only: imported when this step runs
    from sklearn.metrics import accuracy_score, f1_score

    if len(gold) == 0:
        return float("nan")
    if name == "accuracy":
        return float(accuracy_score(gold, pred))
    if name == "f1_pos":
        return float(f1_score(gold, pred, zero_division=0))
    return float(f1_score(gold, pred, average="macro", zero_division=0))


def fit_platt(z: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """(a, c) of P = sigmoid(a z + c); (1, 0) when the data cannot support a fit (one class,
    or a non-positive slope on a tiny set)."""
    # heavy, training only: imported when this step runs
    from sklearn.linear_model import LogisticRegression

    if len(np.unique(gold)) < 2:
        return 1.0, 0.0
    lr = LogisticRegression(C=1e4, max_iter=1000).fit(z.reshape(-1, 1), gold)
    a, c = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    return (a, c) if a > 1e-3 else (1.0, 0.0)


def fit_temperature(z: np.ndarray, gold: np.ndarray) -> float:
    """The T in 0.2..5 (log grid) with the least log loss of softmax(z / T)."""
    if len(gold) == 0:
        return 1.0
    grid = np.exp(np.linspace(np.log(0.2), np.log(5.0), 161))
    loss = [-np.log(softmax(z / t)[np.arange(len(gold)), gold] + 1e-12).mean() for t in grid]
    return float(grid[int(np.argmin(loss))])


def choose_threshold(p: np.ndarray, gold: np.ndarray, name: str) -> float:
    """The grid threshold with the best metric; among ties, the one nearest 0.5."""
    if len(gold) == 0 or len(np.unique(gold)) < 2:
        return 0.5
    scores = np.array([metric(name, gold, (p >= t).astype(int)) for t in GRID])
    best = np.flatnonzero(scores >= scores.max() - 1e-12)
    return float(GRID[best[np.argmin(np.abs(GRID[best] - 0.5))]])


class Calibration:
    """Fitted on OOF logits of one head: `probabilities(z)` and `predict(z)`."""

    def __init__(self, kind: str, metric_name: str, z: np.ndarray, gold: np.ndarray):
        self.kind = kind
        if kind == "binary":
            self.a, self.c = fit_platt(z[:, 0], gold)
            self.temperature = 1.0 / self.a
            self.threshold = choose_threshold(self.probabilities(z), gold, metric_name)
        else:
            self.a, self.c = 1.0, 0.0
            self.temperature = fit_temperature(z, gold)
            self.threshold = float("nan")

    def probabilities(self, z: np.ndarray) -> np.ndarray:
        if self.kind == "binary":
            return sigmoid(self.a * z[:, 0] + self.c)
        return softmax(z / self.temperature)

    def predict(self, z: np.ndarray) -> np.ndarray:
        p = self.probabilities(z)
        return (p >= self.threshold).astype(int) if self.kind == "binary" else p.argmax(-1)

    def folded(self, W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
        """The head with the calibration folded in: (W, b + c/a, temperature)."""
        return W, b + (self.c / self.a if self.kind == "binary" else 0.0), self.temperature


def ece(p: np.ndarray, gold: np.ndarray, kind: str, bins: int = 10) -> float:
    """Expected calibration error: binary on P(positive), multi-class on the top class."""
    if len(gold) == 0:
        return float("nan")
    if kind == "binary":
        conf, hit = p, gold.astype(float)
    else:
        conf, hit = p.max(-1), (p.argmax(-1) == gold).astype(float)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    return float(sum(abs(conf[which == k].mean() - hit[which == k].mean()) * (which == k).mean()
                     for k in range(bins) if (which == k).any()))


def report(kind: str, metric_name: str, gold: np.ndarray, pred: np.ndarray, p: np.ndarray,
           source: np.ndarray, sources: list[str]) -> dict:
    """The task's metric (overall and per source when there are several), plus for binary
    heads both macro-F1 and F1 of the positive class, and the calibration error."""
    out = {"rows": int(len(gold)), metric_name: round(metric(metric_name, gold, pred), 4),
           "ece": round(ece(p, gold, kind), 4)}
    if kind == "binary":
        out["macro_f1"] = round(metric("macro_f1", gold, pred), 4)
        out["f1_pos"] = round(metric("f1_pos", gold, pred), 4)
        out["positive_share"] = round(float(np.mean(gold)) if len(gold) else float("nan"), 4)
    present = sorted(set(source.tolist()))
    if len(present) > 1:
        for s in present:
            keep = source == s
            out[f"{metric_name}[{sources[s]}]"] = round(metric(metric_name, gold[keep],
                                                               pred[keep]), 4)
    return out


def nested_cv(kind: str, metric_name: str, z: np.ndarray, gold: np.ndarray, fold: np.ndarray,
              source: np.ndarray, sources: list[str]) -> tuple[dict, np.ndarray]:
    """CV scores of OOF logits `z` (rows with fold >= 0): each fold calibrated and
    thresholded on the other folds only. Returns (report, calibrated P of every row)."""
    n_out = z.shape[1]
    p = np.zeros(len(gold)) if kind == "binary" else np.zeros((len(gold), n_out))
    pred = np.zeros(len(gold), dtype=int)
    thresholds = []
    for f in sorted(set(fold.tolist())):
        held, rest = fold == f, fold != f
        cal = Calibration(kind, metric_name, z[rest], gold[rest])
        p[held], pred[held] = cal.probabilities(z[held]), cal.predict(z[held])
        thresholds.append(cal.threshold)
    out = report(kind, metric_name, gold, pred, p, source, sources)
    if kind == "binary":
        out["fold_thresholds"] = [round(t, 2) for t in thresholds]
    return out, p
