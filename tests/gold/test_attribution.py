"""Quotes against PolNeAR dev (84 articles): spans, whole attributions, source accuracy."""
from __future__ import annotations

from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold

# Pinned a little under the scores measured on 2026-11-28: content 0.804, source 0.764,
# cue 0.762, whole 0.710 (overlap F1), source accuracy on matched 0.883.
FLOORS = {
    "content_overlap_f1": 0.795,
    "source_overlap_f1": 0.755,
    "cue_overlap_f1": 0.755,
    "whole_overlap_f1": 0.70,
    "source_accuracy_matched": 0.87,
}


def test_attribution_floors():
    scores = evaluate("attribution", gold("polnear/dev"))
    assert scores["documents"] == 84
    assert_floors(scores, FLOORS)


# The internal test part of PolNeAR dev (20 articles by name; the shipped CRF was trained on
# PolNeAR train only). Measured 2026-12-01 with `newsdesk eval attribution --data
# ../shared/data/polnear/dev --part test`: content 0.857, source 0.821, cue 0.824, whole 0.769
# (overlap F1), source accuracy on matched 0.910; strict: source right 0.900, cue right 0.936,
# whole F1 0.758, content exact F1 0.582.
TEST_FLOORS = {
    "content_overlap_f1": 0.84,
    "source_overlap_f1": 0.80,
    "cue_overlap_f1": 0.80,
    "whole_overlap_f1": 0.75,
    "source_accuracy_matched": 0.89,
    "strict_whole_f1": 0.74,
    "content_exact_f1": 0.56,
}


def test_attribution_internal_test_floors():
    scores = evaluate("attribution", gold("polnear/dev"), part="test")
    assert scores["documents"] == 20
    assert_floors(scores, TEST_FLOORS)
