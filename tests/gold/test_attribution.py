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
