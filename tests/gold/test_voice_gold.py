"""Eval gate for the voice stage's models (floors a little under the measured dev scores)."""
from __future__ import annotations

from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold

# The linear models alone (`--voice-model linear`). Measured (2026-11-28): subjectivity
# macro-F1 0.7555, BABE grouped 5-fold CV bias macro-F1 0.736 and loaded-word F1 0.369.
# (Check-worthiness is pinned on the internal test parts only, below: since 2026-12-01 its
# models learn from the learn part of the CT24 dev file too.)
SUBJ_FLOOR = 0.74
BIAS_FLOOR = 0.72
LOADED_FLOOR = 0.35


def test_subjectivity_checkthat_dev():
    scores = evaluate("subjectivity", gold("checkthat_subjectivity/dev_en.tsv"), "linear")
    assert_floors(scores, {"macro_f1": SUBJ_FLOOR})


def test_bias_babe_grouped_cv():
    scores = evaluate("bias", gold("babe/babe_sg2.csv"), "linear")
    assert_floors(scores, {"macro_f1": BIAS_FLOOR, "loaded_f1": LOADED_FLOOR})


# The default, with the encoder. Measured (2026-11-28): subjectivity macro-F1 0.7897
# (0.6 linear + 0.4 encoder, weight picked on this dev file), bias macro-F1 0.7847 on the
# held-apart BABE fold.
ENCODER_SUBJ_FLOOR = 0.78
ENCODER_BIAS_FLOOR = 0.77


def test_subjectivity_with_encoder_checkthat_dev():
    scores = evaluate("subjectivity", gold("checkthat_subjectivity/dev_en.tsv"), "encoder")
    assert_floors(scores, {"macro_f1": ENCODER_SUBJ_FLOOR})


def test_bias_with_encoder_on_the_held_apart_babe_fold():
    scores = evaluate("bias", gold("babe/babe_sg2.csv"), "encoder")
    assert scores["bias_method"] == "held-apart grouped fold"
    assert_floors(scores, {"macro_f1": ENCODER_BIAS_FLOOR, "loaded_f1": LOADED_FLOOR})


# The internal test parts (by sentence id; BABE by article). Measured 2026-12-01 with
# `newsdesk eval TASK --data FILE --part test [--voice-model linear]`:
# subjectivity on CheckThat! dev's test part (57 sentences): linear 0.696, with the encoder
# 0.842; BABE (355 sentences of
# the test part's articles, the recipes trained on the learn part): bias macro-F1 0.716,
# loaded-word F1 0.341. The shipped encoder's BABE test score is not pinned: it was trained
# before the split and saw most of the test part.
def test_subjectivity_internal_test():
    data = gold("checkthat_subjectivity/dev_en.tsv")
    assert_floors(evaluate("subjectivity", data, "linear", part="test"), {"macro_f1": 0.67})
    assert_floors(evaluate("subjectivity", data, "encoder", part="test"), {"macro_f1": 0.81})


# Check-worthiness, F1(Yes), measured 2026-12-01 (`newsdesk eval checkworthy --data FILE
# --part test [--voice-model linear]`): the CT24 train file's test part (4,456 sentences; the
# one like the CheckThat! 2024 test set, where the linear model scored 0.65): linear 0.667,
# with the encoder's head 0.722; the dev file's test part (171): linear 0.843, encoder 0.907.
def test_checkworthy_internal_test():
    train = gold("checkworthiness/CT24_checkworthy_english_train.tsv")
    dev = gold("checkworthiness/CT24_checkworthy_english_dev.tsv")
    for data, records, floors in ((train, 4456, {"linear": 0.65, "encoder": 0.71}),
                                  (dev, 171, {"linear": 0.82, "encoder": 0.88})):
        for voice_model, floor in floors.items():
            scores = evaluate("checkworthy", data, voice_model, part="test")
            assert scores["records"] == records and scores["voice_model"] == voice_model
            assert_floors(scores, {"f1_yes": floor})


def test_bias_internal_test_learn_to_test():
    scores = evaluate("bias", gold("babe/babe_sg2.csv"), "linear", part="test")
    assert scores["records"] == 355 and scores["bias_method"] == "trained on the learn part"
    assert_floors(scores, {"macro_f1": 0.70, "loaded_f1": 0.32})
