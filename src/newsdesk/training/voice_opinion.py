"""The SUBJ prior of a piece filed under an opinion section: writes models/voice_opinion_prior.json.

The subjectivity models (voice.py, voice_encoder.py) learned a prior: the SUBJ share of their
training sentences (the CheckThat! 2023 learn part of train + dev, and the BABE learn part's
opinion labels, about 0.38). A writer's
sentences in a piece the site files as opinion ("Opinion", "Op-Ed", "Commentary": meta.section,
or the URL's path) are subjective far more often, and the models, reading one sentence at a
time, cannot know it (field case 19: "Ireland has declared war on money laundering more times
than anyone can count, yet the banks keep winning" scores 0.33 in an editorial).

The opinion share is estimated without labels on the AllSides articles (corpora/allsides_intl)
whose URL files them under an opinion path, by adjusted classify-and-count (Forman 2008,
"Quantifying counts and costs via classification"): pi = (q - FPR) / (TPR - FPR), where q is
the share of their author-voice sentences the shipped models call SUBJ, and TPR / FPR are the
blend's rates on out-of-fold scores of the CheckThat! learn part (training/voice_blend.py
measures them and writes them in models/voice_blend.json, "subjectivity" / "calibration"). The voice stage then moves P(SUBJ)
of the writer's sentences in such a piece by Bayes' rule for a new prior (Saerens et al. 2002,
"Adjusting the outputs of a classifier to new a priori probabilities"): odds x
odds(pi_opinion) / odds(pi_training). Pieces with no section keep the models' prior. News
pieces of the same outlets are scored too, as a check that the shift is the genre's (their
estimate is printed, not used).

    python -m newsdesk.training voice_opinion      (~5-10 min on 2 cores)
"""
from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

from ..api import analyze_text
from ..evaluate.gold import read_babe, read_subjectivity
from ..ingest.html_meta import section_in_url
from ..stages.voice.encoder import load_encoder
from ..stages.voice.scoring import OPINION_PRIOR_FILE
from .voice import DATA, OPINION_AS_SUBJ

# Paths that are neither news nor opinion: blogs, live pages, video, letters, analysis.
NOT_NEWS = re.compile(r"/(blogs?|live|video|podcasts?|letters?|analysis)/", re.I)
MAX_CHARS = 6000  # the opening of each article: enough sentences, a bounded cost
SEED = 7


def _odds(p: float) -> float:
    return p / (1 - p)


def _rates() -> tuple[float, float]:
    """(TPR, FPR) of the shipped SUBJ blend at its threshold, out of fold (the encoder's
    blend file: training/voice_blend.py)."""
    calibration = load_encoder().header.get("subjectivity", {}).get("calibration")
    if calibration is None:
        raise SystemExit("the shipped voice encoder has no calibration rates in its header: "
                         "rebuild it with `python -m newsdesk.training voice_encoder`")
    return float(calibration["tpr"]), float(calibration["fpr"])


def _training_share(data: Path) -> float:
    """SUBJ share of the sentences the subjectivity models learned from (the CheckThat! learn
    part, the BABE learn part's opinion labels)."""
    _, labels = read_subjectivity(data / "checkthat_subjectivity", "learn")
    labels = list(labels)
    labels += [OPINION_AS_SUBJ[r["label_opinion"]] for r in read_babe(data / "babe" / "babe_sg2.csv",
                                                                      "learn")
               if r["label_opinion"] in OPINION_AS_SUBJ]
    return float(np.mean(labels))


def _groups(data: Path) -> dict[str, list[dict]]:
    """Opinion-path articles, and as many news articles of the same outlets."""
    arts = [json.loads(line) for line in open(data / "corpora" / "allsides_intl" / "articles.jsonl",
                                              encoding="utf-8")]
    opinion = [a for a in arts if section_in_url(a.get("url"))]
    rng = random.Random(SEED)
    news = []
    for outlet, n in sorted(Counter(a["source"] for a in opinion).items()):
        pool = [a for a in arts if a["source"] == outlet and not section_in_url(a.get("url"))
                and not NOT_NEWS.search(a.get("url") or "")]
        news += rng.sample(pool, min(n, len(pool)))
    return {"opinion": opinion, "news": news}


def _author_scores(article: dict) -> list[float]:
    # No URL and no section line: the scores are the models' own, before any genre prior.
    text = (article.get("title") or "") + "\n\n" + (article.get("content_original") or "")[:MAX_CHARS]
    record = analyze_text(text)
    return [s["subjectivity"]["score"] for s in record["sentences"]
            if s["voice"] == "author" and s.get("subjectivity")]


def _share(scores: list[list[float]], threshold: float, tpr: float, fpr: float) -> float:
    q = float(np.mean([p >= threshold for ps in scores for p in ps]))
    return min(max((q - fpr) / (tpr - fpr), 0.01), 0.99)


def main(data: Path = DATA) -> None:
    tpr, fpr = _rates()
    threshold = 0.5  # the blend's threshold lands there (scoring.blend_subjectivity)
    trained = _training_share(data)
    scores = {g: [_author_scores(a) for a in arts] for g, arts in _groups(data).items()}
    shares = {g: _share(s, threshold, tpr, fpr) for g, s in scores.items()}
    rng = np.random.default_rng(SEED)
    boot = []
    for _ in range(1000):  # articles resampled: the estimate's spread
        pick = rng.integers(0, len(scores["opinion"]), len(scores["opinion"]))
        boot.append(_share([scores["opinion"][i] for i in pick], threshold, tpr, fpr))
    ratio = _odds(shares["opinion"]) / _odds(trained)
    out = {"odds_ratio": round(ratio, 3), "opinion_share": round(shares["opinion"], 4),
           "opinion_share_ci95": [round(float(x), 4) for x in np.percentile(boot, [2.5, 97.5])],
           "news_share": round(shares["news"], 4), "training_share": round(trained, 4),
           "tpr": round(tpr, 4), "fpr": round(fpr, 4),
           "articles": {g: len(s) for g, s in scores.items()},
           "sentences": {g: sum(map(len, s)) for g, s in scores.items()}}
    OPINION_PRIOR_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"voice_opinion: {json.dumps(out)} -> {OPINION_PRIOR_FILE}")


if __name__ == "__main__":
    main()
