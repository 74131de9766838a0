"""When an event happens: the time expression attached to its clause (resolved to a date by
dates.py), plus whether the event is background to the article's news.

`time = {text, date, granularity, relation}` (see dates.py).
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import span_end, parse_published
from .modality import REPORT_VERBS, habitual

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


def is_old(time: dict | None, published_iso: str | None, lede: bool = False) -> bool:
    """True when the event's resolved time ended well before publication (`lede`: told in
    the story's first sentence, see COARSE_BACKGROUND_DAYS)."""
    published = parse_published(published_iso)
    if not time or not time.get("date") or not published:
        return False
    raw = time["date"]
    start = dt.date.fromisoformat(raw if len(raw) == 10 else raw + ("-01" if len(raw) == 7
                                                                     else "-01-01"))
    end = span_end(start, time["granularity"])
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
# Adverbs of a perfect that keeps happening up to the news ("have repeatedly harassed
# Philippine boats", "has increasingly targeted"): an ongoing act, current, not history.
ONGOING = {"repeatedly", "continually", "continuously", "constantly", "persistently",
           "regularly", "frequently", "increasingly", "routinely", "still", "again",
           "relentlessly", "incessantly"}
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
    active (or a passive of taking part), no adverb of recency ("have already ruled") or of
    repetition up to now ("have repeatedly harassed": ONGOING), not
    progressive ("have been fighting" goes on now). Conjuncts and clauses under a perfect
    ("has derided him and referred to him as", often tagged a simple past; "has relied on
    slapping tariffs") share it."""
    cur = verb
    for _ in range(4):
        kids = list(cur.children)
        aux = {c.lower_ for c in kids if c.dep_ == "aux"}
        if aux & {"has", "have", "'ve"} and cur.tag_ == "VBN":
            passive = any(c.dep_ == "auxpass" for c in kids)
            recent = any(c.dep_ == "advmod" and c.lower_ in RECENT | ONGOING for c in kids)
            return not recent and not _answers_the_news(cur) and (
                not passive or cur.lemma_.lower() in TAKING_PART)
        if aux or cur.tag_ in ("VBZ", "VBP", "MD") or cur.tag_ == "VBD" and cur.dep_ != "conj" or \
                cur.dep_ not in ("conj", "xcomp", "pcomp", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def ongoing_span(verb) -> bool:
    """A present perfect that runs up to the news: progressive ("has been shelling Kharkiv
    since 2022", "have been harassing boats for weeks") or over a span that reaches now
    ("have attacked ships since November"). Its date is when the act began, not when it
    happened: the act is current, however old that start (time.is_old does not make it
    background; a toll counted since a turning point is conflict_toll's)."""
    kids = list(verb.children)
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    if not aux & {"has", "have", "'ve"} or any(c.dep_ == "neg" for c in kids):
        return False
    if "been" in aux and verb.tag_ == "VBG":
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in kids)


def _answers_the_news(verb) -> bool:
    """The perfect answers something the story reports: its object is a definite noun of
    what was said ("China has denied the claim", "has rejected these allegations")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SAID_NOUNS and
               any(d.lower_ in ("the", "this", "these", "those", "such", "that")
                   for d in c.children if d.dep_ == "det") for c in verb.children)


# -- the time expression of an event's clause --

TIME_LABELS = ("DATE", "TIME")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


# Prepositions that set an act inside a dated period ("during the 2016 campaign", "throughout
# last year's talks"): the period's date is the act's.
WITHIN_PREPS = {"during", "throughout"}


def time_expression(sent, verb, trig, dates) -> tuple[str | None, bool]:
    """(the DATE entity attached to the event's verb or its noun trigger, to the noun the
    event's clause describes ("the 2019 attack, in which a gunman killed ..."), or to a period
    the act is set in ("during the 2016 campaign"); whether the
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
        if not sent.start <= ent.start < sent.end or is_duration(ent):
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
            if tok.dep_ == "dobj" and tok.i != trig.token.i and tok.i == ent.root.head.i and \
                    ent.root.dep_ in ("poss", "compound", "nummod", "amod", "nmod", "npadvmod"):
                # "canceling next month's summit", "suspended a 2018 military pact": the
                # date of the object, not of the act done to it
                break
            # "convicted over the 1985 killing": the date of the act named, not of the
            # conviction; but a dated period after "during" ("during the 2016 campaign") is
            # the time of the act itself (WITHIN_PREPS)
            if tok.dep_ == "pobj" and tok.i != trig.token.i and tok.i == ent.root.head.i and \
                    ent.root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and \
                    tok.head.lower_ not in WITHIN_PREPS:
                break
            tok = tok.head
    if best is None and verb.dep_ == "conj" and _same_tense(verb, verb.head):
        best = _fronted_date(sent, verb.head, dates)
    main = _framing_clause(verb) if best is None else None
    if main is not None:
        best = _own_date(sent, main, dates)
    if best is None:
        return None, False
    text = _date_text(best.text)
    if best.start > 0 and sent.doc[best.start - 1].lower_ in ("in", "on", "since", "last"):
        text = sent.doc[best.start - 1].text + " " + text
    return text, via in nouns and best.root.dep_ in ("compound", "nummod", "amod", "npadvmod",
                                                     "poss", "nmod")


# Words that open a clause set in the time of the clause it hangs on: "worsened in September
# 2023 when gunmen attacked", "collapsed in 2019 after Turkey sent troops".
WHEN_WORDS = {"when", "after", "as", "once"}


def _framing_clause(verb):
    """The verb of the clause whose time a when-/after-clause shares ("Relations worsened in
    September 2023 when gunmen attacked police, killing one officer": the attack and the
    killing are of September 2023), or None. A participle that follows its clause ("killing
    one officer") is climbed first."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(
                c.dep_ in ("mark", "advmod") for c in cur.children if c.i < cur.i):
            cur = cur.head  # "..., killing one officer": the clause it is part of
            continue
        break
    markers = [c for c in cur.children if c.dep_ in ("mark", "advmod") and c.i < cur.i]
    if cur.dep_ != "advcl" or cur.head.i == cur.i or not any(
            c.lower_ in WHEN_WORDS for c in markers) or any(_backgrounding(c) for c in markers):
        return None  # ("weeks after Chile imposed tariffs": a time of its own)
    return cur.head if cur.head.i < cur.i else None  # (a fronted "When X, Y" is Y's cause)


def _own_date(sent, verb, dates):
    """A date that is a verb's own phrase ("in September 2023", "on Tuesday", "last year")."""
    for ent in dates:
        if not sent.start <= ent.start < sent.end or is_duration(ent):
            continue
        tok = ent.root
        if tok.head.i == verb.i and tok.dep_ in ("npadvmod", "tmod"):
            return ent
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i and \
                tok.head.lower_ in ("in", "on", "during", "at"):
            return ent
    return None


def _fronted_date(sent, first, dates):
    """A date put before the first clause ("In 2022, the president declared war and the
    army recaptured ..."): it sets the time of the clauses conjoined to it, which name none
    of their own."""
    subject = min((c.left_edge.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass")),
                  default=first.i)
    for ent in dates:
        if sent.start <= ent.start and ent.end <= subject and not is_duration(ent) and \
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


# "for three days", "sentenced to 16 years", "for a third day", "within 48 hours": a count
# of time units after these prepositions is how long, not when.
_UNITS = re.compile(r"^(an?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|\w+teen|\w+ty|several|a few)\b.*\b"
                    r"(hour|day|night|week|month|year|decade)s?$", re.I)
SPAN_PREPS = {"for", "to", "within"}


def is_duration(ent) -> bool:
    if _DURATION.search(ent.text.strip()):
        return True
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in SPAN_PREPS and \
        bool(_UNITS.search(ent.text.strip()))


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
