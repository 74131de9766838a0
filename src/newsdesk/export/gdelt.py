"""The GDELT 2.0 event table: 61 tab-separated columns, in GDELT's order, no header row.

One row per event. Fields GDELT fills from its own machinery that newsdesk does not have
(geography, ethnic/religious/known-group actor codes) are left empty, as GDELT leaves them
when unknown (geo types are 0). Counts (NumMentions, NumSources, NumArticles) come from the
merged event when the corpus layer has merged mentions, else 1.

Every row has a date (SQLDATE, MonthYear, Year, FractionDate), from the first of these that
is known (`event_day`): the event's own day (or week); for an event dated only to a month or a
year, the report's publication day when it falls in that month or year, else the period's
first day; the article's publication day; the day the article was ingested. AvgTone is
rounded to 4 decimals. SOURCEURL is the article's URL when it is a web (http/https) URL, and
empty otherwise: a file path says nothing to another machine, and GDELT readers expect a
link there. Background events are not in this table unless asked for (export(...,
background=True)): GDELT has no column to mark them.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta

# The GDELT 2.0 event columns, in file order (GDELT 2.0 Event Database codebook).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Three-letter codes that are sectors/types rather than countries when they lead an actor code.
_NON_STATE = {"IGO", "NGO", "MNC", "UAF", "REB", "INS", "SPY", "MED", "JRN", "SOC", "EDU",
              "BUS", "CVL", "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REF", "LAB", "HLH", "ELI",
              "CRM", "AGR", "ENV", "RAD", "MOD", "SET", "IMG", "HRI", "SEP", "UIS"}
_CLEAN = re.compile(r"[\t\r\n]+")


def global_event_id(article_id: str, event_id: str) -> int:
    """A stable integer id (re-exports give the same ids)."""
    digest = hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()
    return int(digest[:13], 16)


def split_actor(code: str | None) -> tuple[str, list[str]]:
    """'CHNGOV' -> ('CHN', ['GOV']); 'IGOUNO' -> ('', ['IGO', 'UNO']); None -> ('', [])."""
    code = (code or "").upper()
    chunks = [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3]]
    if chunks and chunks[0] not in _NON_STATE and chunks[0].isalpha() and len(chunks[0]) == 3:
        return chunks[0], chunks[1:]
    return "", chunks


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _own_period(event: dict) -> tuple[date, date, str] | None:
    """(first day, last day, granularity) of the event's own date: a day, a week from its
    Monday, a month, a year. Merged rows carry `date`/`date_granularity`/`date_basis` (a
    merged date taken from a publication day is not the event's own), per-article rows
    `time_date`/`time_granularity`."""
    merged = "merged_id" in event
    if merged and event.get("date_basis") == "published":
        return None
    value = event.get("date") if merged else event.get("time_date")
    granularity = event.get("date_granularity" if merged else "time_granularity")
    if not isinstance(value, str) or not value:
        return None
    granularity = granularity or {10: "day", 7: "month", 4: "year"}.get(len(value[:10]))
    try:
        if granularity in ("day", "week"):
            first = date.fromisoformat(value[:10])
            return first, first + timedelta(days=6 if granularity == "week" else 0), granularity
        if granularity == "month":
            first = date(int(value[:4]), int(value[5:7]), 1)
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1), granularity
        if granularity == "year":
            return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31), granularity
    except ValueError:
        return None
    return None


def event_day(event: dict) -> tuple[date | None, str | None]:
    """(day, basis): the day an event row is filed under, and where it comes from: 'event' (its
    own day, or the Monday of its week), 'event-period' (its own month or year: the
    publication day if inside it, else the period's first day), 'published', 'ingested';
    (None, None) when nothing is known."""
    published = _as_date(event.get("published"))
    period = _own_period(event)
    if period:
        first, last, granularity = period
        if granularity in ("day", "week"):
            return first, "event"
        inside = published if published and first <= published <= last else first
        return inside, "event-period"
    if published:
        return published, "published"
    ingested = _as_date(event.get("ingested_at"))
    return (ingested, "ingested") if ingested else (None, None)


def source_url(event: dict) -> str:
    """The article's URL if it is an http(s) URL, else '' (see the module docstring)."""
    url = _text(event.get("url"))
    return url if re.match(r"^https?://", url, re.IGNORECASE) else ""


def _text(value) -> str:
    if value is None:
        return ""
    return _CLEAN.sub(" ", str(value)).strip()


def _num(value, fmt: str = "{}") -> str:
    return "" if value is None else fmt.format(value)


# newsdesk codes sectors as PLOVER does, and PLOVER swapped two of CAMEO's: its JRN (the press)
# is CAMEO's MED, and its MED (health) is CAMEO's HLH (PLOVER manual, actor sectors, "two
# modifications of CAMEO sector codes"). GDELT is CAMEO-coded, so its rows take CAMEO's.
CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}


def cameo_actor_code(code: str | None) -> str:
    """An actor code in CAMEO's sector names: 'USAJRN' -> 'USAMED' (a US outlet), 'GBRMED' ->
    'GBRHLH' (British health workers), 'JRN' -> 'MED'; other codes unchanged; None -> ''."""
    country, types = split_actor(code)
    if not types:
        return (code or "").upper()
    return country + "".join(CAMEO_SECTOR.get(t, t) for t in types)


def _actor_fields(code: str | None, name: str | None) -> list[str]:
    country, types = split_actor(code)
    types = [CAMEO_SECTOR.get(t, t) for t in types]
    return [cameo_actor_code(code), _text(name).upper(), country, "", "", "", "",
            *(types + ["", "", ""])[:3]]


def _dateadded(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return ""


def gdelt_row(event: dict) -> list[str]:
    """The 61 fields of one event. `event` has the events-table columns (cameo, source_code,
    ...) plus the article's url/source, ingested_at and tone, and optional merged counts."""
    day, _ = event_day(event)
    cameo = _text(event.get("cameo"))
    row = [
        str(global_event_id(*_identity(event))),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *_actor_fields(event.get("source_code"), event.get("source_text")),
        *_actor_fields(event.get("target_code"), event.get("target_text")),
        "1" if event.get("sentence") == 0 else "0",
        cameo, cameo[:3], cameo[:2],
        _num(event.get("quad_class")),
        _num(event.get("goldstein")),
        str(event.get("mentions") or 1),
        str(event.get("n_sources") or 1),
        str(event.get("n_articles") or 1),
        _num(None if event.get("tone") is None else round(float(event["tone"]), 4)),
        *(["0"] + [""] * 7) * 3,
        _dateadded(event.get("ingested_at")),
        source_url(event),
    ]
    assert len(row) == 61
    return row


def _identity(event: dict) -> tuple[str, str]:
    if event.get("merged_id"):
        return "merged", str(event["merged_id"])
    return str(event.get("article_id", "")), str(event.get("id", ""))


def format_row(row: list[str]) -> str:
    return "\t".join(row) + "\n"
