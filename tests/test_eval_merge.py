"""`newsdesk eval merge`: offsets mapped back to the gold text, pair counting by hand, and a
tiny ECB+-format file (our own sentences) ingested into a real DuckDB file."""
from __future__ import annotations

import json

from newsdesk.evaluate import evaluate
from newsdesk.evaluate.merge import map_span, offset_map, score_merge

ORIGINAL = "Title line here\nGermany expelled two Russian diplomats .\nThey left on Monday ."


def test_offsets_map_back_across_dropped_lines_and_spacing():
    stored = "Germany expelled two Russian diplomats.\n\nThey left on Monday."
    mapping = offset_map(stored, ORIGINAL)
    start = stored.index("expelled")
    span = map_span(mapping, start, start + len("expelled"))
    assert ORIGINAL[span[0]:span[1]] == "expelled"
    dot = stored.index(".")
    assert ORIGINAL[mapping[dot]] == "." and mapping[stored.index("\n")] is None
    assert map_span(mapping, 0, 0) is None


def doc(doc_id, mentions, annotated=(0,)):
    return {"id": doc_id, "annotated_sentences": list(annotated),
            "events": [{"start": s, "end": e, "instance": inst, "sentence": line}
                       for s, e, inst, line in mentions]}


def test_pairs_are_counted_across_articles_only():
    docs = [doc("d1", [(0, 5, "I1", 0), (10, 15, "I2", 0), (20, 25, None, 1)]),
            doc("d2", [(0, 5, "I1", 0), (10, 15, "I2", 0)]),
            doc("d3", [(0, 5, "I1", 0)])]
    product = {  # d1 and d2 merged right twice; d3's I1 merged wrongly with d2's I2
        "d1": [("m1", 0, 5), ("m2", 10, 15), ("m9", 20, 25)],
        "d2": [("m1", 1, 3), ("m2", 10, 15)],
        "d3": [("m2", 0, 5)],
    }
    scores = score_merge(docs, product)
    # coded: d1 I1, d1 I2, d2 I1, d2 I2, d3 I1 (d1's third mention lies outside line 0)
    assert scores["gold_mentions"] == 5 and scores["coded_mentions"] == 5
    # merged cross-article pairs: (d1 I1, d2 I1) m1; m2 holds d1 I2, d2 I2, d3 I1 -> 3 pairs
    assert scores["merged_pairs"] == 4 and scores["true_pairs"] == 2
    # gold pairs: I1 in d1, d2, d3 -> 3 pairs; I2 in d1, d2 -> 1 pair
    assert scores["gold_pairs_coded"] == 4 and scores["gold_pairs_all"] == 4
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5


def test_an_uncoded_mention_lowers_only_recall_all():
    docs = [doc("d1", [(0, 5, "I1", 0)]), doc("d2", [(0, 5, "I1", 0)]),
            doc("d3", [(0, 5, "I1", 0)])]
    product = {"d1": [("m1", 0, 5)], "d2": [("m1", 0, 5)]}
    scores = score_merge(docs, product)
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert scores["recall_all"] == round(1 / 3, 4) and scores["coded_share"] == round(2 / 3, 4)


TEXTS = ["Germany expelled two Russian diplomats accused of spying .\n"
         "The German foreign ministry gave them a week to leave .",
         "Berlin expelled two Russian diplomats on Monday .\n"
         "Germany expelled two Russian diplomats after a spying case , officials said ."]


def test_ecbplus_merge_end_to_end(tmp_path):
    lines = []
    for k, text in enumerate(TEXTS):
        at = text.index("expelled")
        event = {"start": at, "end": at + len("expelled"), "text": "expelled",
                 "type": "ACTION_OCCURRENCE", "instance": "ACT1", "sentence": 0}
        lines.append(json.dumps({"id": f"9_{k}ecb", "topic": 9, "subtopic": "9_ecb",
                                 "text": text, "events": [event], "annotated_sentences": [0]}))
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    scores = evaluate("merge", tmp_path)
    assert scores["records"] == 2 and scores["gold_mentions"] == 2
    assert scores["coded_mentions"] == 2, scores
    assert scores["gold_pairs_coded"] == 1 and scores["precision"] == 1.0
    assert scores["recall"] == 1.0, scores
