"""Gate: title, date, authors (and body) on the fundus fixtures (79 real news pages).

Measured 2026-11-28: title 1.0 (79), date 0.987 (79), authors 0.987 (78); body F1 0.956 (shingle F1 as in the AEB task).
Floors sit just under the measured scores.
"""
from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold


def test_fundus_metadata():
    scores = evaluate("metadata", gold("extraction/fundus_fixtures"))
    assert scores["title_n"] == 79
    assert_floors(scores, {"title": 0.97, "date": 0.97, "authors": 0.97, "body_f1": 0.95})
