"""The 5-class CAMEO sentence classifier at run time: JSON weights (built by
training/events.py), scored with numpy — no scikit-learn import, a few microseconds a sentence.

Classes: 0 statement/appeal (CAMEO 01-02), 1 verbal cooperation (03-05), 2 material
cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
"""
from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

import numpy as np

TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
MODEL_FILE = "events_cameo5.json"
ROOT_CLASS = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3,
              13: 3, 14: 4, 15: 4, 16: 4, 17: 4, 18: 4, 19: 4, 20: 4}


@functools.lru_cache(maxsize=1)
def _model() -> dict | None:
    try:
        raw = resources.files("newsdesk.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    model = json.loads(raw)
    model["coef_np"] = np.asarray(model["coef"], dtype=np.float32)
    model["intercept_np"] = np.asarray(model["intercept"], dtype=np.float32)
    return model


def _features(text: str, model: dict) -> dict[int, float]:
    words = _TOKEN.findall(text.lower())
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    counts: dict[int, int] = {}
    vocab = model["vocabulary"]
    for g in grams:
        i = vocab.get(g)
        if i is not None:
            counts[i] = counts.get(i, 0) + 1
    idf = model["idf"]
    feats = {i: (1 + math.log(c)) * idf[i] for i, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
    return {i: v / norm for i, v in feats.items()}


def class_probabilities(text: str) -> list[float] | None:
    """Probabilities of the five classes for a sentence, or None if no model is shipped."""
    model = _model()
    if model is None:
        return None
    feats = _features(text, model)
    scores = model["intercept_np"].copy()
    if feats:
        idx = np.fromiter(feats.keys(), dtype=np.int64)
        vals = np.fromiter(feats.values(), dtype=np.float32)
        scores += model["coef_np"][:, idx] @ vals
    exp = np.exp(scores - scores.max())
    probs = exp / exp.sum()
    out = [0.0] * 5
    for cls, p in zip(model["classes"], probs):
        out[cls] = float(p)
    return out


def agrees(text: str, cameo: str) -> float | None:
    """The classifier's probability for the class of a CAMEO code's root."""
    probs = class_probabilities(text)
    if probs is None:
        return None
    return probs[ROOT_CLASS.get(int(cameo[:2]), 0)]
