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


# The default, with the encoder: since 2026-12-04 the shared encoder's voice heads
# (training/voice_encoder.py: trained on the learn parts only, blends chosen out of fold).
# On the whole CheckThat! dev file, most of which it learnt from (not a test): 0.8767.
ENCODER_SUBJ_FLOOR = 0.78


def test_subjectivity_with_encoder_checkthat_dev():
    scores = evaluate("subjectivity", gold("checkthat_subjectivity/dev_en.tsv"), "encoder")
    assert_floors(scores, {"macro_f1": ENCODER_SUBJ_FLOOR})


# The internal test parts (by sentence id; BABE by article), measured 2026-12-04 with
# `newsdesk eval TASK --data FILE --part test [--voice-model linear]`:
# - subjectivity, CheckThat! dev file's part (57 sentences): linear 0.696, with the encoder
#   0.7537; train + dev files' parts (the folder, 226): linear 0.783, encoder 0.7632 (at
#   SUBJ share 0.25: 0.7245 and 0.7487). The floor of 0.81 pinned before on the 57 measured
#   an encoder whose blend weight was picked on that very dev file; it was not a test.
# - BABE (355 sentences of the test part's articles): the linear recipes trained on the learn
#   part: bias macro-F1 0.716, loaded-word F1 0.341; the encoder's BIASED head 0.7624 and its
#   loaded-word head 0.455 (P 0.450, R 0.461). (The encoder before it was scored on a
#   held-apart fold of all of BABE, 0.7847: other rows.)
def test_subjectivity_internal_test():
    dev = gold("checkthat_subjectivity/dev_en.tsv")
    assert_floors(evaluate("subjectivity", dev, "linear", part="test"), {"macro_f1": 0.67})
    assert_floors(evaluate("subjectivity", dev, "encoder", part="test"), {"macro_f1": 0.74})
    both = evaluate("subjectivity", gold("checkthat_subjectivity"), "encoder", part="test")
    assert both["records"] == 226
    assert_floors(both, {"macro_f1": 0.75, "macro_f1_subj_share_0.25": 0.73})


def test_bias_with_encoder_on_the_internal_test():
    scores = evaluate("bias", gold("babe/babe_sg2.csv"), "encoder")
    assert scores["bias_method"] == "shipped encoder on the test part (never trained on)"
    # every top-level field is the encoder's, on the 355 test sentences; the linear models'
    # CV over all 1,830 rows sits apart and mixes into none of them
    assert scores["records"] == scores["sentences"] == 355
    assert scores["linear"]["records"] == 1830
    assert scores["linear"]["bias_method"] == "grouped 5-fold CV"
    assert_floors(scores, {"macro_f1": 0.75, "loaded_f1": 0.44})


# Check-worthiness, F1(Yes), measured 2026-12-04 (`newsdesk eval checkworthy --data FILE
# --part test [--voice-model linear]`): the CT24 train file's test part (4,456 sentences; the
# one like the CheckThat! 2024 test set, where the linear model scored 0.65): linear 0.667,
# with the encoder 0.7515 (the encoder before it: 0.722); the dev file's test part (171):
# linear 0.843, encoder 0.907.
def test_checkworthy_internal_test():
    train = gold("checkworthiness/CT24_checkworthy_english_train.tsv")
    dev = gold("checkworthiness/CT24_checkworthy_english_dev.tsv")
    for data, records, floors in ((train, 4456, {"linear": 0.65, "encoder": 0.74}),
                                  (dev, 171, {"linear": 0.82, "encoder": 0.89})):
        for voice_model, floor in floors.items():
            scores = evaluate("checkworthy", data, voice_model, part="test")
            assert scores["records"] == records and scores["voice_model"] == voice_model
            assert_floors(scores, {"f1_yes": floor})


def test_bias_internal_test_learn_to_test():
    scores = evaluate("bias", gold("babe/babe_sg2.csv"), "linear", part="test")
    assert scores["records"] == 355 and scores["bias_method"] == "trained on the learn part"
    assert_floors(scores, {"macro_f1": 0.70, "loaded_f1": 0.32})
