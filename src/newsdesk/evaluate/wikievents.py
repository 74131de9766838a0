"""`newsdesk eval wikievents --data ../shared/data/wikievents/wikievents.jsonl`: event detection
by CAMEO root in whole news articles (WikiEvents v1.0, KAIROS ontology).

Gold (../shared/data/wikievents/SOURCE.txt): one article a line, {id, text, events}; `text` is
the annotated sentences joined by one newline (line k = sentence k); each event has the char
span of its trigger in `text` (start, end), its KAIROS `type`, its `sentence` (line) and its
`arguments` [{role, text, start, end}], and `cameo_root` where the KAIROS type maps to a CAMEO
root (Conflict.Attack 18, Demonstrate 14, ThreatenCoerce 13, RequestCommand 10, Meet 04,
ArrestJailDetain 17, ReleaseParole 08), else null.

The articles are analysed as `newsdesk analyze` analyses a JSONL file of them (the helper
`realnews.records_by_article` uses). The ingest cleans the text (blank lines between
paragraphs, a first line that looks like a headline becomes the title, furniture and footers
go), so each gold line is found again in the record's text, ignoring runs of white space, in
order; offsets inside a line map character for character. A gold event whose line is not in
the record's text (a headline taken as the title, a line dropped as furniture) is counted as a
miss and also apart (`gold_in_dropped_text`): the product never read it.

Scores (only gold events with a `cameo_root` count; product events of roots 03-20):
- recall: share of gold events for which the product has an event of the same root whose
  evidence span overlaps the gold trigger span. `same_sentence_recall` is the lenient form:
  an event of the same root whose evidence starts in the gold event's line.
- precision: of the product's events whose evidence starts in a line holding at least one
  gold event (of any KAIROS type), the share with a gold event of the same root in that line.
  Precision is only over annotated lines because WikiEvents annotates the KAIROS events of a
  document, not every CAMEO event: a product event in a line with no annotation may be right
  and there is no way to tell. Even in annotated lines KAIROS has no type for many CAMEO roots
  (statements of intent 03, cooperation 05-07, investigation 09, disapproval 11, rejection 12,
  force posture 15, reducing relations 16), so `mapped_precision` is the same share over the
  product events whose root a KAIROS type maps to (04 08 10 13 14 17 18 19; 19 because the
  mapping codes a KAIROS attack 18 and a fight 19) and is the fairer number; `precision`
  counts the rest as errors.
- argument agreement, for gold events found (recall's sense): a gold argument whose role names
  the doer (Attacker, Communicator, Demonstrator, Jailer) is right when the source actor span
  of an overlapping product event of the same root overlaps it; a role naming the one done to
  (Target, Recipient, Detainee) likewise with the target actor; a Meet Participant with
  either. Other roles (Place, Instrument, ...) are not scored. Product actor spans are the
  `start`/`end` of `source_actor`/`target_actor` (an empty span never matches).
- `per_root`: {root: {gold, found, same_sentence}} for the gold, and `predicted_per_root`:
  {root: n} for the product events in annotated lines.
Matching is not one-to-one: one product event may find two gold events (an Attack and a
Detonate on one trigger), as the definitions above say.
Split key: the article `id` (dataset "wikievents"), whole articles.
"""
from __future__ import annotations

import json
from bisect import bisect_left
from pathlib import Path

from . import f1
from .realnews import records_by_article
from .split import Part, only

DATASET = "wikievents"
CODED_ROOTS = frozenset(f"{n:02d}" for n in range(3, 21))
MAPPED_ROOTS = frozenset({"04", "08", "10", "13", "14", "17", "18", "19"})
SOURCE_ROLES = frozenset({"Attacker", "Communicator", "Demonstrator", "Jailer"})
TARGET_ROLES = frozenset({"Target", "Recipient", "Detainee"})
EITHER_ROLES = frozenset({"Participant"})


def read_wikievents(path: Path, part: Part | None = None) -> list[dict]:
    """The gold articles {id, text, events, ...} of one part (None: all), in file order."""
    with open(path, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    return only(articles, lambda a: a["id"], DATASET, part)


# -- from the gold text's offsets to the record's --------------------------------------------

def _flatten(text: str) -> tuple[str, list[int]]:
    """(text with every run of white space one space and no space at either end, the index
    in `text` of each of its characters)."""
    flat: list[str] = []
    back: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if not flat or flat[-1] == " ":
                continue
            ch = " "
        flat.append(ch)
        back.append(i)
    if flat and flat[-1] == " ":
        flat.pop()
        back.pop()
    return "".join(flat), back


class Aligner:
    """Maps char offsets of the gold text (lines joined by newlines) into a record's text.

    Each gold line is looked for in the record's text, white space ignored, from where the
    previous one was found (then from the start); `line_span(k)` is its (start, end) in the
    record, or None when the record does not hold it."""

    def __init__(self, gold_text: str, record_text: str):
        self.rec_flat, self.rec_back = _flatten(record_text)
        self.lines: list[tuple[int, str, list[int], int | None]] = []  # (start, flat, back, at)
        start, cursor = 0, 0
        for line in gold_text.split("\n"):
            flat, back = _flatten(line)
            at = None
            if flat:
                at = self.rec_flat.find(flat, cursor)
                if at < 0:
                    at = self.rec_flat.find(flat)
                if at < 0:
                    at = None
                else:
                    cursor = at + len(flat)
            self.lines.append((start, flat, back, at))
            start += len(line) + 1

    def line_of(self, offset: int) -> int:
        """The gold line holding char `offset` of the gold text."""
        k = bisect_left([s for s, *_ in self.lines], offset + 1) - 1
        return max(k, 0)

    def line_span(self, k: int) -> tuple[int, int] | None:
        if not 0 <= k < len(self.lines):
            return None
        _, flat, _, at = self.lines[k]
        if at is None:
            return None
        return self.rec_back[at], self.rec_back[at + len(flat) - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The gold span [start, end) in the record's text, or None when its line is not
        there (a span must lie within one line)."""
        k = self.line_of(start)
        line_start, flat, back, at = self.lines[k]
        if at is None or end <= start:
            return None
        first = bisect_left(back, start - line_start)
        last = bisect_left(back, end - line_start) - 1
        if first > last or last >= len(flat):
            return None
        return self.rec_back[at + first], self.rec_back[at + last] + 1


# -- scoring -----------------------------------------------------------------------------------

def _root(code) -> str:
    return str(code or "")[:2]


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return bool(a and b) and a[0] < b[1] and b[0] < a[1]


def _evidence(event: dict) -> tuple[int, int] | None:
    ev = event.get("evidence") or {}
    if ev.get("start") is None or ev.get("end") is None:
        return None
    return ev["start"], ev["end"]


def _actor_span(event: dict, side: str) -> tuple[int, int] | None:
    actor = event.get(f"{side}_actor") or {}
    start, end = actor.get("start"), actor.get("end")
    if start is None or end is None or end <= start:
        return None
    return start, end


def _sides(role: str) -> tuple[str, ...]:
    if role in SOURCE_ROLES:
        return ("source",)
    if role in TARGET_ROLES:
        return ("target",)
    if role in EITHER_ROLES:
        return ("source", "target")
    return ()


def placed_gold(article: dict, aligner: Aligner) -> list[dict]:
    """The article's gold events, each with `line` (its gold line), `span` (the trigger in the
    record's text, None when dropped), and `args` [(role, span in the record)]."""
    out = []
    for g in article.get("events") or []:
        line = g.get("sentence")
        if line is None:
            line = aligner.line_of(g["start"])
        args = [(a.get("role"), aligner.span(a["start"], a["end"]))
                for a in g.get("arguments") or [] if a.get("start") is not None]
        out.append({"root": _root(g.get("cameo_root")), "type": g.get("type"),
                    "trigger": g.get("trigger"), "line": line,
                    "span": aligner.span(g["start"], g["end"]), "args": args})
    return out


def _home_line(event: dict, line_spans: dict[int, tuple[int, int]]) -> int | None:
    ev = _evidence(event)
    if ev is None:
        return None
    return next((k for k, (lo, hi) in line_spans.items() if lo <= ev[0] < hi), None)


def _new_counts() -> dict:
    return dict.fromkeys(("gold", "found", "same_sentence", "dropped", "pred", "pred_tp",
                          "mapped_pred", "mapped_tp", "args", "args_right"), 0)


def score_article(article: dict, record: dict | None, counts: dict, per_root: dict,
                  predicted_per_root: dict) -> list[dict]:
    """Adds one article's counts; returns its gold events with a root, each with `found`
    and `same_sentence` (bools) and `preds`, the product events in its line (for error
    analysis)."""
    text = (record or {}).get("text") or ""
    aligner = Aligner(article["text"], text)
    gold = placed_gold(article, aligner)
    events = [e for e in (record or {}).get("events") or [] if _root(e.get("cameo")) in CODED_ROOTS]
    line_spans = {k: aligner.line_span(k) for k in {g["line"] for g in gold}}
    line_spans = {k: s for k, s in line_spans.items() if s}
    by_line: dict[int, list[dict]] = {}
    for e in events:
        home = _home_line(e, line_spans)
        if home is not None:
            by_line.setdefault(home, []).append(e)
    coded = [g for g in gold if g["root"]]
    for g in coded:
        row = per_root.setdefault(g["root"], {"gold": 0, "found": 0, "same_sentence": 0})
        counts["gold"] += 1
        row["gold"] += 1
        near = by_line.get(g["line"], [])
        same = [e for e in near if _root(e.get("cameo")) == g["root"]]
        hits = [e for e in same if _overlaps(_evidence(e), g["span"])]
        g.update(found=bool(hits), same_sentence=bool(same), preds=near)
        counts["dropped"] += g["span"] is None
        counts["found"] += bool(hits)
        row["found"] += bool(hits)
        counts["same_sentence"] += bool(same)
        row["same_sentence"] += bool(same)
        if hits:
            _score_args(g, hits, counts)
    for k, preds in by_line.items():
        roots_here = {g["root"] for g in gold if g["line"] == k and g["root"]}
        for e in preds:
            root = _root(e.get("cameo"))
            predicted_per_root[root] = predicted_per_root.get(root, 0) + 1
            counts["pred"] += 1
            counts["pred_tp"] += root in roots_here
            if root in MAPPED_ROOTS:
                counts["mapped_pred"] += 1
                counts["mapped_tp"] += root in roots_here
    return coded


def _score_args(gold: dict, hits: list[dict], counts: dict) -> None:
    for role, span in gold["args"]:
        sides = _sides(role or "")
        if not sides:
            continue
        counts["args"] += 1
        counts["args_right"] += any(_overlaps(_actor_span(e, side), span)
                                    for e in hits for side in sides)


def scores(articles: list[dict], records: dict[str, dict]) -> dict:
    """Flat scores and counts (see the module docstring) for gold `articles` and their
    records {article id: record}."""
    counts = _new_counts()
    per_root: dict[str, dict] = {}
    predicted: dict[str, int] = {}
    for article in articles:
        score_article(article, records.get(article["id"]), counts, per_root, predicted)

    def share(a: str, b: str) -> float:
        return round(counts[a] / counts[b], 4) if counts[b] else 0.0

    p, r = share("pred_tp", "pred"), share("found", "gold")
    mp = share("mapped_tp", "mapped_pred")
    return {"records": len(articles),
            "recall": r, "same_sentence_recall": share("same_sentence", "gold"),
            "precision": p, "f1": round(f1(p, r), 4),
            "mapped_precision": mp, "mapped_f1": round(f1(mp, r), 4),
            "argument_agreement": share("args_right", "args"),
            "gold_events": sum(len(a.get("events") or []) for a in articles),
            "gold_with_root": counts["gold"], "gold_found": counts["found"],
            "gold_in_dropped_text": counts["dropped"],
            "predicted_in_annotated": counts["pred"], "predicted_matched": counts["pred_tp"],
            "predicted_mapped": counts["mapped_pred"],
            "gold_arguments_scored": counts["args"],
            "per_root": {k: per_root[k] for k in sorted(per_root)},
            "predicted_per_root": {k: predicted[k] for k in sorted(predicted)}}


def evaluate(path: Path, part: Part | None = None) -> dict:
    articles = read_wikievents(path, part)
    records = records_by_article([{"id": a["id"], "text": a["text"]} for a in articles])
    return scores(articles, records)
