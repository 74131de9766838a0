"""An event's `confidence`: the learned chance that it is coded right.

The rules decide which events there are; this module only says how sure to be of each.
"Right" is what `newsdesk eval realnews` matches: a careful reader lists the same act with the
same CAMEO root, source country and target country. It is not the chance that the act
happened: a hypothetical or negated event coded right is right (its modality says whether it
happened).

A logistic regression (training/event_confidence.py) was fitted on the events the analysis
output for blind-coded articles: 58 wire-style articles in the repository (eval/dev37-41) and
the learn part of the realnews gold set (16 articles; the trainer reads it, this module never
does), labelled by whether the gold lists them. Its features (`features`) are what the
finished event record says of itself:

    root=XX, code3=XXX                 the CAMEO code's root and first three digits
    source_none, target_none           no actor found on that side
    source_no_country, target_no_...   an actor with no country (a sector alone, "police")
    source_sector=S, target_sector=S   the actor's sector (None when it has none)
    source_entity, target_entity       the actor is a named entity of the record
    same_country                       source and target of one country
    modality=M, background, attributed  (attributed: someone else tells it, a quote's id)
    lede, position                     in the first sentence; sentence index / sentence count
    plover=TYPE, time=RELATION         the PLOVER type; the time's relation (past, future, ...)
    evidence_score                     the rules' hand-set score (build._evidence_score)

No word of the text: the trigger's own word added little in cross-validation and would learn
the topics of 74 articles. Events of CAMEO roots 01 and 02 (statements and appeals, which the
gold does not list) keep the rules' score as their confidence.

Measured in session 39 on sets nobody tuned on (`newsdesk eval realnews`: confidence_auc,
confidence_brier and confidence_ece; a constant at the base rate has Brier about 0.25):

    set (events scored)            AUC rules -> learned   Brier rules -> learned
    eval/wire37 (175)              0.670 -> 0.782          0.267 -> 0.192
    eval/wire38 (171)              0.688 -> 0.661          0.258 -> 0.233
    eval/wire39 (169)              0.679 -> 0.775          0.276 -> 0.196
    the three together (515)       0.679 -> 0.741          0.267 -> 0.207 (ECE 0.202 -> 0.038)
    realnews internal test (31)    0.532 -> 0.723          0.254 -> 0.208
    training rows, 5-fold CV by article: AUC 0.654 -> 0.737, Brier 0.261 -> 0.206

Better ranking on two of the three held-out wire sets, slightly worse on wire38, and better
calibrated on all (see the README for the reliability of its values).

Model file: models/event_confidence.json: {"features_version", "intercept", "weights":
{feature: w}, ...}; P = 1 / (1 + exp(-(b + sum of w * value))) over the features present. A
file written for another FEATURES_VERSION is not used (the rules' score stays): rebuild it
with `make models` after changing `features`.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from ...model import Document

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "event_confidence.json"
FEATURES_VERSION = 2  # raise when `features` changes: a model of another version is unused
LOW, HIGH = 0.05, 0.95
UNLISTED_ROOTS = ("01", "02")  # statements and appeals: not in the gold, not learned


def features(event: dict, sentences: int) -> dict[str, float]:
    """The model's features of one event record (the dict of `model.Event`; `sentences`: the
    article's sentence count). Categorical features are "name=value": 1.0."""
    out: dict[str, float] = {"evidence_score": float(event.get("evidence_score") or 0.0)}
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


@lru_cache(maxsize=1)
def shipped_model() -> dict | None:
    """The model file's content, or None when it is missing or of another FEATURES_VERSION."""
    if not MODEL_PATH.exists():
        return None
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return model if model.get("features_version") == FEATURES_VERSION else None


def probability(model: dict, feats: dict[str, float]) -> float:
    """The model's P(right) for one event's features, unclipped."""
    weights = model["weights"]
    z = model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def set_confidence(doc: Document) -> None:
    """Set each event's `confidence` to the model's P(right), rounded, within LOW..HIGH; an
    event of an unlisted root, or every event when no model is shipped, keeps the rules'
    evidence score."""
    model = shipped_model()
    for event in doc.events:
        if model is None or event.cameo[:2] in UNLISTED_ROOTS:
            event.confidence = event.evidence_score
            continue
        p = probability(model, features(asdict(event), len(doc.sentences)))
        event.confidence = round(min(max(p, LOW), HIGH), 2)
