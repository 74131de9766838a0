"""Eval gate for the modality reader: MEANTIME event factuality (`newsdesk eval factuality`;
evaluate/factuality.py says what each score counts)."""
from __future__ import annotations

from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold

DATA = "meantime_factuality/meantime.jsonl"


def test_factuality_internal_test_floors():
    """The internal test part: 7 of the 62 public articles (hash of the id), 134 mentions.
    Measured 2026-12-01 with `newsdesk eval factuality --data
    ../shared/data/meantime_factuality/meantime.jsonl --part test`: accuracy 0.723, macro-F1
    0.544, happened F1 0.868 (before the acl-infinitive, expectation-noun, likely and
    refuse/fail classes: 0.706, 0.501, 0.852). 2026-12-02 (session 15: "without", light-verb
    plans, infinitives parsed as clauses, accusations on a noun, conditional force): 0.756,
    0.587, 0.885."""
    scores = evaluate("factuality", gold(DATA), part="test")
    assert scores["records"] == 7
    assert scores["unaligned"] == 0
    assert_floors(scores, {"accuracy": 0.75, "macro_f1": 0.58, "happened_f1": 0.88})
