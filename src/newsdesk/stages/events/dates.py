"""Time phrases to dates: "last week", "on Sunday", "in March", "April 2", "two days ago",
"in 2019", "February 2022", "15 April 2023" resolved by our own rules (dateparser is slow and
has no notion of a "reference week").

An absolute phrase resolves on its own. A relative one is read against the article's
publication date, and stays unresolved when the article has none.

`time = {text, date, granularity, relation}`; `date` is YYYY-MM-DD (day), the Monday of the
week (week), YYYY-MM (month) or YYYY (year). `relation` is past/present/future relative to
the publication date, or from the verb's tense when there is no time expression or no
publication date. Which phrase belongs to an event's clause, and whether the event is
background, is time.py's.
"""
from __future__ import annotations

import datetime as dt
import re

from ...vocab import MONTHS

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3}

# Years a bare four-digit number may stand for ("in 2019"; not "1,500 troops").
FIRST_YEAR, LAST_YEAR = 1900, 2100


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def span_end(date: dt.date, granularity: str) -> dt.date:
    if granularity == "week":
        return date + dt.timedelta(days=6)
    if granularity == "month":
        y, m = _shift_month(date.year, date.month, 1)
        return dt.date(y, m, 1) - dt.timedelta(days=1)
    if granularity == "year":
        return dt.date(date.year, 12, 31)
    return date


def _fmt(date: dt.date, granularity: str) -> str:
    if granularity == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if granularity == "year":
        return f"{date.year:04d}"
    return date.isoformat()


def resolve_date_phrase(text: str, published: dt.date | None,
                        tense: str = "past") -> tuple[dt.date, str] | None:
    """(first day, granularity) of a time expression, or None. Granularity is day, week,
    month or year. `published` is the reference date of relative phrases (None: only absolute
    phrases resolve, see the module docstring); `tense` (past/future) picks the direction of
    bare weekdays and months ("on Friday", "in March")."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    if not words:
        return None
    ws = set(words)
    ahead = bool(ws & {"next", "coming", "upcoming"}) or (tense == "future" and "last" not in ws)
    if published is not None:
        near = _relative_day(words, ws, published)
        if near:
            return near
    day = _explicit_day(words, published, ahead)
    if day:
        return day
    if published is not None:
        near = _relative_week(words, ws, published, ahead)
        if near:
            return near
    years = _years(words)
    month = _month(words, published, ahead, explicit_year=bool(years))
    if month:
        return month
    if "year" in ws and published is not None and not years:
        delta = -1 if "last" in ws or "past" in ws else 1 if "next" in ws else 0
        return dt.date(published.year + delta, 1, 1), "year"
    if years:
        return dt.date(years[0], 1, 1), "year"
    return None


def _years(words: list[str]) -> list[int]:
    """The four-digit years written in the phrase, in order."""
    return [int(w) for w in words if w.isdigit() and len(w) == 4
            and FIRST_YEAR <= int(w) <= LAST_YEAR]


def _relative_day(words: list[str], ws: set[str], published: dt.date):
    """"today", "yesterday", "tomorrow", "three days ago" (and weeks, months, years ago)."""
    if ws & {"today", "tonight"}:
        return published, "day"
    if "yesterday" in ws:
        return published - dt.timedelta(days=1), "day"
    if "tomorrow" in ws:
        return published + dt.timedelta(days=1), "day"
    return _ago(words, published)


def _relative_week(words: list[str], ws: set[str], published: dt.date, ahead: bool):
    """A weekday ("on Friday", "last Sunday") or a week ("last week", "this weekend")."""
    for w in words:
        if w in WEEKDAYS:
            return _weekday(WEEKDAYS[w], published, ahead, "last" in ws), "day"
    if "week" in ws or "weekend" in ws:
        return _week(ws, published), "week"
    return None


def _ago(words: list[str], published: dt.date):
    if "ago" not in words:
        return None
    i = words.index("ago")
    if i < 1:
        return None
    unit = words[i - 1].rstrip("s")
    if unit not in UNITS:
        return None
    n_word = words[i - 2] if i >= 2 else "a"
    n = int(n_word) if n_word.isdigit() else NUMBERS.get(n_word, 1)
    if unit == "day":
        return published - dt.timedelta(days=n), "day"
    if unit == "week":
        return _monday(published - dt.timedelta(weeks=n)), "week"
    if unit == "month":
        y, m = _shift_month(published.year, published.month, -n)
        return dt.date(y, m, 1), "month"
    return dt.date(published.year - n, 1, 1), "year"


def _explicit_day(words, published, ahead):
    """"15 April 2023", "April 15", "April 15, 2023"; a day without a year takes the year from
    the publication date (None without one)."""
    for i, w in enumerate(words):
        if w not in MONTHS:
            continue
        month = MONTHS[w]
        day = None
        if i + 1 < len(words) and words[i + 1].isdigit() and int(words[i + 1]) <= 31:
            day = int(words[i + 1])
        elif i >= 1 and words[i - 1].isdigit() and int(words[i - 1]) <= 31:
            day = int(words[i - 1])
        if day is None:
            return None
        year = next((int(x) for x in words[i:] if x.isdigit() and len(x) == 4), None)
        if year is None:
            if published is None:
                return None
            year = published.year
            candidate = _safe_date(year, month, day)
            if candidate and not ahead and candidate > published + dt.timedelta(days=1):
                year -= 1
            elif candidate and ahead and candidate < published:
                year += 1
        found = _safe_date(year, month, day)
        return (found, "day") if found else None
    return None


def _safe_date(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _weekday(target: int, published: dt.date, ahead: bool, last: bool) -> dt.date:
    diff = target - published.weekday()
    if ahead and not last:
        return published + dt.timedelta(days=diff if diff > 0 else diff + 7)
    return published + dt.timedelta(days=diff if diff <= 0 else diff - 7)


def _week(ws: set[str], published: dt.date) -> dt.date:
    this = _monday(published)
    if ws & {"last", "past", "previous"}:
        return this - dt.timedelta(days=7)
    if "next" in ws:
        return this + dt.timedelta(days=7)
    if ws & {"upcoming", "coming"} and published.weekday() >= 4:
        return this + dt.timedelta(days=7)  # said on a Friday-Sunday: the week ahead
    return this


def _month(words, published, ahead, explicit_year: bool = False):
    """"this month", "last month" (relative, unless the phrase writes a year); "in March"
    (the nearest March before or after publication, by `ahead`); "February 2022"."""
    ws = set(words)
    if "month" in ws and published is not None and not explicit_year:
        delta = -1 if ws & {"last", "past", "previous"} else 1 if "next" in ws else 0
        y, m = _shift_month(published.year, published.month, delta)
        return dt.date(y, m, 1), "month"
    for i, w in enumerate(words):
        if w in MONTHS and not (w == "may" and len(words) == 1):
            month = MONTHS[w]
            year = next((int(x) for x in words[i:] if x.isdigit() and len(x) == 4), None)
            if year is None:
                if published is None:
                    return None
                year = published.year
                if "last" in ws or (not ahead and month > published.month):
                    year -= 1
                elif ahead and month < published.month:
                    year += 1
            return dt.date(year, month, 1), "month"
    return None


def relation_of(date: dt.date, granularity: str, published: dt.date) -> str:
    if span_end(date, granularity) < published:
        return "past"
    if date > published:
        return "future"
    return "present"


# Words that place a time before or after the writing whatever the date of the article.
_AHEAD = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|from now)\b", re.I)
_BEHIND = re.compile(r"\b(last|yesterday|ago|earlier this|previous)\b", re.I)


def deictic_relation(expr_text: str | None) -> str | None:
    """ "next month" -> "future", "last year" / "two days ago" -> "past", else None: what a
    time said from the writer's day tells without knowing that day."""
    if not expr_text:
        return None
    ahead, behind = _AHEAD.search(expr_text), _BEHIND.search(expr_text)
    if bool(ahead) == bool(behind):
        return None
    return "future" if ahead else "past"


# "that year", "the same month": a time the text gave before, not the writer's own day.
_ANAPHORIC = re.compile(r"\b(?:that|the same|that same)\s+(year|month|week|day)\b",
                        re.IGNORECASE)
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _anchored(unit: str, earlier: list[str], published: dt.date | None, tense: str):
    """(first day, granularity) of "that <unit>": the unit holding the last time written
    before it that is at least as precise; None when there is none."""
    for text in reversed(earlier):
        if _ANAPHORIC.search(text):
            continue
        found = resolve_date_phrase(text, published, tense)
        if found is None or _RANK[found[1]] > _RANK[unit]:
            continue
        date = found[0]
        if unit == "year":
            return dt.date(date.year, 1, 1), "year"
        if unit == "month":
            return dt.date(date.year, date.month, 1), "month"
        if unit == "week":
            return _monday(date), "week"
        return date, "day"
    return None


def time_of(expr_text: str | None, published_iso: str | None, tense: str,
            earlier: list[str] | None = None) -> dict:
    """The event's time record {text, date, granularity, relation}. Without a usable
    expression only the tense's relation; without a publication date, absolute expressions
    still give the date, and the relation is the one a time said from the writer's day
    gives ("next month", "last year": deictic_relation), else the tense's. "That year" and
    "the same month" take the year or month of the last time in `earlier` (the texts of the
    time expressions written before it), and are undated when there is none: they are
    never the publication's own year."""
    published = parse_published(published_iso)
    anaphor = _ANAPHORIC.search(expr_text) if expr_text else None
    if anaphor:
        resolved = _anchored(anaphor.group(1).lower(), earlier or [], published, tense)
    else:
        resolved = resolve_date_phrase(expr_text, published, tense) if expr_text else None
    said = deictic_relation(expr_text) or tense
    if resolved:
        date, granularity = resolved
        relation = relation_of(date, granularity, published) if published else said
        return {"text": expr_text, "date": _fmt(date, granularity), "granularity": granularity,
                "relation": relation}
    return {"text": expr_text, "date": None, "granularity": None, "relation": said}
