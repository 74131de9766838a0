"""`newsdesk eval events --data plover_gsr.json`: PLOVER event type and actor countries.

Each gold record is one sentence (from the CAMEO manual's examples) with its PLOVER event,
source and target actors. We analyse the sentence with the full pipeline and score the
article's top event (highest evidence score, `top_event`; the first output on ties):
  event_accuracy   top-1 PLOVER event type (old names mapped: DEMAND→REQUEST,
                   DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT)
  source_accuracy  the top event's source country is one of the gold source countries
  target_accuracy  same for targets (records with a gold target only)
  coverage         share of sentences with at least one event
Records are keyed for the internal-test split by their `id` (dataset "plover_gsr", shared
with the actors task).
"""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Document, Meta
from ..options import Options
from ..pipeline import Pipeline
from ..stages import default_stages
from ..stages.events import events as events_stage
from .split import Part, only

DATASET = "plover_gsr"

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Non-ISO country codes found in CAMEO-era gold data.
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR"}


def plover_records(path: Path, part: Part | None = None) -> list[dict]:
    """The PLOVER gold file's records of one part (None: all), keyed by `id` (by position
    for a record without one)."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    keyed = only(enumerate(rows), lambda pair: pair[1].get("id") or pair[0], DATASET, part)
    return [r for _, r in keyed]


def gold_records(path: Path, part: Part | None = None) -> list[dict]:
    """The records that carry an event and a text (the DOCUMENT record is documentation)."""
    return [r for r in plover_records(path, part)
            if r.get("event") and r.get("event") != "DOCUMENT" and r.get("text")]


def _countries(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    out = set()
    for a in actors:
        code = (a.get("code") or "")[:3].upper()
        if code:
            out.add(CODE_ALIASES.get(code, code))
    return out


def event_stages() -> list:
    """The default stages, with the events stage (and what it needs) added if absent."""
    stages = list(default_stages())
    names = [s.name for s in stages]
    if "events" not in names:  # pragma: no cover - the default list ends with events
        stages.append(events_stage)
    return stages


def event_documents(texts: list[str], published: str = "2000-01-01") -> list[Document]:
    """The texts analysed by the default stages and the events stage, as Documents."""
    pipe = Pipeline(event_stages(), Options(on_error="record", quiet=True))
    docs = [Document(text=t, meta=Meta(published=published)) for t in texts]
    return list(pipe.pipe(docs))


def top_event(doc):
    """The event a one-event report is scored by: the one with the highest evidence score
    (`Event.evidence_score`: a cued trigger, both parties, the main clause), the first among
    equals. Not the highest `confidence`: that says how likely an event is coded right, not
    which act the sentence reports (a purpose, "to demand reforms", can be as sure as the
    main act, "blocked roads"; ranking by it cost 0.06 of event type on both parts)."""
    if not doc.events:
        return None
    ranked = sorted(enumerate(doc.events), key=lambda p: (-p[1].evidence_score, p[0]))
    return ranked[0][1]


def _country(actor: dict | None) -> str | None:
    if not actor:
        return None
    code = actor.get("country") or (actor.get("code") or "")[:3]
    return code.upper() if code else None


def evaluate(path: Path, part: Part | None = None) -> dict:
    records = gold_records(path, part)
    docs = event_documents([r["text"] for r in records])
    hits = src_hits = src_n = tgt_hits = tgt_n = covered = 0
    for record, doc in zip(records, docs):
        gold = OLD_NAMES.get(record["event"], record["event"])
        event = top_event(doc)
        covered += event is not None
        predicted = (event.plover or {}).get("event") if event else None
        hits += predicted == gold
        gold_src = _countries(record.get("source"))
        if gold_src:
            src_n += 1
            src_hits += bool(event) and _country(event.source_actor) in gold_src
        gold_tgt = _countries(record.get("target"))
        if gold_tgt:
            tgt_n += 1
            tgt_hits += bool(event) and _country(event.target_actor) in gold_tgt
    n = len(records)
    return {
        "event_accuracy": round(hits / n, 4) if n else 0.0,
        "source_accuracy": round(src_hits / src_n, 4) if src_n else 0.0,
        "target_accuracy": round(tgt_hits / tgt_n, 4) if tgt_n else 0.0,
        "coverage": round(covered / n, 4) if n else 0.0,
        "n": n, "n_source": src_n, "n_target": tgt_n, "records": n,
    }
