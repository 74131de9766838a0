"""`newsdesk eval attribution`: the strict scores next to the lenient ones, on hand-made
attributions (spans as PolNeAR gives them: [(start, end)] per role)."""
from __future__ import annotations

from collections import Counter

from newsdesk.evaluate.attribution import score_document, scores_from_counts

TEXT = ('The minister said "the plan is working." '      # 0-40
        'Critics argued that costs had doubled. '          # 41-79
        'Nobody knows when the work will end.')            # 80-116


def span(word: str, text: str = TEXT) -> list[tuple[int, int]]:
    start = text.index(word)
    return [(start, start + len(word))]


GOLD = [
    {"source": span("The minister"), "cue": span("said"),
     "content": span('"the plan is working."')},
    {"source": span("Critics"), "cue": span("argued"),
     "content": span("that costs had doubled")},
    {"source": [], "cue": span("knows"), "content": span("when the work will end")},
]


def scores(pred: list[dict]) -> dict:
    counts: Counter = Counter()
    score_document(TEXT, pred, GOLD, counts)
    return scores_from_counts(counts)


def test_all_right_is_one_except_the_gold_without_a_source():
    out = scores(GOLD)
    assert out["whole_overlap_f1"] == 1.0 and out["source_accuracy_matched"] == 1.0
    # the third gold attribution has no source: overlap needs two spans
    assert out["strict_source_right"] == round(2 / 3, 4)
    assert out["strict_cue_right"] == 1.0
    assert out["strict_whole_f1"] == round(2 / 3, 4)
    assert out["content_exact_f1"] == 1.0


def test_content_exact_ignores_quotes_spaces_and_punctuation_at_the_ends():
    pred = [dict(GOLD[0], content=span("the plan is working")),
            dict(GOLD[1], content=span("that costs had doubled.")),
            dict(GOLD[2], content=span("the work will end"))]  # starts two words late
    out = scores(pred)
    assert out["content_exact_p"] == round(2 / 3, 4) and out["content_exact_r"] == round(2 / 3, 4)
    assert out["content_overlap_f1"] == 1.0


def test_swapped_sources_are_wrong_strictly_and_a_missing_cue_too():
    pred = [dict(GOLD[0], source=span("Critics")),                # the other one's source
            dict(GOLD[1], source=span("The minister"), cue=[])]   # and no cue
    out = scores(pred)
    assert out["matched_by_content"] == 2
    assert out["strict_source_right"] == 0.0 and out["strict_cue_right"] == 0.5
    assert out["strict_whole_f1"] == 0.0
    # the lenient source span F1 counts both (each is some gold attribution's source)
    assert out["source_overlap_p"] == 1.0
