"""Times that are distances or spans rather than points, fixed once a sentence's events
are coded (discourse.share_sentence_time calls `fix_spans`).

- "The raid came a week after soldiers killed a bandit leader": "a week" measures how long
  before the raid the killing was. The parse hangs the distance on the clause's verb
  ("week" npadvmod of "killed", with the mark "after"), and the date tagger takes it for the
  current week. The act of an "after" clause lies that distance before its anchor (the
  dated event of the clause it hangs on, else the publication day), of a "before" clause
  that distance after it, at the distance's own granularity.
- "Xi has not visited the United States since 2023": a negated act with "since" did not
  happen at any time from then until now; 2023 is where the span starts, not the act's
  date, and a span that reaches the news is no background.
- "In 2019, Trump said Chinese officials had called his negotiators": the date of a report
  bounds the past act it reports; an undated past act in the complement of a dated verb of
  saying takes the report's time (and is background when that time is old). Done before
  the sentence's time is shared, so an act tied to the reported one ("..., which Beijing
  denied") takes it too.
"""
from __future__ import annotations

import datetime as dt

from ...model import Event
from ...vocab import ASSERTED, HEDGED, NEGATED
from .modality import REPORT_VERBS
from .dates import NUMBERS, _fmt, _monday, _shift_month, parse_published, relation_of, time_of
from .time import absolute_past, is_old

UNIT_OF = {"day": "day", "week": "week", "month": "month", "year": "year"}
# Clause marks that place the clause's act a distance before (+1: after it) its anchor.
DIRECTION = {"after": -1, "following": -1, "before": 1}


def fix_spans(events: list[Event], sent, published: str | None) -> None:
    """Apply both fixes to the events of one sentence (`sent`: its spaCy span)."""
    for event in events:
        _since_negated(event)
    if sent is not None:
        _measured_clauses(events, sent, parse_published(published))


def _since_negated(event: Event) -> None:
    time = event.time or {}
    if event.modality != NEGATED or not (time.get("text") or "").lower().startswith("since "):
        return
    event.time = {"text": time["text"], "date": None, "granularity": None,
                  "relation": "present"}
    event.background = False


def _distance(verb) -> tuple[int, int, str] | None:
    """(direction, count, unit) of a verb measured from the clause it hangs on: "a week
    after soldiers killed", "three days before police arrested"; None otherwise."""
    if verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in DIRECTION:
        return None
    # the parser hangs the distance on the verb or on its mark ("three days" <- "after")
    for child in list(verb.children) + list(mark.children):
        unit = UNIT_OF.get(child.lemma_.lower())
        if child.dep_ != "npadvmod" or unit is None or child.i > verb.i:
            continue
        count = None
        for c in child.children:
            if c.dep_ == "det" and c.lower_ in ("a", "an", "one"):
                count = 1
            elif c.dep_ == "nummod":
                count = int(c.text) if c.text.isdigit() else NUMBERS.get(c.lower_)
        if count:
            return DIRECTION[mark.lower_], count, unit
    return None


def _measured_clauses(events: list[Event], sent, published: dt.date | None) -> None:
    by_start = {t.idx: t for t in sent}
    for event in events:
        tok = by_start.get(event.evidence.get("start"))
        verb = _clause_verb(tok)
        found = _distance(verb) if verb is not None else None
        if found is None:
            continue
        anchor = _anchor_date(events, event, by_start, verb.head) or published
        if anchor is None:
            continue
        sign, count, unit = found
        date = _shifted(anchor, sign * count, unit)
        time = dict(event.time or {})
        time.update(date=_fmt(date, unit), granularity=unit,
                    relation=relation_of(date, unit, published) if published
                    else time.get("relation"))
        event.time = time


def _clause_verb(tok):
    """The verb whose clause holds the trigger (a noun trigger's light verb)."""
    for _ in range(3):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        tok = tok.head
    return None


def _anchor_date(events: list[Event], event: Event, by_start: dict, head) -> dt.date | None:
    """The day an event of the anchoring clause is dated to, when it is a day."""
    for other in events:
        if other is event:
            continue
        tok = by_start.get(other.evidence.get("start"))
        time = other.time or {}
        if _clause_verb(tok) is head and time.get("granularity") == "day" and time.get("date"):
            return dt.date.fromisoformat(time["date"])
    return None


def _shifted(anchor: dt.date, n: int, unit: str) -> dt.date:
    if unit == "day":
        return anchor + dt.timedelta(days=n)
    if unit == "week":
        return _monday(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        y, m = _shift_month(anchor.year, anchor.month, n)
        return dt.date(y, m, 1)
    return dt.date(anchor.year + n, 1, 1)


def date_reported_acts(events: list[Event], sent, published: str | None) -> None:
    """Undated past acts reported by a dated verb of saying take the report's time."""
    if sent is None:
        return
    by_start = {t.idx: t for t in sent}
    for event in events:
        if (event.time or {}).get("text") or event.modality not in (ASSERTED, NEGATED, HEDGED):
            continue
        verb = _clause_verb(by_start.get(event.evidence.get("start")))
        if verb is None or verb.dep_ != "ccomp" or not _past(verb):
            continue
        said = verb.head
        text = _report_date(said) if said.lemma_.lower() in REPORT_VERBS else None
        if text is None:
            continue
        time = time_of(text, published, "past")
        if time.get("relation") != "past" and time.get("date"):
            continue  # a report of today: its act is today's news, dated by its own words
        event.time = time
        event.background = event.background or is_old(time, published) or \
            absolute_past(time, published)


def _past(verb) -> bool:
    """ "had called", "attacked", "were killed": told in the past."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "could", "may", "might", "can", "should")
           for a in aux):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)


def _report_date(said) -> str | None:
    """The written date of a verb of saying ("In 2019, Trump said", "Last March, the
    ministry said"), or None."""
    for child in said.children:
        tok = None
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            tok = child
        elif child.dep_ == "prep" and child.lower_ in ("in", "on"):
            tok = next((g for g in child.children if g.dep_ == "pobj" and
                        g.ent_type_ == "DATE"), None)
        if tok is not None:
            ent = next((e for e in said.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                return ent.text
    return None
