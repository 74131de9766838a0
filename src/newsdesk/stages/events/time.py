"""When an event happens: the time expression attached to its clause, resolved by our own
rules (dateparser is slow and has no notion of a "reference week"), plus whether the event is
background to the article's news.

An absolute phrase (a year: "in 2019", "the 2019 attack"; a month and year: "February 2022"; a
full date: "15 April 2023", "March 3, 2021") resolves on its own. A relative one ("last week",
"on Sunday", "in March", "April 2", "two days ago") is read against the article's publication
date, and stays unresolved when the article has none.

`time = {text, date, granularity, relation}`; `date` is YYYY-MM-DD (day), the Monday of the
week (week), YYYY-MM (month) or YYYY (year). `relation` is past/present/future relative to
the publication date, or from the verb's tense when there is no time expression or no
publication date.
"""
from __future__ import annotations

import datetime as dt
import re

from ...vocab import MONTHS
from .modality import REPORT_VERBS, habitual

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "few": 3}
BACKGROUND_MARKS = {"since", "after", "following", "before", "when", "as"}
# An event dated this long before publication is context, not the article's news.
BACKGROUND_DAYS = 10
# A lede tells the news. A year it names ("last year") may have ended only days before the
# story, so there the act is background only when the whole year lies more than a month back
# (the guidelines' "more than about a month"): "Mali left ECOWAS last year", the first
# sentence of a story of 20 January, may be news of late December. A month keeps the ordinary
# margin ("met Putin in March" in a story of mid-April is background), and so does a year
# later in the story, context told in passing.
COARSE_BACKGROUND_DAYS = 31
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


def _span_end(date: dt.date, granularity: str) -> dt.date:
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
    if _span_end(date, granularity) < published:
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


def is_old(time: dict | None, published_iso: str | None, lede: bool = False) -> bool:
    """True when the event's resolved time ended well before publication (`lede`: told in
    the story's first sentence, see COARSE_BACKGROUND_DAYS)."""
    published = parse_published(published_iso)
    if not time or not time.get("date") or not published:
        return False
    raw = time["date"]
    start = dt.date.fromisoformat(raw if len(raw) == 10 else raw + ("-01" if len(raw) == 7
                                                                     else "-01-01"))
    end = _span_end(start, time["granularity"])
    margin = COARSE_BACKGROUND_DAYS if lede and time["granularity"] == "year" \
        else BACKGROUND_DAYS
    return end < published - dt.timedelta(days=margin)


# News style (AP's, which most outlets follow) names the weekday of an act of the past week
# ("on Sunday") and the calendar date of an older one ("on Dec. 1"). So in a story with no
# publication date to measure against, a past act told by its calendar day is older than the
# news: background.
_CALENDAR_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                           r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})|"
                           r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|"
                           r"jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\.?\s*,?\s*\d{4})", re.I)


def calendar_day_undated(time: dict | None, published_iso: str | None) -> bool:
    """A past act dated by a calendar day with no year ("agreed on Dec. 1", "on 3 March")
    in a story without a publication date (a year written out dates itself: absolute_past,
    is_old)."""
    return bool(time and not parse_published(published_iso) and
                time.get("relation") == "past" and
                _CALENDAR_DAY.search(time.get("text") or ""))


def _backgrounding(word) -> bool:
    """ "since", or "after / following" measured by a distance ("weeks after")."""
    low = word.lower_
    if low == "since":
        return True
    if low not in ("after", "following"):
        return False
    near = [c.lower_ for c in word.children] + [word.doc[word.i - 1].lower_ if word.i else ""]
    return any(w in DISTANCE_WORDS for w in near)


def tense_of(verb) -> str:
    """past | present | future from the verb group (tags and auxiliaries)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll", "wo"} or ("going" in aux and verb.tag_ == "VB"):
        return "future"
    if verb.tag_ == "VBD" or aux & {"had", "was", "were", "did", "has", "have"}:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ not in ("amod", "acl"):
        return "past"
    return "present"


# A recording that shows an act reports it whatever the tense of "shows": "One stunning video
# shows one of the attackers being shot by a policeman" tells a past act, not the writer's
# present-tense verdict (clauses._reported_in_opinion).
RECORDINGS = {"video", "footage", "image", "picture", "photo", "photograph", "clip", "film",
              "recording", "camera", "cctv", "television", "livestream", "still"}
DEPICT_VERBS = {"show", "capture", "depict", "record", "film", "document", "reveal"}


def shown_on_record(verb) -> bool:
    """Is `verb` the act a video, footage or a photo shows ("video shows X being shot",
    "footage captured soldiers firing on protesters")? Climbs the clause and the noun it
    hangs on ("one of the attackers being shot") to the first verb above."""
    cur = verb
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in ("acl", "ccomp", "xcomp", "dobj", "pobj",
                                                    "prep", "nsubj", "nsubjpass"):
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in DEPICT_VERBS and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in RECORDINGS for c in cur.children)
    return False


# Words that measure how long before: "weeks after", "years after", "long after".
DISTANCE_WORDS = {"week", "weeks", "month", "months", "year", "years", "decade", "decades",
                  "long", "shortly"}


def _backshifted(verb) -> bool:
    """A pluperfect reported in the past ("the army said the rebels had attacked a convoy on
    Monday", "Reuters reported that Iran had sent drones"): the reporter's simple past shifted
    back by the report, not an event before the story's news."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "ccomp" and cur.head.lemma_.lower() in REPORTING and \
        cur.head.tag_ in ("VBD", "VBN")


# Verbs of reporting whose past tense shifts the tense of what they report: modality's
# reporting verbs and the verbs of telling what one knows.
REPORTING = REPORT_VERBS | {"confirm", "write", "testify", "allege", "explain", "note",
                            "acknowledge", "disclose",
                            # a denial or admission is a report too: "denied that his
                            # fighters had attacked civilians" answers today's charge
                            "deny", "admit", "concede"}


def background_clause(verb) -> bool:
    """Inside a "since ..." clause, a "weeks/years after ..." clause, a habit ("his tendency
    to criticize"), or in the pluperfect (unless a past report shifted it back): context. A bare
    "after" ("markets fell after China raised tariffs") tells the order of the day's news."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "had" in aux and verb.tag_ == "VBN" and not _backshifted(verb):
        return True
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("mark", "advmod") and _backgrounding(c):
                return True
        if cur.dep_ in ("pcomp", "pobj") and _backgrounding(cur.head) or habitual(cur):
            return True
        if cur.dep_ not in ("advcl", "conj", "xcomp", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


# Adverbs that put a present perfect in the story's own news: "have already ruled", "has
# just signed", "have now agreed".
RECENT = {"already", "just", "now", "today", "recently", "finally", "so", "far"}
# Nouns of what was said or proposed: "has denied the claim" answers a claim of the story.
SAID_NOUNS = {"claim", "report", "allegation", "accusation", "charge", "statement", "remark",
              "comment", "proposal", "offer", "request", "demand", "assertion", "suggestion"}
# Passive present perfects of taking part are states that run up to the news ("have been
# involved in a trade battle"); other passives mostly report the news ("has been arrested").
TAKING_PART = {"involve", "engage", "lock", "embroil", "entangle", "mire"}


def perfect_context(verb) -> bool:
    """A present perfect past the lede, with no time of its own, tells what led up to the
    news ("Trump has derided Kim as a 'maniac'", "the two economies have slapped tariffs on
    one another's goods", "have been involved in a trade battle"): background, as careful
    coders read it (realnews guidelines: "presented as history/context"). The caller checks
    the sentence's place and time; here only the verb group: "has/have" + past participle,
    active (or a passive of taking part), no adverb of recency ("have already ruled"), not
    progressive ("have been fighting" goes on now). Conjuncts and clauses under a perfect
    ("has derided him and referred to him as", often tagged a simple past; "has relied on
    slapping tariffs") share it."""
    cur = verb
    for _ in range(4):
        kids = list(cur.children)
        aux = {c.lower_ for c in kids if c.dep_ == "aux"}
        if aux & {"has", "have", "'ve"} and cur.tag_ == "VBN":
            passive = any(c.dep_ == "auxpass" for c in kids)
            recent = any(c.dep_ == "advmod" and c.lower_ in RECENT for c in kids)
            return not recent and not _answers_the_news(cur) and (
                not passive or cur.lemma_.lower() in TAKING_PART)
        if aux or cur.tag_ in ("VBZ", "VBP", "MD") or cur.tag_ == "VBD" and cur.dep_ != "conj" or \
                cur.dep_ not in ("conj", "xcomp", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _answers_the_news(verb) -> bool:
    """The perfect answers something the story reports: its object is a definite noun of
    what was said ("China has denied the claim", "has rejected these allegations")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SAID_NOUNS and
               any(d.lower_ in ("the", "this", "these", "those", "such", "that")
                   for d in c.children if d.dep_ == "det") for c in verb.children)


# -- the time expression of an event's clause --

TIME_LABELS = ("DATE", "TIME")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def time_expression(sent, verb, trig, dates) -> tuple[str | None, bool]:
    """(the DATE entity attached to the event's verb or its noun trigger, or to the noun the
    event's clause describes: "the 2019 attack, in which a gunman killed ..."; whether the
    date sits on a noun: a passing reference to a known past event)."""
    anchors = {verb.i, trig.token.i, trig.head.i}
    nouns = {trig.token.i} if trig.token.i != trig.head.i else set()
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        anchors.add(verb.head.i)
        nouns.add(verb.head.i)
    elif verb.dep_ == "relcl" and verb.head.ent_type_ in TIME_LABELS:
        anchors.add(verb.head.i)  # "a fight from 2018, when the administration imposed ..."
    best, via, hops = None, None, 99
    for ent in dates:
        if not sent.start <= ent.start < sent.end or _duration(ent):
            continue
        tok = ent.root
        for step in range(4):
            if tok.i in anchors:
                # the nearest date wins: "withdrew from the 2015 deal in 2018" is 2018's
                if step < hops:
                    best, via, hops = ent, tok.i, step
                break
            if tok.pos_ == "VERB" and _describes_object(tok, anchors):
                tok = tok.head  # on to the object, whose verb is the event's
            elif tok.head.i == tok.i or (tok.pos_ == "VERB" and tok.i not in anchors):
                break
            if tok.dep_ == "dobj" and tok.i != trig.token.i and ent.root.dep_ == "poss":
                break  # "canceling next month's summit": the date of the object
            if tok.dep_ == "pobj" and tok.i != trig.token.i and tok.i == ent.root.head.i and \
                    ent.root.dep_ in ("compound", "nummod", "amod", "nmod", "poss"):
                break  # "convicted over the 1985 killing": the date of the act named, not
                # of the conviction
            tok = tok.head
    if best is None and verb.dep_ == "conj" and _same_tense(verb, verb.head):
        best = _fronted_date(sent, verb.head, dates)
    if best is None:
        return None, False
    text = _date_text(best.text)
    if best.start > 0 and sent.doc[best.start - 1].lower_ in ("in", "on", "since", "last"):
        text = sent.doc[best.start - 1].text + " " + text
    return text, via in nouns and best.root.dep_ in ("compound", "nummod", "amod", "npadvmod",
                                                     "poss", "nmod")


def _fronted_date(sent, first, dates):
    """A date put before the first clause ("In 2022, the president declared war and the
    army recaptured ..."): it sets the time of the clauses conjoined to it, which name none
    of their own."""
    subject = min((c.left_edge.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass")),
                  default=first.i)
    for ent in dates:
        if sent.start <= ent.start and ent.end <= subject and not _duration(ent) and \
                first.i in {a.i for a in ent.root.ancestors}:
            return ent
    return None


FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}


def _same_tense(verb, first) -> bool:
    """Does a conjoined verb share the first clause's tense ("declared war and recaptured":
    yes; "lifted its ban and will invite them": no, the date before the first is not its)?"""
    def past(v):
        return v.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"
                                      for a in v.children)
    future = any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in verb.children)
    return not future and past(verb) == past(first)


# "a 44-day war", "a decade-long conflict", "the two-year-old ban": how long, not when.
_DURATION = re.compile(r"^\S+-(day|week|month|year|decade)s?(-long|-old)?$|-long$", re.I)


def _duration(ent) -> bool:
    return bool(_DURATION.search(ent.text.strip()))


def _describes_object(verb, anchors) -> bool:
    """A participle describing the event's object ("blew up roads linking it to the South
    in October 2024", "struck convoys carrying aid on Monday"): the parser often hangs the
    event's date on the participle, which states what the object is and has no time of
    its own."""
    obj = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and obj.dep_ == "dobj" and \
        obj.head.i in anchors


def absolute_past(time: dict, published: str | None) -> bool:
    """A year or month written out ("the 2019 attack", "the March 2022 invasion") dates a
    past event the story refers to; with a publication date, it must lie before it."""
    if not time or time.get("granularity") not in ("year", "month") or not time.get("date"):
        return False
    if not _YEAR.search(time.get("text") or ""):
        return False
    return not published or time.get("relation") == "past"


def _date_text(entity_text: str) -> str:
    """The date entity's text up to its first comma ("Friday, the day after" → "Friday"),
    unless a year comes after the comma: "March 3, 2021" keeps its year."""
    head = entity_text.split(",")[0].strip()
    if _YEAR.search(entity_text) and not _YEAR.search(head):
        return entity_text.strip()
    return head
