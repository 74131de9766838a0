"""`newsdesk eval factuality --data ../shared/data/meantime_factuality/meantime.jsonl`: the
modality reader (stages/events/modality.py) on MEANTIME's event factuality.

MEANTIME (Minard et al., LREC 2016) marks every event mention at the start of 120 Wikinews
business articles with certainty, polarity and time; the data set derives one `modality` from
them (its SOURCE.txt: NEG -> negated; PROBABLE/POSSIBLE -> hedged; FUTURE -> planned;
CERTAIN+POS+NON_FUTURE -> asserted; else other). These are not political events, and that is
the point: the modality cues (negation, modals, "plans to", "reportedly", "denied that",
conditions) are the same words in any news, so the reader is scored on every mention, not only
on the ones the CAMEO lexicon codes.

Each annotated line is parsed alone (the text is one sentence per line, tokens joined by
spaces); the token at a mention's start is read by `modality(token, head, words)` as the event
stage reads a trigger: a verb alone, a noun with the verb whose clause it is in (the stage adds
frame rules on top: a threat is read on its threatening verb, an agreement to act is asserted). The product's six labels fold into the
data's: planned and requested -> planned (not yet done), hedged and hypothetical -> hedged
(may not be so).

Reported (`records` = articles):
- `accuracy` over the mentions whose gold is one of asserted/planned/hedged/negated;
- per label precision/recall/F1 and `macro_f1` over those four;
- `happened_f1`: F1 of "asserted" against everything else (gold "other" included): whether an
  event is told as a fact, the distinction users need most;
- `mentions`, `mentions_other` (gold "other", in happened_f1 only), `unaligned` (a mention
  whose start is no token start of the parse: skipped).
Split key: the article id (dataset "meantime").
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .. import nlp
from ..stages.events.modality import modality
from . import f1
from .split import Part, only

DATASET = "meantime"
LABELS = ("asserted", "planned", "hedged", "negated")
# the product's labels, folded into MEANTIME's
FOLD = {"asserted": "asserted", "planned": "planned", "requested": "planned",
        "hedged": "hedged", "hypothetical": "hedged", "negated": "negated"}


def read_meantime(path: Path, part: Part | None = None) -> list[dict]:
    """The articles of meantime.jsonl (one JSON object per line: id, text, events), one part.
    `path` is the file or the folder that holds it."""
    path = Path(path)
    if path.is_dir():
        path = path / "meantime.jsonl"
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return only(rows, lambda r: r["id"], DATASET, part)


def predictions(article: dict) -> list[tuple[str, str | None]]:
    """(gold modality, predicted modality folded to the gold's labels or None when the mention
    has no token of its own in the parse) for each event mention of the article."""
    lines = article["text"].split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    by_line: dict[int, list[dict]] = {}
    for event in article["events"]:
        by_line.setdefault(event["sentence"], []).append(event)
    out: list[tuple[str, str | None]] = []
    for k, events in sorted(by_line.items()):
        parsed = nlp.parse(lines[k])
        tokens = {t.idx: t for t in parsed}
        words = {t.lower_ for t in parsed}
        for event in events:
            token = tokens.get(event["start"] - starts[k])
            predicted = None
            if token is not None:
                head = _governor(token) if token.pos_ in ("NOUN", "PROPN") else None
                predicted = FOLD[modality(token, head, words)]
            out.append((event["modality"], predicted))
    return out


def _governor(noun):
    """The verb whose clause an event noun belongs to ("the trial is set to begin"), or None:
    the event stage reads a nominal event with the verb that carries it."""
    tok = noun
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def scores(pairs: list[tuple[str, str | None]]) -> dict:
    """The figures of the module docstring from (gold, predicted) pairs."""
    aligned = [(g, p) for g, p in pairs if p is not None]
    four = [(g, p) for g, p in aligned if g in LABELS]
    out: dict = {"mentions": len(pairs), "mentions_other": sum(g == "other" for g, _ in aligned),
                 "unaligned": len(pairs) - len(aligned),
                 "accuracy": round(sum(g == p for g, p in four) / len(four), 4) if four else 0.0}
    macro = []
    for label in LABELS:
        tp = sum(g == p == label for g, p in four)
        pred = sum(p == label for _, p in four)
        gold = sum(g == label for g, _ in four)
        prec, rec = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        out[f"{label}_precision"], out[f"{label}_recall"] = round(prec, 4), round(rec, 4)
        out[f"{label}_f1"] = round(f1(prec, rec), 4)
        macro.append(f1(prec, rec))
    out["macro_f1"] = round(sum(macro) / len(macro), 4)
    tp = sum(g == p == "asserted" for g, p in aligned)
    pred = sum(p == "asserted" for _, p in aligned)
    gold = sum(g == "asserted" for g, _ in aligned)
    out["happened_f1"] = round(f1(tp / pred if pred else 0.0, tp / gold if gold else 0.0), 4)
    out["gold_labels"] = dict(Counter(g for g, _ in aligned))
    return out


def evaluate(path: Path, part: Part | None = None) -> dict:
    articles = read_meantime(path, part)
    pairs = [pair for article in articles for pair in predictions(article)]
    return {"records": len(articles), **scores(pairs)}
