"""`newsdesk eval attribution --data ../shared/data/polnear/dev`: quotes against PolNeAR.

PolNeAR (BRAT standoff) annotates attributions as a Source, a Cue and a Content span, each
possibly in several parts. We score:
- content / source / cue spans: a predicted unit (all parts of one role of one quote) matches a
  gold unit one-to-one when they share a character (overlap) or have the same extent (exact:
  after trimming spaces at both ends, and for contents quotation marks and punctuation too);
- whole attributions: content overlaps the gold content, and the source and cue overlap the gold
  ones (a missing source matches a missing source);
- source accuracy on the quotes matched by content overlap.
These are lenient: a span F1 matches a source to any gold source (of any attribution), a
missing source agrees with a missing source, and whole attributions are paired by a search
over all three roles. The strict scores pair each gold attribution with one predicted quote by
content overlap first (`matched_by_content`), and then ask of each pair:
- strict_source_right: the share whose predicted source overlaps the gold source;
- strict_cue_right: the same for the cue;
- strict_whole_f1: pairs whose source and cue both overlap (precision over the predicted
  quotes, recall over the gold attributions).
Overlap needs two spans, so a gold attribution without a source (about 6% in PolNeAR) is
never strictly right. content_exact_f1 (above) compares contents after trimming spaces,
quotation marks and punctuation at both ends.

PolNeAR annotates beliefs, intentions and perceptions ("voters believe that ...") as
attributions too, so what is scored is the quotes and the beliefs together (`Document.quotes` +
`Document.beliefs`); the quotes alone (speech acts) are scored as well, as `speech_*`: their
recall is bounded by the share of PolNeAR's attributions that are speech.

PolNeAR is univocal (a token belongs to at most one attribution), so it never annotates an
attribution nested in another one's content; the quotes we report *through* another (those with
a non-empty `via`) are therefore left out of the scoring and counted apart.

Articles are keyed for the internal-test split by name (dataset "polnear"); `--data` may be a
split folder (`polnear/dev`) or the PolNeAR folder itself (train and dev together).
"""
from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

from ..model import Document
from ..pipeline import Pipeline
from ..stages import default_stages
from . import f1
from .split import Part, only

DATASET = "polnear"

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


def split_folders(folder: Path) -> list[Path]:
    """The split folders under `folder` (itself when it holds text/), in name order."""
    folder = Path(folder)
    if (folder / "text").is_dir():
        return [folder]
    return sorted(p for p in folder.iterdir() if (p / "text").is_dir())


def read_corpus(folder: Path, limit: int | None = None, part: Part | None = None) -> list[dict]:
    """[{name, text, gold}] for a PolNeAR split folder (text/*.txt, attributions/*.ann), or for
    every split folder under `folder`; the articles of one part (None: all).

    An article annotated by several annotators keeps the first annotation in name order."""
    docs = []
    for split_folder in split_folders(folder):
        anns: dict[str, Path] = {}
        for ann in sorted((split_folder / "attributions").glob("*.ann")):
            stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            anns.setdefault(stem, ann)
        texts = [t for t in sorted((split_folder / "text").glob("*.txt")) if t.stem in anns]
        for txt in only(texts, lambda t: t.stem, DATASET, part):
            with open(txt, encoding="utf-8", newline="") as fh:
                text = fh.read()
            docs.append({"name": txt.stem, "text": text, "gold": read_ann(anns[txt.stem])})
            if limit and len(docs) >= limit:
                return docs
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


def _is_trim(ch: str) -> bool:
    """Spaces, quotation marks and punctuation: what content exact match ignores at the ends."""
    return ch.isspace() or ch == "`" or unicodedata.category(ch).startswith("P")


def _trimmed(parts: list, text: str) -> tuple[int, int] | None:
    if not parts:
        return None
    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
    while start < end and _is_trim(text[start]):
        start += 1
    while end > start and _is_trim(text[end - 1]):
        end -= 1
    return start, end


def _strict_counts(pred: list[dict], gold: list[dict], matched, counts) -> None:
    """The strict scores' counts (module note) for one document."""
    for i, j in matched:
        p, g = pred[i], gold[j]
        source_ok = _overlap(p["source"], g["source"])
        counts["strict_source_right"] += source_ok
        cue_ok = _overlap(p["cue"], g["cue"])
        counts["strict_cue_right"] += cue_ok
        counts["strict_whole"] += source_ok and cue_ok


def score_document(text: str, pred: list[dict], gold: list[dict], counts: dict) -> None:
    """Add one document's matches to the running counts."""
    for role in ROLES:
        p_units = [u[role] for u in pred if u[role]]
        g_units = [u[role] for u in gold if u[role]]
        counts[f"{role}_pred"] += len(p_units)
        counts[f"{role}_gold"] += len(g_units)
        counts[f"{role}_overlap"] += len(_match(p_units, g_units, _overlap))
        extent = _trimmed if role == "content" else _extent
        counts[f"{role}_exact"] += len(_match(
            p_units, g_units, lambda a, b: extent(a, text) == extent(b, text)))
    whole = _match(pred, gold, lambda p, g: _overlap(p["content"], g["content"])
                   and _role_ok(p["source"], g["source"]) and _role_ok(p["cue"], g["cue"]))
    counts["whole_overlap"] += len(whole)
    matched = _match(pred, gold, lambda p, g: _overlap(p["content"], g["content"]))
    counts["matched"] += len(matched)
    counts["source_right"] += sum(_role_ok(pred[i]["source"], gold[j]["source"])
                                  for i, j in matched)
    _strict_counts(pred, gold, matched, counts)
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
    out.update(_strict_scores(counts))
    return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _strict_scores(counts: dict) -> dict:
    whole_p = _ratio(counts["strict_whole"], counts["pred"])
    whole_r = _ratio(counts["strict_whole"], counts["gold"])
    return {
        "strict_source_right": _ratio(counts["strict_source_right"], counts["matched"]),
        "strict_cue_right": _ratio(counts["strict_cue_right"], counts["matched"]),
        "strict_whole_p": whole_p, "strict_whole_r": whole_r,
        "strict_whole_f1": round(f1(whole_p, whole_r), 4),
        "matched_by_content": counts["matched"],
    }


# The scores of the quotes alone that are reported beside those of quotes + beliefs.
SPEECH_KEYS = ("content_overlap_p", "content_overlap_r", "content_overlap_f1",
               "content_exact_f1", "whole_overlap_f1", "source_accuracy_matched",
               "strict_source_right", "strict_cue_right", "strict_whole_f1")


def score_analysed(pairs) -> dict:
    """Scores for [(gold article, analysed Document)] of the quotes and beliefs together, and
    (`speech_*`) of the quotes alone; those reported through another quote (non-empty `via`)
    are counted apart (see the module note)."""
    counts: Counter = Counter()
    speech: Counter = Counter()
    nested = beliefs = 0
    for gold_doc, doc in pairs:
        top = [q for q in doc.quotes if not q.via]
        top_beliefs = [b for b in doc.beliefs if not b.via]
        nested += len(doc.quotes) + len(doc.beliefs) - len(top) - len(top_beliefs)
        beliefs += len(top_beliefs)
        score_document(doc.text, [quote_units(q) for q in top + top_beliefs], gold_doc["gold"],
                       counts)
        score_document(doc.text, [quote_units(q) for q in top], gold_doc["gold"], speech)
    out = scores_from_counts(counts)
    speech_scores = scores_from_counts(speech)
    out.update({"speech_" + key: speech_scores[key] for key in SPEECH_KEYS})
    out.update(gold_attributions=counts["gold"], predicted_quotes=speech["pred"],
               predicted_beliefs=beliefs, nested_quotes_not_scored=nested)
    return out


def evaluate(path: Path, limit: int | None = None, part: Part | None = None) -> dict:
    stages = []
    for st in default_stages():
        stages.append(st)
        if st.name == "quotes":
            break
    pipeline = Pipeline(stages=stages)
    docs = read_corpus(path, limit, part)
    t0 = time.perf_counter()
    analysed = list(pipeline.pipe(Document(text=d["text"]) for d in docs))
    out = score_analysed(zip(docs, analysed))
    quote_seconds = sum(doc.timings.get("quotes", 0.0) for doc in analysed)
    out.update(documents=len(docs), records=len(docs),
               quotes_ms_per_article=round(1000 * quote_seconds / max(1, len(docs)), 1),
               seconds=round(time.perf_counter() - t0, 1))
    return out
