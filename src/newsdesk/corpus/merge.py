"""Event merging: one event per real-world happening, however many reports mention it.

Mentions (rows of the per-article `events` table) merge when they have the same source and
target country (CHNGOV and CHN are one actor here, since outlets differ in how precisely
they name one; a sector without a country, like GOV, is kept whole), the same CAMEO root, and either
the same story within `story_days`, or dates within `window_days` of the first mention
(this last only when both actors are known).
The date of a mention is the event's own date when the events stage resolved it to a day,
else the article's publication date.

Counts follow GDELT, without its double counting: a near-duplicate copy (corpus.dedup)
stands for its original, so a copy adds a mention, an article or a source only when its
original did not mention the event. Confidence grows with the independent sources (distinct
publishers) and is lower when those sources only hedge, plan, deny or relay it second-hand.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from importlib import resources

MODALITY_WEIGHT = {"asserted": 1.0, "planned": 0.8, "hedged": 0.5, "requested": 0.5,
                   "hypothetical": 0.3, "negated": 0.3}
MODALITY_ORDER = ("asserted", "planned", "hedged", "requested", "hypothetical", "negated")
SECOND_HAND_WEIGHT = 0.6  # a mention attributed to someone else's words
BASE_CONFIDENCE = 0.6     # what one independent, asserting source is worth


@dataclass(frozen=True)
class MergeOptions:
    window_days: int = 1   # mentions outside any shared story merge within this many days
    story_days: int = 30   # mentions in one story merge within this many days


def _day(value) -> int | None:
    if not value or not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def mention_date(row: dict) -> str | None:
    """The event's day if the events stage resolved one, else the publication day."""
    if row.get("time_date") and _day(row["time_date"]) is not None:
        return row["time_date"][:10]
    if _day(row.get("published")) is not None:
        return row["published"][:10]
    return None


@functools.lru_cache(maxsize=1)
def _code_prefixes() -> tuple[frozenset, frozenset]:
    """ISO-3166 alpha-3 codes (countries.tsv) and the pseudo-country kinds (igos.tsv: IGO, IMG ...)."""
    def first_cells(name: str, column: int) -> set[str]:
        text = resources.files("newsdesk.lexicons").joinpath(name).read_text(encoding="utf-8")
        rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        return {r[column].strip() for r in rows[1:] if len(r) > column}
    return frozenset(first_cells("countries.tsv", 0)), frozenset(first_cells("igos.tsv", 1))


def country_of(code: str | None) -> str | None:
    """The country part of an actor code (CHNGOV -> CHN), the organisation for pseudo-countries
    (IGOUNO -> IGOUNO), None for a sector alone (GOV, JRN: an unnamed government, a journalist)."""
    if not code:
        return None
    countries, kinds = _code_prefixes()
    if code[:3] in countries:
        return code[:3]
    if code[:3] in kinds and len(code) >= 6:
        return code[:6]
    return None


def merge_key(row: dict) -> tuple[str, str, str]:
    """(source, target, CAMEO root); an actor without a country is keyed by its whole code."""
    root = (row.get("cameo") or "")[:2]
    src, tgt = row.get("source_code") or "", row.get("target_code") or ""
    return (country_of(src) or src, country_of(tgt) or tgt, root)


def merge_events(rows: list[dict], story_of: dict[str, str], copy_of: dict[str, str],
                 options: MergeOptions | None = None) -> tuple[list[dict], list[dict]]:
    """(merged events, event mentions) from event rows ([{article_id, id, cameo, ...}])."""
    options = options or MergeOptions()
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        row = dict(row, date=mention_date(row), story_id=story_of.get(row["article_id"]))
        by_key[merge_key(row)].append(row)
    merged, mentions = [], []
    for key in sorted(by_key):
        # With an actor missing ("the US criticised", nobody named as target) one day's
        # mentions are too loose a match: those merge within a story only.
        window = options.window_days if key[0] and key[1] else None
        for cluster in _clusters(by_key[key], options, window):
            event = summarise(cluster, copy_of)
            merged.append(event)
            mentions += [{"merged_id": event["id"], "article_id": m["article_id"], "event_id": m["id"],
                          "copy_of": copy_of.get(m["article_id"])} for m in cluster]
    return merged, mentions


def _clusters(rows: list[dict], options: MergeOptions, window: int | None) -> list[list[dict]]:
    """Mentions of one key grouped in date order; each group is anchored on its first date.
    A mention joins a group of its own story within `story_days`, or any group within
    `window` days (None: story only)."""
    rows = sorted(rows, key=lambda r: (r["date"] or "9999", r["article_id"], r["id"]))
    clusters: list[dict] = []
    for row in rows:
        day = _day(row["date"])
        home = None
        for c in reversed(clusters):
            same_story = row["story_id"] is not None and row["story_id"] in c["stories"]
            if day is None or c["day"] is None:
                close = same_story
            else:
                gap = day - c["day"]
                close = (window is not None and gap <= window) or (same_story and gap <= options.story_days)
            if close:
                home = c
                break
        if home is None:
            home = {"day": day, "stories": set(), "rows": []}
            clusters.append(home)
        home["rows"].append(row)
        if row["story_id"] is not None:
            home["stories"].add(row["story_id"])
    return [c["rows"] for c in clusters]


def _weight(row: dict) -> float:
    """How much one mention vouches for the event."""
    w = MODALITY_WEIGHT.get(row.get("modality") or "asserted", 0.5)
    if row.get("attributed_to"):
        w *= SECOND_HAND_WEIGHT
    conf = row.get("confidence")
    if isinstance(conf, (int, float)):
        w *= 0.5 + 0.5 * max(0.0, min(1.0, float(conf)))
    return w


def counted_mentions(cluster: list[dict], copy_of: dict[str, str]) -> list[dict]:
    """The mentions that count: a copy's mentions only when its original has none here."""
    groups: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for m in cluster:
        groups[copy_of.get(m["article_id"], m["article_id"])][m["article_id"]].append(m)
    counted = []
    for original, by_article in groups.items():
        keep = original if original in by_article else min(by_article)
        counted += by_article[keep]
    return counted


def confidence(counted: list[dict]) -> float:
    """1 - prod(1 - BASE * w_source): each publisher counts once, with its best mention."""
    best: dict[str, float] = {}
    for m in counted:
        source = m.get("publisher") or f"article:{m['article_id']}"
        best[source] = max(best.get(source, 0.0), _weight(m))
    doubt = 1.0
    for w in best.values():
        doubt *= 1.0 - BASE_CONFIDENCE * w
    return round(1.0 - doubt, 4)


def prevailing_modality(modalities: Counter) -> str | None:
    if not modalities:
        return None
    rank = {m: i for i, m in enumerate(MODALITY_ORDER)}
    return min(modalities, key=lambda m: (-modalities[m], rank.get(m, 99), m))


def summarise(cluster: list[dict], copy_of: dict[str, str]) -> dict:
    """One merged event from its mentions (sorted by date)."""
    counted = counted_mentions(cluster, copy_of)
    first = cluster[0]
    cameo = Counter(m["cameo"] for m in counted).most_common(1)[0][0]
    typical = next(m for m in counted if m["cameo"] == cameo)
    modalities = Counter(m.get("modality") or "asserted" for m in counted)
    published = sorted(p[:10] for m in cluster if (p := m.get("published")) and _day(p) is not None)
    evidence = max(counted, key=lambda m: (_weight(m), -len(m.get("evidence_text") or "")))
    stories = Counter(m["story_id"] for m in cluster if m["story_id"])
    return {
        "id": "ev" + hashlib.sha1(f"{first['article_id']}/{first['id']}".encode()).hexdigest()[:16],
        "cameo": cameo, "cameo_name": typical.get("cameo_name"), "root": cameo[:2],
        "quad_class": typical.get("quad_class"), "goldstein": typical.get("goldstein"),
        "source_code": _most_common(m.get("source_code") for m in counted),
        "target_code": _most_common(m.get("target_code") for m in counted),
        "source_country": country_of(first.get("source_code")),
        "target_country": country_of(first.get("target_code")),
        "date": first["date"],
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "story_id": stories.most_common(1)[0][0] if stories else None,
        "mentions": len(counted),
        "sources": len({m.get("publisher") or f"article:{m['article_id']}" for m in counted}),
        "articles": len({m["article_id"] for m in counted}),
        "copies": len(cluster) - len(counted),
        "confidence": confidence(counted),
        "modality": prevailing_modality(modalities),
        "modalities": json.dumps(dict(modalities), sort_keys=True),
        "attributed": sum(1 for m in counted if m.get("attributed_to")),
        "background": all(bool(m.get("background")) for m in counted),
        "evidence": evidence.get("evidence_text"),
    }


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))  # ties: the more specific code
