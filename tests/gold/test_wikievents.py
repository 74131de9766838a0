"""Eval gate for event detection in whole articles: WikiEvents (KAIROS triggers with a CAMEO
root), `newsdesk eval wikievents` (evaluate/wikievents.py says what each score counts)."""
from __future__ import annotations

from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold

DATA = "wikievents/wikievents.jsonl"


def test_wikievents_internal_test_floors():
    """The internal test part: 2 of the 21 public articles (hash of the id), holding 4 gold
    events of which only 1 has a CAMEO root, so these floors guard little; the floors on all
    the articles below are the working gate. Measured 2026-12-01 (commit e3e2b18) with
    `newsdesk eval wikievents --data ../shared/data/wikievents/wikievents.jsonl --part test`:
    recall 1.0 (1 of 1), same-sentence recall 1.0, precision 0.333, mapped precision 0.333
    (1 of 3 in annotated lines), argument agreement 0.0 (0 of 3)."""
    scores = evaluate("wikievents", gold(DATA), part="test")
    assert scores["records"] == 2
    assert scores["gold_with_root"] == 1
    assert_floors(scores, {"recall": 0.95, "same_sentence_recall": 0.95, "precision": 0.30,
                           "mapped_precision": 0.30})


def test_wikievents_all_articles_floors():
    """All 21 public articles (the learn part is tuned on, so this is a regression floor, not
    a result). Measured 2026-12-02 (session 14) with `newsdesk eval wikievents --data
    ../shared/data/wikievents/wikievents.jsonl --part all`: recall 0.317 (38 of 120), same-
    sentence recall 0.475, precision 0.466, mapped precision 0.598, argument agreement 0.316
    (2026-12-01: 0.225 / 0.375 / 0.418 / 0.551 / 0.296; later mentions of an attack that
    someone suffered or is blamed for are now events, anaphora.py)."""
    scores = evaluate("wikievents", gold(DATA), part="all")
    assert scores["records"] == 21
    assert scores["gold_events"] == 301 and scores["gold_with_root"] == 120
    assert_floors(scores, {"recall": 0.30, "same_sentence_recall": 0.46, "precision": 0.45,
                           "mapped_precision": 0.58, "argument_agreement": 0.30})
