"""Eval gate: BASIL "same story" pairwise scores (measured 2026-11-28: F1 0.960, P 0.983,
R 0.939; 2015-2019, held apart while choosing thresholds: F1 0.965)."""
from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold


def test_basil_story_grouping():
    scores = evaluate("stories", gold("corpora/basil"))
    assert scores["articles"] == 180 and scores["events"] == 60
    assert_floors(scores, {"f1": 0.94, "precision": 0.96, "recall": 0.92,
                           "test_2015_2019_f1": 0.94, "dev_2010_2014_f1": 0.93})
