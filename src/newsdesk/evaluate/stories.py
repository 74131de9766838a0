"""`newsdesk eval stories --data PATH`: "same story" grouping, on BASIL or on ECB+.

The data set is told by its files: ECB+ is an `articles.jsonl` whose records carry a
`subtopic` (evaluate.ecbplus); anything else is read as BASIL (`articles/**/*.json` with a
`triplet-uuid`).
- BASIL gives, for each of its events, the Fox, NYT and HuffPost reports (`triplet-uuid`).
  Split key: the triplet (dataset "basil"), so a part holds whole stories.
- ECB+ gives articles on 16 topics, each topic two similar but different real events: the
  gold story is the `subtopic`. The texts have no title and no date, and are scored as given
  (tokenised, one sentence a line). Split key: the document id (dataset "ecbplus").
All articles of the part are grouped at once by `corpus.stories.group_stories` from their
title, body, date, spaCy entity names and specifics (BASIL's own annotations are not used). Scores:
pairwise precision / recall / F1 over article pairs (a pair is positive when both articles
are in one story) and BCubed precision / recall / F1 (per article: the share of its predicted
story that is its gold story, and of its gold story that it was grouped with; averaged). For
BASIL also on the events of 2010-2014 (the part the thresholds were chosen on) and of
2015-2019 (held apart), and once more with the dates removed, to show how much the time
window carries.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from .. import nlp
from ..corpus.stories import ENTITY_LABELS, StoryOptions, group_stories, specifics
from ..errors import EvalError
from . import f1
from .ecbplus import ecbplus_file, read_ecbplus
from .split import Part, only


def load_basil(path: Path, part: Part | None = None) -> list[dict]:
    """BASIL articles as {id, title, text, published, publisher, gold}, whole triplets per
    part (None: all). Raises EvalError when `path` holds none."""
    folder = path / "articles" if (path / "articles").is_dir() else path
    out = []
    for f in sorted(folder.rglob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        if "triplet-uuid" not in rec:
            continue
        paragraphs = [" ".join(p) if isinstance(p, list) else str(p) for p in rec.get("body-paragraphs") or []]
        out.append({"id": rec.get("uuid") or f.stem, "title": rec.get("title"),
                    "text": "\n\n".join(paragraphs), "published": rec.get("date"),
                    "publisher": rec.get("source"), "gold": rec["triplet-uuid"]})
    if not out:
        # scoring nothing would print zeros, which read as a result
        raise EvalError(f"{path} holds no BASIL articles (JSON files with a 'triplet-uuid') "
                        "and no ECB+ file: give the BASIL folder or the ECB+ folder")
    return only(out, lambda a: a["gold"], "basil", part)


def load_ecbplus(path: Path, part: Part | None = None) -> list[dict]:
    """ECB+ articles as {id, title, text, published, publisher, gold = subtopic}."""
    return [{"id": d["id"], "title": None, "text": d["text"], "published": None,
             "publisher": None, "gold": d["subtopic"]} for d in read_ecbplus(path, part)]


def add_entities(articles: list[dict], lead_chars: int) -> None:
    """Entity names and specifics (corpus.stories.specifics) from the spaCy NER over the title
    and lead (what `corpus.update` reads from the store: the entities that start within the
    lead)."""
    texts = [f"{a['title'] or ''}\n\n{a['text'][:lead_chars]}" for a in articles]
    for a, doc in zip(articles, nlp.parse_many(texts)):
        a["entities"] = [e.text for e in doc.ents if e.label_ in ENTITY_LABELS]
        a["specifics"] = specifics((e.label_, e.text) for e in doc.ents)


def pair_scores(articles: list[dict], predicted: dict[str, str]) -> dict:
    tp = fp = fn = 0
    for a, b in combinations(articles, 2):
        same_gold = a["gold"] == b["gold"]
        same_pred = predicted[a["id"]] == predicted[b["id"]]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4)}


def bcubed_scores(articles: list[dict], predicted: dict[str, str]) -> dict:
    """BCubed precision / recall / F1 (each article weighs the same)."""
    both = Counter((a["gold"], predicted[a["id"]]) for a in articles)
    gold_size = Counter(a["gold"] for a in articles)
    pred_size = Counter(predicted[a["id"]] for a in articles)
    n = len(articles)
    if not n:
        return {"bcubed_precision": 0.0, "bcubed_recall": 0.0, "bcubed_f1": 0.0}
    p = sum(both[(a["gold"], predicted[a["id"]])] / pred_size[predicted[a["id"]]]
            for a in articles) / n
    r = sum(both[(a["gold"], predicted[a["id"]])] / gold_size[a["gold"]] for a in articles) / n
    return {"bcubed_precision": round(p, 4), "bcubed_recall": round(r, 4),
            "bcubed_f1": round(f1(p, r), 4)}


def _predict(articles: list[dict], options: StoryOptions) -> dict[str, str]:
    return {aid: s.id for s in group_stories(articles, options) for aid in s.article_ids}


def _grouping_scores(articles: list[dict], predicted: dict[str, str]) -> dict:
    scores = {"articles": len(articles), "records": len(articles),
              "events": len({a["gold"] for a in articles})}
    scores.update(pair_scores(articles, predicted))
    scores.update(bcubed_scores(articles, predicted))
    scores["stories"] = len(set(predicted.values()))
    return scores


def evaluate(path: Path, options: StoryOptions | None = None, entities: bool = True,
             part: Part | None = None) -> dict:
    options = options or StoryOptions()
    path = Path(path)
    is_ecb = ecbplus_file(path) is not None
    articles = load_ecbplus(path, part) if is_ecb else load_basil(path, part)
    if entities:
        add_entities(articles, options.lead_chars)
    predicted = _predict(articles, options)
    scores = {"dataset": "ecbplus" if is_ecb else "basil"}
    scores.update(_grouping_scores(articles, predicted))
    if is_ecb:
        return scores
    for name, lo, hi in (("dev_2010_2014", "2010", "2014"), ("test_2015_2019", "2015", "2019")):
        subset = [a for a in articles if lo <= (a["published"] or "")[:4] <= hi]
        # Scored on the grouping of the whole set: other years are still there to confuse it.
        for k, v in pair_scores(subset, predicted).items():
            scores[f"{name}_{k}"] = v
    undated = [dict(a, published=None) for a in articles]
    scores["undated_f1"] = pair_scores(undated, _predict(undated, replace(options)))["f1"]
    return scores
