"""Event merging: one event per real-world happening, however many reports mention it.

Mentions (rows of the per-article `events` table) merge only when they have
- the same source and target country (CHNGOV and CHN are one actor here, since outlets differ
  in how precisely they name one; a sector without a country, like GOV, is kept whole), and,
  across stories, the same parties within one country (corpus.parties.one_party_each: a
  party that is the receiver in one mention and the doer on a third in the other makes two
  acts; the army and a rebel group are two parties of one role),
- the same CAMEO root (under coercion, root 17, the same three-digit code: seizing property,
  arresting and expelling are different acts, act_of),
- modalities that report the same kind of thing: asserted and hedged mentions report that it
  happened (on ECB+ many reports hedge a happening others assert: keeping them apart loses a
  sixth of the true pairs), but a hedged act to come ("will probably fire") is a forecast
  (modality_kind); planned, negated, hypothetical and requested ones each stay among their
  own kind (a plan, a forecast, a denial or a threat is never merged into the happening),
- dates no further apart than the coarser of the two allows (MergeOptions: day-dated within
  `day_window` days, week-dated within `week_window` days, month-dated in the same month,
  year-dated in the same year), checked against every mention already in the event,
and then either the same story or, both actors named (a sector alone counts) and both dated
to the day, dates within `window_days`.

Within one story, reports of one act are told apart less precisely than that: one names only
the sector of an actor the other names ("police" / "Italian police"), leaves it out, or uses a
verb of another root for the same act of force ("arrested" / "captured", "shooting" /
"attack"). The groups of one story (one merge key each) then join when the actors of each
role can name one party (one country; a sector named alone is the sector of one of the
actors named with a country: parties_fit; no party the receiver in one and the doer on a
third in the other: one_party_each), one actor at least is named on both sides,
their codes report the same kind of act (ROOT_FAMILY, same_kind_of_act), their modalities are of one kind and their dates
compatible (join_in_story). Across stories only the rules above merge.

A mention's date is the event's own date at its own granularity when the events stage
resolved one ('2023-04-16', the Monday of a week, '2023-04', '2023'), else the article's
publication day. A merged event is dated by its own-dated mentions first, the most precise
of them, then the earliest; its evidence is that of its most asserted mention (own voice
before second-hand), the earliest of those. Its modality is the one most of its mentions
have (ties: the more asserted), so never firmer than some mention of it; it is told by the
outlet only when some mention says it in the outlet's own voice at least that firmly, else
it is attributed (teller): when every report relays someone's accusation, the merged event
is that accusation, not the outlet's assertion.

Counts follow GDELT, without its double counting: a near-duplicate copy (corpus.dedup)
stands for its original, so a group of copies counts once: its original's mentions when the
original mentions the event, else those of one copy (the first by article id). Confidence grows with the independent sources (distinct
publishers) and is lower when those sources only hedge, plan, deny or relay it second-hand.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from datetime import date

from ..vocab import DEFAULT_MODALITY, HEDGED, MODALITY_ORDER, MODALITY_WEIGHT, SAME_KIND
from ..options import MergeOptions
# actors_compatible is re-exported: callers and tests name it as merge's.
from .parties import actors_compatible, country_of, one_party_each, parties_fit  # noqa: F401

SECOND_HAND_WEIGHT = 0.6  # a mention attributed to someone else's words
BASE_CONFIDENCE = 0.6     # what one independent, asserting source is worth
GRANULARITIES = ("day", "week", "month", "year")  # finest first
_LAST = 10 ** 9  # sorts undated mentions after dated ones
_MAX_SPAN = 366  # no two compatible dates are further apart than a year
# Roots whose verbs report one act of force in different words: one report's "police arrested
# the gunman" is another's "captured", one's "shooting" another's "attack" or "opened fire"
# (coerce, assault, fight, mass violence). Within a story, with compatible actors, mentions
# of these roots may be one event (join_in_story); across stories they never merge. Two
# codes of different roots join only when they name the same kind of act: a person seized
# (arrest, detain / abduct, take hostage) or force used (assault, fight, mass violence); a
# capture and the attack that came before it stay two events.
ROOT_FAMILY = {"17": "17-20", "18": "17-20", "19": "17-20", "20": "17-20"}
_SEIZED = ("173", "181")
COERCE = "17"
_FORCE = ("18", "19", "20")


def act_of(cameo: str | None) -> str:
    """The part of a CAMEO code that names the act for merging: the root, but the three-digit
    code under coercion (root 17), whose codes are different acts that one sentence often
    reports together ("apprehending 26 pirates and confiscating arms": 173 and 1711)."""
    cameo = cameo or ""
    return cameo[:3] if cameo[:2] == COERCE else cameo[:2]


def same_kind_of_act(a: str, b: str) -> bool:
    """Whether two CAMEO codes can report one act: the same act (act_of; an unspecified
    coercion, 170, may be any of root 17's), or both a person seized, or both force used
    (module note)."""
    if a[:2] == b[:2]:
        return act_of(a) == act_of(b) or COERCE + "0" in (a[:3], b[:3])
    if a[:3] in _SEIZED or b[:3] in _SEIZED:
        return a[:3] in _SEIZED and b[:3] in _SEIZED
    return a.startswith(_FORCE) and b.startswith(_FORCE)


def _first_day(value: str, granularity: str) -> date:
    """The first day of a date at its granularity; ValueError when it is not one."""
    if granularity in ("day", "week"):
        return date.fromisoformat(value[:10])
    if granularity == "month":
        return date(int(value[:4]), int(value[5:7]), 1)
    if granularity == "year":
        return date(int(value[:4]), 1, 1)
    raise ValueError(granularity)


def _normal(value, granularity: str | None) -> tuple[str, str] | None:
    """(date text, granularity) with the text cut to its granularity, or None if unreadable."""
    if not isinstance(value, str) or not value:
        return None
    granularity = granularity or {10: "day", 7: "month", 4: "year"}.get(len(value[:10]))
    width = {"day": 10, "week": 10, "month": 7, "year": 4}.get(granularity or "")
    if width is None or len(value) < width:
        return None
    try:
        _first_day(value, granularity)
    except ValueError:
        return None
    return value[:width], granularity


def mention_date(row: dict) -> tuple[str | None, str | None, str | None]:
    """(date, granularity, basis): the event's own date when the events stage resolved one
    (basis 'event'), else the publication day (basis 'published'), else (None, None, None)."""
    own = _normal(row.get("time_date"), row.get("time_granularity"))
    if own:
        return own[0], own[1], "event"
    published = _normal((row.get("published") or "")[:10], "day")
    if published:
        return published[0], "day", "published"
    return None, None, None


# The kind of a hedged mention of an act to come ("will probably fire missiles", "will likely
# strike"): a forecast, never merged into the act it forecasts (nor into a plan).
FORECAST = "hedged-future"


def modality_kind(modality: str | None, relation: str | None = None) -> str:
    """Which kind of report a modality makes: mentions of different kinds never merge. A
    hedged mention reports that something happened, like an asserted one (SAME_KIND), unless
    its verb is in the future (time relation 'future'): then it is a forecast (FORECAST)."""
    modality = modality or DEFAULT_MODALITY
    if modality == HEDGED and relation == "future":
        return FORECAST
    return SAME_KIND.get(modality, modality)


def merge_key(row: dict) -> tuple[str, str, str, str]:
    """(source, target, act (act_of: the CAMEO root, or the three-digit code under root 17),
    modality kind); an actor without a country is keyed by its whole code."""
    src, tgt = row.get("source_code") or "", row.get("target_code") or ""
    return (country_of(src) or src, country_of(tgt) or tgt, act_of(row.get("cameo")),
            modality_kind(row.get("modality"), row.get("time_relation")))


def merge_block(key: tuple) -> tuple[str, str]:
    """(CAMEO root or family, modality kind): the mentions of one merge key, and those of keys
    that may join them in a story (join_in_story), are among the mentions of one block."""
    return ROOT_FAMILY.get(key[2][:2], key[2][:2]), key[3]


def _roles(rows: list[dict]) -> tuple[set[str], set[str]]:
    return ({r["source_code"] for r in rows if r.get("source_code")},
            {r["target_code"] for r in rows if r.get("target_code")})


def _fits(group: list[list[dict]], cluster: list[dict], options: MergeOptions) -> bool:
    """Whether `cluster` may join the clusters of `group` (all of one story): the actors of
    each role can name one party (parties_fit), one role at least known on both sides, some
    code of the same kind of act as one of the group's, and every pair of dates compatible."""
    rows = [r for c in group for r in c]
    known_both = False
    for mine, theirs in zip(_roles(cluster), _roles(rows)):
        if not parties_fit(mine, theirs):
            return False
        known_both = known_both or bool(mine and theirs)
    if not known_both or not one_party_each(*_roles(cluster), *_roles(rows), across_stories=False):
        return False
    codes = {r.get("cameo") or "" for r in rows}
    if not any(same_kind_of_act(a, b) for a in {r.get("cameo") or "" for r in cluster} for b in codes):
        return False
    return all(dates_compatible(r["_sig"], o["_sig"], options)
               for r in cluster if r["_sig"] for o in rows if o["_sig"])


def join_in_story(clusters: list[list[dict]], options: MergeOptions) -> list[list[dict]]:
    """The clusters of one block (one merge key each), joined within a story when they report
    one act with the actors told apart less precisely: one leaves an actor out or names only
    its sector ("police arrested him" and "Italian police arrested the suspect"), or uses a
    verb of another root for the same act ("captured" and "arrested"). A cluster whose
    mentions lie in one story joins the first group of that story (in date order) it fits
    (_fits); clusters across stories or without one stay as they are."""
    order = sorted(clusters, key=lambda c: (c[0]["_sig"][0] if c[0]["_sig"] else _LAST,
                                            c[0]["article_id"], c[0]["id"]))
    groups: list[list[list[dict]]] = []
    by_story: dict[str, list[list[list[dict]]]] = defaultdict(list)
    for cluster in order:
        stories = {r["story_id"] for r in cluster}
        story = stories.pop() if len(stories) == 1 else None
        home = None if story is None else next(
            (g for g in by_story[story] if _fits(g, cluster, options)), None)
        if home is not None:
            home.append(cluster)
            continue
        groups.append([cluster])
        if story is not None:
            by_story[story].append(groups[-1])
    out = []
    for g in groups:
        rows = [r for c in g for r in c]
        rows.sort(key=lambda r: (r["_sig"][0] if r["_sig"] else _LAST, r["article_id"], r["id"]))
        out.append(rows)
    return out


def _dated(row: dict, story_of: dict[str, str]) -> dict:
    """The row with its story and date fields: date, date_granularity, date_basis, and the
    signature (_day ordinal, granularity, month, year) the date windows compare."""
    day_text, granularity, basis = mention_date(row)
    out = dict(row, date=day_text, date_granularity=granularity, date_basis=basis,
               story_id=story_of.get(row["article_id"]), _sig=None)
    if day_text:
        first = _first_day(day_text, granularity)
        out["_sig"] = (first.toordinal(), granularity, first.strftime("%Y-%m"), first.year)
    return out


def merge_events(rows: list[dict], story_of: dict[str, str], copy_of: dict[str, str],
                 options: MergeOptions | None = None) -> tuple[list[dict], list[dict]]:
    """(merged events, event mentions) from event rows ([{article_id, id, cameo, ...}]).

    Merged events have the columns of store.corpus_tables.MERGED_COLUMNS; mentions are
    [{merged_id, article_id, event_id, copy_of}]."""
    merged, mentions = [], []
    for cluster in merge_clusters(rows, story_of, options or MergeOptions()):
        event, its_mentions = merged_event(cluster, copy_of)
        merged.append(event)
        mentions += its_mentions
    return merged, mentions


def merge_clusters(rows: list[dict], story_of: dict[str, str], options: MergeOptions) -> list[list[dict]]:
    """The mentions of each merged event (the rows with their date and story fields, _dated),
    in date order; blocks in sorted order."""
    by_block = key_clusters(rows, story_of, options)
    return [cluster for block in sorted(by_block) for cluster in join_in_story(by_block[block], options)]


def key_clusters(rows: list[dict], story_of: dict[str, str], options: MergeOptions) -> dict[tuple, list[list[dict]]]:
    """{block: the clusters of its merge keys}: each key's mentions grouped (_clusters) before
    the clusters of one story join (join_in_story). A key's clusters depend on its own
    mentions and their stories alone."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        row = _dated(row, story_of)
        by_key[merge_key(row)].append(row)
    by_block: dict[tuple, list[list[dict]]] = defaultdict(list)
    for key in sorted(by_key):
        # With an actor missing ("the US criticised", nobody named as target) one day's
        # mentions are too loose a match: those merge within a story only.
        loose = bool(key[0] and key[1])
        by_block[merge_block(key)] += _clusters(by_key[key], options, loose)
    return by_block


def merged_event(cluster: list[dict], copy_of: dict[str, str]) -> tuple[dict, list[dict]]:
    """(merged event row, its mention rows) of one cluster of merge_clusters."""
    event = merged_event_row(cluster, copy_of)
    return event, [{"merged_id": event["id"], "article_id": m["article_id"], "event_id": m["id"],
                    "copy_of": copy_of.get(m["article_id"])} for m in cluster]


def dates_compatible(a: tuple, b: tuple, options: MergeOptions) -> bool:
    """Whether two date signatures (ordinal, granularity, 'YYYY-MM', year) can be one event's:
    within the window of the coarser granularity of the two."""
    coarser = GRANULARITIES[max(GRANULARITIES.index(a[1]), GRANULARITIES.index(b[1]))]
    if coarser == "day":
        return abs(a[0] - b[0]) <= options.day_window
    if coarser == "week":
        return abs(a[0] - b[0]) <= options.week_window
    if coarser == "month":
        return a[2] == b[2]
    return a[3] == b[3]


def _joins(row: dict, cluster: dict, options: MergeOptions, loose: bool) -> bool:
    same_story = row["story_id"] is not None and row["story_id"] in cluster["stories"]
    if not same_story and not one_party_each(*_roles([row]), cluster["sources"], cluster["targets"]):
        return False  # two sides of one country (parties.one_party_each; in-story: module note)
    sig = row["_sig"]
    if sig is None:  # undated: only its own story says it is the same happening
        return same_story
    if not all(dates_compatible(sig, other, options) for other in cluster["dates"]):
        return False
    if same_story:
        return True
    return loose and sig[1] == "day" and any(
        other[1] == "day" and abs(other[0] - sig[0]) <= options.window_days for other in cluster["dates"])


def _clusters(rows: list[dict], options: MergeOptions, loose: bool) -> list[list[dict]]:
    """Mentions of one key grouped in date order: each joins the latest group it may join
    (_joins), else starts one."""
    rows = sorted(rows, key=lambda r: (r["_sig"][0] if r["_sig"] else _LAST, r["article_id"], r["id"]))
    clusters: list[dict] = []
    for row in rows:
        home = None
        for c in reversed(clusters):
            # Groups are in order of their first date: once one starts more than a year
            # before this mention, no earlier one can take it.
            if row["_sig"] and c["anchor"] is not None and c["anchor"] < row["_sig"][0] - _MAX_SPAN:
                break
            if _joins(row, c, options, loose):
                home = c
                break
        if home is None:
            home = {"anchor": row["_sig"][0] if row["_sig"] else None, "stories": set(),
                    "dates": set(), "rows": [], "sources": set(), "targets": set()}
            clusters.append(home)
        home["rows"].append(row)
        sources, targets = _roles([row])
        home["sources"] |= sources
        home["targets"] |= targets
        if row["story_id"] is not None:
            home["stories"].add(row["story_id"])
        if row["_sig"]:
            home["dates"].add(row["_sig"])
    return [c["rows"] for c in clusters]


def _weight(row: dict) -> float:
    """How much one mention vouches for the event."""
    w = MODALITY_WEIGHT.get(row.get("modality") or DEFAULT_MODALITY, 0.5)
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
    """The modality most mentions have (ties: the more asserted, MODALITY_ORDER); None if none."""
    if not modalities:
        return None
    rank = {m: i for i, m in enumerate(MODALITY_ORDER)}
    return min(modalities, key=lambda m: (-modalities[m], rank.get(m, 99), m))


def evidence_mention(counted: list[dict]) -> dict:
    """The mention whose evidence stands for the event: the most asserted (MODALITY_ORDER; own
    voice before second-hand), then the earliest dated, then the earliest published."""
    rank = {m: i for i, m in enumerate(MODALITY_ORDER)}
    return min(counted, key=lambda m: (
        rank.get(m.get("modality") or DEFAULT_MODALITY, len(rank)), bool(m.get("attributed_to")),
        m["_sig"][0] if m["_sig"] else _LAST, (m.get("published") or "9999")[:19],
        m["article_id"], m["id"]))


def teller(counted: list[dict], modality: str | None) -> str:
    """'outlet' when some mention says the event in the outlet's own voice (no attributed_to)
    with a modality at least as firm as the event's (MODALITY_ORDER), else 'attributed': a
    merge never turns what others are reported to say, or an outlet's own hedge, into the
    outlet's own assertion."""
    rank = {m: i for i, m in enumerate(MODALITY_ORDER)}
    bar = rank.get(modality or DEFAULT_MODALITY, len(rank))
    own = any(not m.get("attributed_to")
              and rank.get(m.get("modality") or DEFAULT_MODALITY, len(rank)) <= bar for m in counted)
    return "outlet" if own else "attributed"


def event_date(cluster: list[dict]) -> tuple[str | None, str | None, str | None]:
    """(date, granularity, basis) of a merged event: from its own-dated mentions if any (basis
    'event'), the most precise of those, then the earliest; else the earliest publication day
    (basis 'published')."""
    dated = [m for m in cluster if m["_sig"]]
    if not dated:
        return None, None, None
    best = min(dated, key=lambda m: (m["date_basis"] != "event",
                                     GRANULARITIES.index(m["date_granularity"]), m["_sig"][0]))
    return best["date"], best["date_granularity"], best["date_basis"]


def merged_event_row(cluster: list[dict], copy_of: dict[str, str]) -> dict:
    """One merged event (the columns of merged_events) from its mentions (in date order)."""
    counted = counted_mentions(cluster, copy_of)
    first = cluster[0]
    cameo = Counter(m["cameo"] for m in counted).most_common(1)[0][0]
    typical = next(m for m in counted if m["cameo"] == cameo)
    modalities = Counter(m.get("modality") or DEFAULT_MODALITY for m in counted)
    modality = prevailing_modality(modalities)
    published = sorted(p[:10] for m in cluster if (p := m.get("published")) and _normal(p[:10], "day"))
    evidence = evidence_mention(counted)
    stories = Counter(m["story_id"] for m in cluster if m["story_id"])
    day, granularity, basis = event_date(cluster)
    # the target the mentions name; else the one the events stage gave them by default
    target = _most_common(m.get("target_code") for m in counted) or \
        _most_common(m.get("default_target") for m in counted)
    return {
        "id": "ev" + hashlib.sha1(f"{first['article_id']}/{first['id']}".encode()).hexdigest()[:16],
        "cameo": cameo, "cameo_name": typical.get("cameo_name"), "root": cameo[:2],
        "quad_class": typical.get("quad_class"), "goldstein": typical.get("goldstein"),
        "source_code": _most_common(m.get("source_code") for m in counted),
        "target_code": target,
        "source_country": country_of(_most_common(m.get("source_code") for m in counted)),
        "target_country": country_of(target),
        "date": day, "date_granularity": granularity, "date_basis": basis,
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "story_id": stories.most_common(1)[0][0] if stories else None,
        "mentions": len(counted),
        "sources": len({m.get("publisher") or f"article:{m['article_id']}" for m in counted}),
        "articles": len({m["article_id"] for m in counted}),
        "copies": len(cluster) - len(counted),
        "confidence": confidence(counted),
        "modality": modality,
        "modalities": json.dumps(dict(modalities), sort_keys=True),
        "attributed": sum(1 for m in counted if m.get("attributed_to")),
        "told_by": teller(counted, modality),
        "background": all(bool(m.get("background")) for m in counted),
        "evidence": evidence.get("evidence_text"),
        "evidence_article_id": evidence["article_id"], "evidence_event_id": evidence["id"],
    }


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))  # ties: the more specific code
