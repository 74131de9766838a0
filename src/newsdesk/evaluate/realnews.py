"""`newsdesk eval realnews --data ../shared/data/realnews`: events, their confidence and quotes
on articles coded by hand (also the repository's eval/wire*, eval/dev* sets, in its format).

The gold (../shared/data/realnews: GUIDELINES.md) codes 20 full news articles sentence by
sentence. The articles are analysed as `newsdesk analyze` analyses a JSONL file of them, and
scored the way the data set's own scorer matches (its README), rewritten here:

Events (CAMEO roots 01 and 02 are left out on both sides: the gold does not list them).
- A gold event is placed at its sentence, found in the record's text ignoring runs of white
  space (then also case); one that cannot be found is counted apart (`gold_unlocated`) and
  not in recall.
- A predicted event belongs to the gold sentence that contains the start of its evidence; it
  counts in precision wherever it is.
- Within a sentence, gold events take, in order, the first free predicted event with the same
  (root, source, target), actors compared by their principal code (IGOs by six letters,
  others by the country's three; UNK and empty are one), with one convention allowed: gold
  COUNTRY+REB against a product code that starts with IMG.
- root_only_recall: gold events matched, or else with a free predicted event of the same root
  in the sentence. asserted_current_precision: of the predicted events that are asserted and
  not background, the share matched to a gold event that is asserted and not background.
  confidence_auc, confidence_brier and confidence_ece: how well each predicted event's
  `confidence` tells the matched from the unmatched (`confidence_scores`).
Quotes (speech quotes: kind direct, indirect, mixed or block).
- A gold quote is anchored at its sentence and at the first words of its content; when the
  content start is found, a predicted content matches if it covers that point, starting at
  most 40 characters after it; otherwise if it overlaps the anchored stretch. One-to-one, in
  order. speaker_right: of the matched, the share whose source (name or words) shares a word
  with the gold speaker, titles and small words aside.
Split key: the article id (dataset "realnews").
"""
from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from ..api import analyze
from ..vocab import ASSERTED, DEFAULT_MODALITY
from . import f1
from .split import Part, only

DATASET = "realnews"
UNCODED_ROOTS = {"", "01", "02"}
SPEECH_KINDS = {"direct", "indirect", "mixed", "block"}
NO_ACTOR = {"", "UNK", "NONE", "NULL"}
SPEAKER_IGNORED = frozenset("mr mrs ms dr the a an of and".split())
LATE_START = 40  # characters a predicted content may start after the gold content start


def read_realnews(path: Path, part: Part | None = None) -> list[tuple[dict, dict]]:
    """[(article, gold)] of one part (None: all), for every gold file with its article."""
    path = Path(path)
    articles = {}
    for file in sorted((path / "articles").glob("*.json")):
        article = json.loads(file.read_text(encoding="utf-8"))
        articles[article["id"]] = article
    pairs = []
    for file in sorted((path / "gold").glob("*.gold.json")):
        gold = json.loads(file.read_text(encoding="utf-8"))
        if gold["id"] in articles:
            pairs.append((articles[gold["id"]], gold))
    return only(pairs, lambda pair: pair[0]["id"], DATASET, part)


def records_by_article(articles: list[dict]) -> dict[str, dict]:
    """{article id: record}, as `newsdesk analyze --json` gives them for a JSONL file."""
    fields = ("id", "title", "published", "publisher", "text")
    with tempfile.TemporaryDirectory(prefix="newsdesk-eval-realnews-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        with open(source, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({k: a.get(k) or None for k in fields}, ensure_ascii=False)
                         + "\n")
        records = [r for r in analyze([str(source)]) if isinstance(r, dict)]
    return {(r.get("meta") or {}).get("doc_id") or r.get("id"): r for r in records}


# -- finding gold text in the record -----------------------------------------------------------

class Finder:
    """Finds a snippet in a text whatever its runs of white space (then whatever its case)."""

    def __init__(self, text: str):
        self.flat, self.back = [], []
        for i, ch in enumerate(text):
            if ch.isspace():
                if self.flat and self.flat[-1] == " ":
                    continue
                ch = " "
            self.flat.append(ch)
            self.back.append(i)
        self.flat = "".join(self.flat)
        self.lower = self.flat.lower()

    def find(self, snippet: str | None) -> tuple[int, int] | None:
        needle = " ".join((snippet or "").split())
        if not needle:
            return None
        at = self.flat.find(needle)
        if at < 0:
            at = self.lower.find(needle.lower())
        if at < 0:
            return None
        return self.back[at], self.back[at + len(needle) - 1] + 1


# -- events ------------------------------------------------------------------------------------

def _root(code) -> str:
    return str(code or "")[:2]


def principal(code: str | None) -> str:
    """An actor code's principal part: IGOUNO for IGOs, the country's three letters else."""
    code = (code or "").upper()
    if code in NO_ACTOR:
        return ""
    return code[:6] if code.startswith("IGO") else code[:3]


def _actor_code(event: dict, side: str) -> str:
    return ((event.get(f"{side}_actor") or {}).get("code") or "").upper()


def _same_event(gold: dict, pred: dict) -> bool:
    if _root(gold.get("root") or gold.get("code")) != _root(pred.get("cameo")):
        return False
    for side in ("source", "target"):
        want, got = (gold.get(side) or "").upper(), _actor_code(pred, side)
        if principal(want) != principal(got) and not (want.endswith("REB") and got.startswith("IMG")):
            return False
    return True


def _current(event: dict) -> bool:
    return event.get("modality") == ASSERTED and not event.get("background")


def _place_events(article: dict, gold: dict, record: dict | None, counts: dict) -> None:
    text = record["text"] if record else ""
    finder = Finder(text)
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for g in gold.get("events") or []:
        if _root(g.get("root") or g.get("code")) in UNCODED_ROOTS:
            continue
        counts["gold_listed"] += 1
        span = finder.find(g.get("sentence"))
        if span is None:
            counts["gold_unlocated"] += 1
        else:
            by_sentence.setdefault(span, []).append(g)
    counts["gold"] += sum(len(v) for v in by_sentence.values())
    predicted: dict[tuple[int, int], list[dict]] = {}
    for e in (record or {}).get("events") or []:
        if _root(e.get("cameo")) in UNCODED_ROOTS:
            continue
        counts["pred"] += 1
        counts["pred_current"] += _current(e)
        start = (e.get("evidence") or {}).get("start")
        home = next((span for span in by_sentence
                     if start is not None and span[0] <= start < span[1]), None)
        if home is not None:
            predicted.setdefault(home, []).append(e)
    matched: set[int] = set()
    for span, golds in by_sentence.items():
        matched |= _match_sentence(golds, predicted.get(span, []), counts)
    counts["pairs"] += [(e, id(e) in matched) for e in (record or {}).get("events") or []
                        if _root(e.get("cameo")) not in UNCODED_ROOTS]


def event_matches(article: dict, gold: dict, record: dict | None) -> list[tuple[dict, bool]]:
    """[(predicted event, whether a gold event took it)] for one article's record: its events
    of roots 03-20 in record order, matched as the module note says (what
    training/event_confidence.py learns the events' confidence from)."""
    counts: dict = defaultdict(int, pairs=[])
    _place_events(article, gold, record, counts)
    return counts["pairs"]


def _match_sentence(golds: list[dict], preds: list[dict], counts: dict) -> set[int]:
    """Match one sentence's gold events to its predicted ones, counting into `counts`; the
    ids (`id()`) of the predicted events taken."""
    taken: set[int] = set()
    for g in golds:
        free = [i for i in range(len(preds)) if i not in taken]
        hit = next((i for i in free if _same_event(g, preds[i])), None)
        if hit is None:
            want = _root(g.get("root") or g.get("code"))
            counts["root_only"] += any(_root(preds[i].get("cameo")) == want for i in free)
            continue
        taken.add(hit)
        e = preds[hit]
        counts["tp"] += 1
        counts["root_only"] += 1
        counts["modality_same"] += ((e.get("modality") or DEFAULT_MODALITY)
                                    == (g.get("modality") or DEFAULT_MODALITY))
        counts["background_same"] += bool(e.get("background")) == bool(g.get("background"))
        counts["current_tp"] += _current(e) and _current(g)
    return {id(preds[i]) for i in taken}


def event_scores(pairs: list[tuple[dict, dict]], records: dict[str, dict]) -> dict:
    counts: dict = dict.fromkeys(("gold_listed", "gold_unlocated", "gold", "pred", "pred_current",
                                  "tp", "root_only", "modality_same", "background_same",
                                  "current_tp"), 0)
    counts["pairs"] = []
    for article, gold in pairs:
        _place_events(article, gold, records.get(article["id"]), counts)
    p = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["tp"] / counts["gold"] if counts["gold"] else 0.0

    def share(a: str, b: str) -> float:
        return round(counts[a] / counts[b], 4) if counts[b] else 0.0

    return {"event_precision": round(p, 4), "event_recall": round(r, 4),
            "event_f1": round(f1(p, r), 4),
            "root_only_recall": share("root_only", "gold"),
            "asserted_current_precision": share("current_tp", "pred_current"),
            "modality_agree": share("modality_same", "tp"),
            "background_agree": share("background_same", "tp"),
            "gold_events": counts["gold"], "predicted_events": counts["pred"],
            "matched_events": counts["tp"],
            "gold_events_unlocated": counts["gold_unlocated"],
            **confidence_scores(counts["pairs"])}


def confidence_scores(pairs: list[tuple[dict, bool]]) -> dict:
    """How well the events' `confidence` tells right from wrong: confidence_auc (the chance a
    matched event has a higher confidence than an unmatched one, ties half), confidence_brier
    (mean squared gap between confidence and 1 for matched, 0 for not; a constant at the base
    rate scores base * (1 - base)) and confidence_ece (expected calibration error: over ten
    equal bins of confidence, the gap between the mean confidence and the share matched,
    weighted by the bin's events). None where there is no matched or no unmatched event."""
    right = [float(e.get("confidence") or 0.0) for e, hit in pairs if hit]
    wrong = [float(e.get("confidence") or 0.0) for e, hit in pairs if not hit]
    if not right or not wrong:
        return {"confidence_auc": None, "confidence_brier": None, "confidence_ece": None}
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    brier = sum((1 - c) ** 2 for c in right) + sum(c ** 2 for c in wrong)
    bins: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for c, hit in [(c, True) for c in right] + [(c, False) for c in wrong]:
        bins[min(int(c * 10), 9)].append((c, hit))
    n = len(right) + len(wrong)
    ece = sum(abs(sum(c for c, _ in b) - sum(h for _, h in b)) for b in bins.values()) / n
    return {"confidence_auc": round(wins / (len(right) * len(wrong)), 4),
            "confidence_brier": round(brier / n, 4), "confidence_ece": round(ece, 4)}


# -- quotes ------------------------------------------------------------------------------------

def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower())) - SPEAKER_IGNORED


def _anchors(gold: dict, finder: Finder) -> tuple[list, int]:
    """([(stretch start, stretch end, content start or None, gold quote)], unlocated)."""
    anchors, lost = [], 0
    for q in gold.get("quotes") or []:
        sentence = finder.find(q.get("sentence"))
        content = finder.find(q.get("content_start")) if q.get("content_start") else None
        found = [s for s in (sentence, content) if s]
        if not found:
            lost += 1
            continue
        anchors.append((min(s[0] for s in found), max(s[1] for s in found),
                        content[0] if content else None, q))
    return anchors, lost


def _covers(quote: dict, lo: int, hi: int, content_at: int | None) -> bool:
    span = quote.get("content") or {}
    start, end = span.get("start"), span.get("end")
    if start is None:
        return False
    if content_at is not None:
        return start <= content_at + LATE_START and end >= content_at
    return start < hi and end > lo


def quote_scores(pairs: list[tuple[dict, dict]], records: dict[str, dict]) -> dict:
    n_gold = n_pred = tp = speaker_right = lost = 0
    for article, gold in pairs:
        record = records.get(article["id"])
        anchors, missing = _anchors(gold, Finder(record["text"] if record else ""))
        lost += missing
        n_gold += len(anchors)
        quotes = [q for q in (record or {}).get("quotes") or [] if q.get("kind") in SPEECH_KINDS]
        n_pred += len(quotes)
        taken: set[int] = set()
        for lo, hi, content_at, g in anchors:
            hit = next((i for i, q in enumerate(quotes)
                        if i not in taken and _covers(q, lo, hi, content_at)), None)
            if hit is None:
                continue
            taken.add(hit)
            tp += 1
            source = quotes[hit].get("source") or {}
            want = _words(g.get("speaker"))
            speaker_right += bool(want & (_words(source.get("name")) | _words(source.get("text"))))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"quote_precision": round(p, 4), "quote_recall": round(r, 4),
            "quote_f1": round(f1(p, r), 4),
            "speaker_right": round(speaker_right / tp, 4) if tp else 0.0,
            "gold_quotes": n_gold, "predicted_quotes": n_pred, "matched_quotes": tp,
            "gold_quotes_unlocated": lost}


def evaluate(path: Path, part: Part | None = None) -> dict:
    pairs = read_realnews(path, part)
    records = records_by_article([article for article, _ in pairs])
    scores = {"records": len(pairs)}
    scores.update(event_scores(pairs, records))
    scores.update(quote_scores(pairs, records))
    return scores
