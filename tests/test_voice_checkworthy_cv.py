"""training/voice_checkworthy_cv.py: the blends it compares and its nested CV, on scores
made up here (a model right on most sentences, and noise)."""
from __future__ import annotations

import numpy as np

from newsdesk.training.voice_checkworthy_cv import combine, nested_cv, pick


def test_log_odds_blend_of_equal_weights_meets_at_the_middle():
    # 0.9 and 0.1 are +-ln 9 in log-odds: half of each gives 0, i.e. 0.5
    assert np.allclose(combine("logit", 0.5, np.array([0.9]), np.array([0.1])), [0.5])
    assert np.allclose(combine("prob", 0.25, np.array([1.0]), np.array([0.0])), [0.25])
    # weight 1 is the encoder alone, in both kinds
    p = np.array([0.2, 0.7])
    assert np.allclose(combine("logit", 1.0, p, 1 - p), p)


def test_nested_cv_follows_the_model_that_separates_the_classes():
    rng = np.random.default_rng(5)
    gold = rng.integers(0, 2, 500)
    sharp = np.clip(gold * 0.4 + rng.normal(0.3, 0.15, 500), 0.001, 0.999)  # right on ~90 %
    noise = rng.random(500)
    groups = [k // 10 for k in range(500)]
    f1, chosen = nested_cv("prob", sharp, noise, gold, groups)
    assert f1 > 0.8
    assert all(w >= 0.7 for w, _ in chosen)
    # with the models swapped the weight swaps too
    assert pick("logit", noise, sharp, gold)[1] <= 0.3
