"""Dyad time series: how the relation between two actors moves from period to period.

Per week or month: merged events by quad class (1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict), mean and summed Goldstein score, and
mentions. A period is flagged when it departs sharply from the dyad's own history, by a
robust z-score (median and MAD, so one burst does not hide itself; counts against the
preceding periods, since coverage grows over the years, Goldstein means against all):
"spike" for an unusual number of events, "conflict" / "cooperation" for an unusual mean
Goldstein score. `dyad_series(store, a, b)` reads the events (store.queries.dyad_events);
corpus.chart draws the rows; `dyad_report` adds what was left out and why (undated,
background, negated or hypothetical, not asserted with asserted_only, dated too coarsely for
the period), so that nothing is dropped silently.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from statistics import median

from ..errors import InputError
from ..store import Store, queries
from ..vocab import ASSERTED, PERIODS, QUADS

Z_FLAG = 3.5     # Iglewicz & Hoaglin's cut-off for the modified z-score
MIN_EVENTS = 3   # a period with fewer events is never flagged (too little to say)
HISTORY = 12     # event counts are compared with the preceding 12 periods as well ...
MIN_HISTORY = 6  # ... once there are 6 of them; before that, with the whole series


def period_of(day: str, by: str = "month") -> str | None:
    """'2022-03' for a month; the Monday of the ISO week ('2022-03-07') for a week;
    '2022-03-09' for a day, '2022' for a year.

    `day` may be a day ('2022-03-09', or a datetime), a month ('2022-03') or a year ('2022'):
    a merged event keeps the precision of its own date. A date less precise than the period
    has none (None): an event known only to be in March is in no week of it. ValueError for
    a period not in vocab.PERIODS."""
    if by not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    text = (day or "")[:10] if isinstance(day, str) else ""
    try:
        if len(text) == 10:
            d = date.fromisoformat(text)
        elif len(text) == 7 and by in ("month", "year"):
            d = date(int(text[:4]), int(text[5:7]), 1)
        elif len(text) == 4 and by == "year":
            d = date(int(text), 1, 1)
        else:
            return None
    except ValueError:
        return None
    if by == "week":
        return (d - timedelta(days=d.weekday())).isoformat()
    return {"day": d.isoformat(), "month": d.strftime("%Y-%m"), "year": f"{d.year:04d}"}[by]


def _periods_between(first: str, last: str, by: str) -> list[str]:
    out = []
    if by in ("day", "week"):
        d, end = date.fromisoformat(first), date.fromisoformat(last)
        while d <= end:
            out.append(d.isoformat())
            d += timedelta(days=7 if by == "week" else 1)
        return out
    if by == "year":
        return [f"{y:04d}" for y in range(int(first), int(last) + 1)]
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def dyad_series(store: Store, a: str, b: str, by: str = "month", asserted_only: bool = False) -> list[dict]:
    """Per period (vocab.PERIODS), both directions between `a` and `b`: events by quad class,
    Goldstein mean and sum, mentions, z-scores and flag (`series`). Counts the merged events
    that are dated, not only background, and not negated or hypothetical (with
    `asserted_only`, asserted ones alone); an event dated only to a month or a year is in the
    monthly and yearly series, not the finer ones. Each row says how many of its events are
    not asserted (hedged, planned, requested) and how many are dated by the publication day
    alone. What is left out, and why: dyad_report. InputError for an unknown period."""
    if by not in PERIODS:
        raise InputError(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    return series(queries.dyad_events(store, a, b, asserted_only), by)


def dyad_report(store: Store, a: str, b: str, by: str = "month", asserted_only: bool = False) -> dict:
    """{series: dyad_series rows, counted: events in the series, left_out: {reason: events}}:
    the reasons are store.queries.DYAD_LEFT_OUT (background, not_happened, not_asserted,
    undated) and `coarser` (dated less precisely than the period: a month-dated event in a
    weekly series). Nothing between the two actors is left out without being counted here."""
    if by not in PERIODS:
        raise InputError(f"period must be one of {', '.join(PERIODS)}, not {by!r}")
    events = queries.dyad_events(store, a, b, asserted_only)
    rows = series(events, by)
    counted = sum(r["events"] for r in rows)
    left_out = queries.dyad_left_out(store, a, b, asserted_only)
    left_out["coarser"] = len(events) - counted
    return {"series": rows, "counted": counted, "left_out": left_out}


def series(events: list[dict], by: str = "month") -> list[dict]:
    """One row per period from the first to the last event (empty periods included)."""
    buckets: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        p = period_of(e.get("date") or "", by)
        if p:
            buckets[p].append(e)
    if not buckets:
        return []
    rows = [_row(p, buckets.get(p, [])) for p in _periods_between(min(buckets), max(buckets), by)]
    flag_departures(rows)
    return rows


def _row(period: str, events: list[dict]) -> dict:
    row = {"period": period, "events": len(events)}
    for q, name in QUADS.items():
        row[name] = sum(1 for e in events if e.get("quad_class") == q)
    scores = [float(e["goldstein"]) for e in events if e.get("goldstein") is not None]
    row["goldstein_sum"] = round(sum(scores), 2)
    row["goldstein_mean"] = round(sum(scores) / len(scores), 3) if scores else None
    row["mentions"] = sum(int(e.get("mentions") or 0) for e in events)
    # Counted, but flagged: events not told as fact, and events whose only date is the day an
    # article was published (the event may be older).
    row["not_asserted"] = sum(1 for e in events if (e.get("modality") or ASSERTED) != ASSERTED)
    row["dated_by_publication"] = sum(1 for e in events if e.get("date_basis") == "published")
    # The two halves of the quad classes, and the mean under a short name (web charts use them).
    row["cooperation"] = row["verbal_coop"] + row["material_coop"]
    row["conflict"] = row["verbal_conflict"] + row["material_conflict"]
    row["goldstein"] = row["goldstein_mean"]
    return row


def robust_z(values: list[float], min_scale: float = 1.0) -> list[float]:
    """Modified z-scores 0.6745 (x - median) / MAD, with the scale floored at `min_scale`
    (a dyad with one event every month has MAD 0; two events is not a 'sharp departure')."""
    if not values:
        return []
    mid = median(values)
    mad = median(abs(v - mid) for v in values)
    scale = max(mad / 0.6745 if mad else 1.2533 * sum(abs(v - mid) for v in values) / len(values),
                min_scale)
    return [round((v - mid) / scale, 2) for v in values]


def count_z(value: int, history: list[int]) -> float:
    """Robust z of a period's count against the dyad's history, the scale floored at the
    Poisson noise of the median (sqrt(median + 1)): 9 events after months of 2-3 is news,
    9 after months of 6-8 is not."""
    mid = median(history)
    mad = median(abs(v - mid) for v in history)
    scale = max(mad / 0.6745, (mid + 1) ** 0.5)
    return round((value - mid) / scale, 2)


def flag_departures(rows: list[dict]) -> None:
    """Sets z_events, z_goldstein and flag on each row (in place)."""
    counts = [r["events"] for r in rows]
    for i, row in enumerate(rows):
        # Sharp against the recent periods AND the whole series: a burst in a quiet early
        # stretch of thin coverage is not flagged, nor is the new normal once coverage grew.
        recent = counts[max(0, i - HISTORY):i] if i >= MIN_HISTORY else counts
        row["z_events"] = min(count_z(counts[i], recent), count_z(counts[i], counts))
    active = [r for r in rows if r["goldstein_mean"] is not None]
    z_gold = dict(zip((r["period"] for r in active), robust_z([r["goldstein_mean"] for r in active])))
    for row in rows:
        row["z_goldstein"] = z_gold.get(row["period"])
        flags = []
        if row["events"] >= MIN_EVENTS and row["z_events"] >= Z_FLAG:
            flags.append("spike")
        zg = row["z_goldstein"]
        if row["events"] >= MIN_EVENTS and zg is not None and abs(zg) >= Z_FLAG:
            flags.append("conflict" if zg < 0 else "cooperation")
        row["flag"] = "+".join(flags)
