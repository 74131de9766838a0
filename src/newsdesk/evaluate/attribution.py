"""`newsdesk eval attribution --data ../shared/data/polnear/dev`: quotes against PolNeAR.

PolNeAR (BRAT standoff) annotates attributions as a Source, a Cue and a Content span, each
possibly in several parts. We score:
- content / source / cue spans: a predicted unit (all parts of one role of one quote) matches a
  gold unit one-to-one when they share a character (overlap) or have the same extent (exact);
- whole attributions: content overlaps the gold content, and the source and cue overlap the gold
  ones (a missing source matches a missing source);
- source accuracy on the quotes matched by content overlap.

PolNeAR is univocal (a token belongs to at most one attribution), so it never annotates an
attribution nested in another one's content; the quotes we report *through* another (those with
a non-empty `via`) are therefore left out of the scoring and counted apart.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from . import f1

ROLES = ("content", "source", "cue")
_T_LINE = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def read_ann(path: Path) -> list[dict]:
    """Attributions in one BRAT file: [{content: [(s, e)], source: [...], cue: [...]}]."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _T_LINE.match(line)
        if m:
            parts = []
            for piece in m.group(3).split(";"):
                start, end = piece.split()
                parts.append((int(start), int(end)))
            spans[m.group(1)] = parts
        elif _E_LINE.match(line):
            events.append(_E_LINE.match(line).group(2))
    out = []
    for args in events:
        unit: dict[str, list] = {role: [] for role in ROLES}
        for arg in args.split():
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in unit and ref in spans:
                unit[role].extend(spans[ref])
        if unit["content"] and unit["cue"]:
            out.append({role: sorted(parts) for role, parts in unit.items()})
    return out


def read_corpus(folder: Path, limit: int | None = None) -> list[dict]:
    """[{name, text, gold}] for a PolNeAR split folder (text/*.txt, attributions/*.ann).

    An article annotated by several annotators keeps the first annotation in name order."""
    folder = Path(folder)
    anns: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        anns.setdefault(stem, ann)
    docs = []
    for txt in sorted((folder / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        docs.append({"name": txt.stem, "text": text, "gold": read_ann(anns[txt.stem])})
        if limit and len(docs) >= limit:
            break
    return docs


def quote_units(quote) -> dict:
    """A predicted quote (model.Quote) as {role: [(s, e)]} like the gold units."""
    content = quote.content.get("parts") or [quote.content]
    unit = {"content": [(p["start"], p["end"]) for p in content]}
    for role in ("source", "cue"):
        span = getattr(quote, role)
        parts = (span.get("parts") or [span]) if span else []
        unit[role] = [(p["start"], p["end"]) for p in parts]
    return unit


def _overlap(a: list, b: list) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _extent(parts: list, text: str) -> tuple[int, int] | None:
    if not parts:
        return None
    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _match(pred: list, gold: list, same) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (i_pred, i_gold) for which `same(p, g)` holds."""
    used, pairs = set(), []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _role_ok(p: list, g: list) -> bool:
    """Source/cue agreement: overlap, or both absent."""
    return _overlap(p, g) if (p and g) else (not p and not g)


def score_document(text: str, pred: list[dict], gold: list[dict], counts: dict) -> None:
    """Add one document's matches to the running counts."""
    for role in ROLES:
        p_units = [u[role] for u in pred if u[role]]
        g_units = [u[role] for u in gold if u[role]]
        counts[f"{role}_pred"] += len(p_units)
        counts[f"{role}_gold"] += len(g_units)
        counts[f"{role}_overlap"] += len(_match(p_units, g_units, _overlap))
        counts[f"{role}_exact"] += len(_match(
            p_units, g_units, lambda a, b: _extent(a, text) == _extent(b, text)))
    whole = _match(pred, gold, lambda p, g: _overlap(p["content"], g["content"])
                   and _role_ok(p["source"], g["source"]) and _role_ok(p["cue"], g["cue"]))
    counts["whole_overlap"] += len(whole)
    matched = _match(pred, gold, lambda p, g: _overlap(p["content"], g["content"]))
    counts["matched"] += len(matched)
    counts["source_right"] += sum(_role_ok(pred[i]["source"], gold[j]["source"])
                                  for i, j in matched)
    counts["pred"] += len(pred)
    counts["gold"] += len(gold)


def scores_from_counts(counts: dict) -> dict:
    out: dict = {}
    for role in ROLES:
        for how in ("overlap", "exact"):
            hit = counts[f"{role}_{how}"]
            p = hit / counts[f"{role}_pred"] if counts[f"{role}_pred"] else 0.0
            r = hit / counts[f"{role}_gold"] if counts[f"{role}_gold"] else 0.0
            out[f"{role}_{how}_p"], out[f"{role}_{how}_r"] = round(p, 4), round(r, 4)
            out[f"{role}_{how}_f1"] = round(f1(p, r), 4)
    p = counts["whole_overlap"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["whole_overlap"] / counts["gold"] if counts["gold"] else 0.0
    out.update(whole_overlap_p=round(p, 4), whole_overlap_r=round(r, 4),
               whole_overlap_f1=round(f1(p, r), 4))
    out["source_accuracy_matched"] = round(
        counts["source_right"] / counts["matched"], 4) if counts["matched"] else 0.0
    return out


def score_analysed(pairs) -> dict:
    """Scores for [(gold article, analysed Document)]; quotes reported through another
    quote (non-empty `via`) are counted apart (see the module note)."""
    from collections import Counter

    counts: Counter = Counter()
    nested = 0
    for gold_doc, doc in pairs:
        top = [q for q in doc.quotes if not q.via]
        nested += len(doc.quotes) - len(top)
        score_document(doc.text, [quote_units(q) for q in top], gold_doc["gold"], counts)
    out = scores_from_counts(counts)
    out.update(gold_attributions=counts["gold"], predicted_quotes=counts["pred"],
               nested_quotes_not_scored=nested)
    return out


def evaluate(path: Path, limit: int | None = None) -> dict:
    from ..model import Document
    from ..pipeline import Pipeline
    from ..stages import default_stages

    stages = []
    for st in default_stages():
        stages.append(st)
        if st.name == "quotes":
            break
    pipeline = Pipeline(stages=stages)
    docs = read_corpus(path, limit)
    t0 = time.perf_counter()
    analysed = list(pipeline.pipe(Document(text=d["text"]) for d in docs))
    out = score_analysed(zip(docs, analysed))
    quote_seconds = sum(doc.timings.get("quotes", 0.0) for doc in analysed)
    out.update(documents=len(docs),
               quotes_ms_per_article=round(1000 * quote_seconds / max(1, len(docs)), 1),
               seconds=round(time.perf_counter() - t0, 1))
    return out
