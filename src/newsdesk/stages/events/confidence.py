"""An event's `confidence`: the chance that a careful reader codes the same act, learned.

The rules decide which events there are; this module only says how sure to be of each. A
logistic model (training/event_confidence.py) was fitted on blind-coded wire articles
(eval/dev37-dev41, 60 articles, and the learn part of ../shared/data/realnews): for each event
the analysis output, whether the gold lists the same act (CAMEO root, source country, target
country: `newsdesk eval realnews`'s match). Its features are what the finished event record
says about itself (`features`): the code, which actors were found and of what kind, modality,
background, whether someone else tells it, where in the article it stands, the PLOVER type and
the time relation. No word of the text: the trigger's own word helped little in
cross-validation and would learn the topics of 60 articles.

`confidence` is then P(right) in that sense, in [0.05, 0.95]. The rules' hand-set evidence
score (build._confidence: a cued trigger, both parties, the main clause, a verb) is one of the
features, the events' confidence within `rules_only()` (what the trainer reads and what
evaluate.events ranks a one-event report's events by), and the fallback when the model file
is missing. Measured in session 39 on sets nobody tuned on (`newsdesk eval realnews` gives
`confidence_auc` and `confidence_brier`; a constant at the base rate has Brier about 0.25):

    set (events output)            AUC rules -> learned   Brier rules -> learned
    eval/wire37 (175)              0.670 -> 0.779          0.267 -> 0.193
    eval/wire38 (171)              0.688 -> 0.662          0.258 -> 0.232
    eval/wire39 (169)              0.679 -> 0.769          0.276 -> 0.198
    realnews internal test (31)    0.532 -> 0.721          0.254 -> 0.207
    training rows, 5-fold CV by article (1059): AUC 0.652 -> 0.728, Brier 0.262 -> 0.210

On the three wire sets together the learned value is calibrated: of the events it gives
0.75 or more, 0.84 were right; 0.60-0.75, 0.62; 0.45-0.60, 0.51; 0.30-0.45, 0.34; under
0.30, 0.25 (an experiment with the same features before the `rules` one was added).

Model file: models/event_confidence.json: {"intercept": b, "weights": {feature: w}, ...};
P = 1 / (1 + exp(-(b + sum of w * value))) over the features present.
"""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from ...model import Document

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "event_confidence.json"
LOW, HIGH = 0.05, 0.95


def features(event: dict, sentences: int) -> dict[str, float]:
    """The model's features of one event record (the dict of `model.Event` with the rules'
    own score as its `confidence`; `sentences`: the article's sentence count). Categorical
    features are "name=value": 1.0."""
    out: dict[str, float] = {"rules": float(event.get("confidence") or 0.0)}
    code = event.get("cameo") or ""
    out["root=" + code[:2]] = 1.0
    out["code3=" + code[:3]] = 1.0
    sides = (("source", event.get("source_actor") or {}),
             ("target", event.get("target_actor") or {}))
    for side, actor in sides:
        out[f"{side}_none"] = float(not actor.get("code"))
        out[f"{side}_no_country"] = float(bool(actor.get("code")) and not actor.get("country"))
        out[f"{side}_sector={actor.get('sector')}"] = 1.0
        out[f"{side}_entity"] = float(bool(actor.get("entity")))
    source, target = sides[0][1], sides[1][1]
    out["same_country"] = float(bool(source.get("country")) and
                                source.get("country") == target.get("country"))
    out[f"modality={event.get('modality')}"] = 1.0
    out["background"] = float(bool(event.get("background")))
    out["attributed"] = float(bool(event.get("attributed_to")))
    index = event.get("sentence") or 0
    out["lede"] = float(index == 0)
    out["position"] = index / max(1, sentences)
    out[f"plover={(event.get('plover') or {}).get('event')}"] = 1.0
    out[f"time={(event.get('time') or {}).get('relation')}"] = 1.0
    return out


_RULES_ONLY = [False]


@contextmanager
def rules_only():
    """Within it, events keep the rules' own score (what the trainer learns from)."""
    _RULES_ONLY[0] = True
    try:
        yield
    finally:
        _RULES_ONLY[0] = False


@lru_cache(maxsize=1)
def _model() -> dict | None:
    if not MODEL_PATH.exists():
        return None
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def probability(model: dict, feats: dict[str, float]) -> float:
    """The model's P(right) for one event's features, unclipped."""
    weights = model["weights"]
    z = model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def calibrate(doc: Document) -> None:
    """Set each event's `confidence` to the model's P(right) (rounded, within LOW..HIGH); the
    rules' score stays where the model file is missing (before `make models`)."""
    model = None if _RULES_ONLY[0] else _model()
    if model is None:
        return
    for event in doc.events:
        p = probability(model, features(asdict(event), len(doc.sentences)))
        event.confidence = round(min(max(p, LOW), HIGH), 2)
