"""`newsdesk eval stories`: pairwise and BCubed scores by hand, and the ECB+ path on a tiny
file in ECB+'s format (our own sentences; two stories, two reports each)."""
from __future__ import annotations

import json

import pytest

from newsdesk.errors import EvalError
from newsdesk.evaluate import evaluate
from newsdesk.evaluate.ecbplus import ecbplus_file
from newsdesk.evaluate.stories import bcubed_scores, pair_scores

ARTICLES = [{"id": i, "gold": g} for i, g in
            (("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("e", "y"))]


def test_perfect_grouping_scores_one():
    predicted = {a["id"]: a["gold"] for a in ARTICLES}
    assert pair_scores(ARTICLES, predicted)["f1"] == 1.0
    assert bcubed_scores(ARTICLES, predicted)["bcubed_f1"] == 1.0


def test_one_story_for_all_is_full_recall_and_low_precision():
    predicted = {a["id"]: "s" for a in ARTICLES}
    pairs = pair_scores(ARTICLES, predicted)
    assert pairs["recall"] == 1.0 and pairs["precision"] == 0.4  # 4 true of 10 pairs
    cubed = bcubed_scores(ARTICLES, predicted)
    # each of x's 3 articles sees 3/5 of its story right, each of y's 2 sees 2/5
    assert cubed["bcubed_recall"] == 1.0 and cubed["bcubed_precision"] == round(13 / 25, 4)


def test_singletons_are_full_bcubed_precision_and_zero_pair_recall():
    predicted = {a["id"]: a["id"] for a in ARTICLES}
    assert pair_scores(ARTICLES, predicted)["recall"] == 0.0
    cubed = bcubed_scores(ARTICLES, predicted)
    assert cubed["bcubed_precision"] == 1.0
    assert cubed["bcubed_recall"] == round((3 * (1 / 3) + 2 * (1 / 2)) / 5, 4)


STORIES = {
    "1_ecb": ["Flooding in Valparaiso forced 3,000 residents from their homes on Tuesday .\n"
              "Chilean officials said the Aconcagua river burst its banks near Valparaiso .",
              "The Aconcagua river flooded parts of Valparaiso , Chile , on Tuesday .\n"
              "Officials in Valparaiso evacuated 3,000 people as the river rose ."],
    "1_ecbplus": ["Nordbank agreed to buy Lindqvist Bank for 2 billion euros , the banks said .\n"
                  "Nordbank chief executive Anna Berg called the Lindqvist deal a good fit .",
                  "Lindqvist Bank shareholders back the 2 billion euro offer from Nordbank .\n"
                  "Anna Berg of Nordbank said the purchase of Lindqvist would close in June ."],
}


def write_ecbplus(folder) -> None:
    lines = []
    for subtopic, texts in STORIES.items():
        for k, text in enumerate(texts):
            lines.append(json.dumps({"id": f"{subtopic}_{k}", "topic": 1, "subtopic": subtopic,
                                     "text": text, "events": [], "annotated_sentences": [0]}))
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_ecbplus_is_told_by_its_file_and_grouped_by_subtopic(tmp_path):
    write_ecbplus(tmp_path)
    assert ecbplus_file(tmp_path) == tmp_path / "articles.jsonl"
    assert ecbplus_file(tmp_path / "nothing") is None
    scores = evaluate("stories", tmp_path)
    assert scores["dataset"] == "ecbplus" and scores["part"] == "all"
    assert scores["records"] == 4 and scores["events"] == 2
    assert scores["f1"] == 1.0 and scores["bcubed_f1"] == 1.0, scores


def test_a_folder_without_stories_is_an_error_not_zeros(tmp_path):
    # JSON that is neither set (a BASIL-like article without its triplet id)
    (tmp_path / "a.json").write_text(json.dumps({"title": "x", "body-paragraphs": ["y"]}),
                                     encoding="utf-8")
    with pytest.raises(EvalError, match="no BASIL articles"):
        evaluate("stories", tmp_path)
