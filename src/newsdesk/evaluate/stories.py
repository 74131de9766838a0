"""`newsdesk eval stories --data ../shared/data/corpora/basil`: "same story" pairwise scores.

BASIL gives, for each of its events, the Fox, NYT and HuffPost reports (`triplet-uuid`).
All articles are grouped at once by `corpus.stories.group_stories` from their title, body,
date and spaCy entity names (BASIL's own annotations — main entities, main event — are not
used). Scores: pairwise precision / recall / F1 over article pairs (a pair is positive when
both articles are in one story), on all events, on the events of 2010-2014 (the part the
thresholds were chosen on) and of 2015-2019 (held apart), and once more with the dates
removed, to show how much the time window carries.
"""
from __future__ import annotations

import json
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from ..corpus.stories import ENTITY_LABELS, StoryOptions, group_stories
from . import f1


def load_basil(path: Path) -> list[dict]:
    """BASIL articles as {id, title, text, published, publisher, gold}."""
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
    return out


def add_entities(articles: list[dict], lead_chars: int) -> None:
    """Entity names from the spaCy NER over the title and lead (what `corpus.update` reads
    from the store: the entities that start within the lead)."""
    from .. import nlp

    texts = [f"{a['title'] or ''}\n\n{a['text'][:lead_chars]}" for a in articles]
    for a, doc in zip(articles, nlp.parse_many(texts)):
        a["entities"] = [e.text for e in doc.ents if e.label_ in ENTITY_LABELS]


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


def _predict(articles: list[dict], options: StoryOptions) -> dict[str, str]:
    return {aid: s.id for s in group_stories(articles, options) for aid in s.article_ids}


def evaluate(path: Path, options: StoryOptions | None = None, entities: bool = True) -> dict:
    options = options or StoryOptions()
    articles = load_basil(Path(path))
    if entities:
        add_entities(articles, options.lead_chars)
    predicted = _predict(articles, options)
    scores = {"articles": len(articles), "events": len({a["gold"] for a in articles})}
    scores.update(pair_scores(articles, predicted))
    stories = set(predicted.values())
    scores["stories"] = len(stories)
    for name, lo, hi in (("dev_2010_2014", "2010", "2014"), ("test_2015_2019", "2015", "2019")):
        part = [a for a in articles if lo <= (a["published"] or "")[:4] <= hi]
        # Scored on the grouping of the whole set: other years are still there to confuse it.
        for k, v in pair_scores(part, predicted).items():
            scores[f"{name}_{k}"] = v
    undated = [dict(a, published=None) for a in articles]
    scores["undated_f1"] = pair_scores(undated, _predict(undated, replace(options)))["f1"]
    return scores
