"""Every read the CLI and the web show, in one module: articles (paged, filtered, searched),
events, stories, quotes, dyads, counts and errors. Parameterised SQL only: every value reaches
SQL as a parameter, every name is a literal here.

Bad filters raise InputError (the CLI prints one line, the web answers 422). Actor filters
match by prefix of the actor code, so `CHN` matches CHN, CHNGOV and CHNMIL, while `CHNGOV`
matches only the government. A dyad `A:B` is undirected (A→B and B→A); `A>B` keeps one
direction (vocab.parse_dyad). Queries over the corpus tables answer empty on a file that has
none yet (corpus_tables.ready).
"""
from __future__ import annotations

import json
import re

from ..errors import AmbiguousIdError, InputError
from ..vocab import DEFAULT_MODALITY, NOT_HAPPENED
from ..vocab import parse_dyad as _parse_dyad
from ..vocab import ASSERTED
from .corpus_tables import ready
from .database import Store

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]*)?)?)?$")
_HEX = re.compile(r"^[0-9a-f]+$")
MIN_PREFIX = 8  # the shortest article id prefix a lookup accepts (the CLI and reader show 12)
# Merged events ("ev" + 16 hex) and stories ("st" + 14 hex) are found by a prefix too: the
# CLI's event table shows 10 characters ("ev" + 8 hex), so that is the shortest accepted.
_CORPUS_ID = re.compile(r"^(ev|st)[0-9a-f]+$")
MIN_CORPUS_PREFIX = 10
MENTION_FIELDS = ("article_id", "event_id", "copy_of", "title", "publisher", "published", "modality",
                  "attributed_to", "background", "evidence_start", "evidence_end", "evidence_text")
# A merged event counts in a dyad's series (and in the busiest dyads, so that a pair listed
# there always has a series) when it is not only background, not negated or hypothetical,
# (with asserted_only) asserted, and dated: its own date, else its first article's publication
# day (date_basis 'published', counted and shown as such). One with no date at all is left out
# and counted as `undated`; DYAD_LEFT_OUT names every reason an event is left out.
_HAPPENED = ("NOT coalesce(background, false)"
             f" AND coalesce(modality, '{DEFAULT_MODALITY}') NOT IN ({', '.join('?' * len(NOT_HAPPENED))})")
_ASSERTED = f"coalesce(modality, '{DEFAULT_MODALITY}') = '{ASSERTED}'"
_COUNTED = "date IS NOT NULL AND " + _HAPPENED
# Why a merged event of a dyad is not in its series, the first that applies, in this order.
DYAD_LEFT_OUT = ("background", "not_happened", "not_asserted", "undated")


# -- parameters ---------------------------------------------------------------------------------
def parse_dyad(dyad) -> tuple[str, str, bool]:
    """(a, b, directed) from 'A:B' / 'A>B' or a pair/triple; InputError for anything else."""
    try:
        return _parse_dyad(dyad)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def check_date(value: str | None, name: str) -> str | None:
    """The value if it is an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or a datetime), None
    if empty; InputError naming the parameter otherwise."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise InputError(f"{name} must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _dyad_clause(a: str, b: str, directed: bool) -> tuple[str, list]:
    one = "(starts_with(coalesce(source_code, ''), ?) AND starts_with(coalesce(target_code, ''), ?))"
    if directed:
        return one, [a, b]
    return f"({one} OR {one})", [a, b, b, a]


# -- articles -----------------------------------------------------------------------------------
def _article_filters(publisher, since, until, q) -> tuple[str, list]:
    where, params = [], []
    if publisher:
        where.append("a.publisher = ?")
        params.append(publisher)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        # An until date includes the whole day/month: compare on the prefix.
        where.append("left(a.published, ?) <= ?")
        params += [len(until), until]
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
        params += [like, like]
    return ("WHERE " + " AND ".join(where)) if where else "", params


def list_articles(store: Store, publisher: str | None = None, since: str | None = None,
                  until: str | None = None, q: str | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict]]:
    """(total matching, one page of article summaries), newest first, in one query. Each
    summary: id, title, published, publisher, url, authors, language, chars, sentences, quotes,
    events. `q` searches title and text (case-insensitive, literally)."""
    where, params = _article_filters(publisher, since, until, q)
    rows = store.query(
        "WITH page AS (SELECT a.id, a.title, a.published, a.publisher, a.url, a.authors,"
        " a.language, length(a.text) AS chars, count(*) OVER () AS total"
        f" FROM articles a {where}"
        " ORDER BY a.published DESC NULLS LAST, a.title, a.id LIMIT ? OFFSET ?)"
        " SELECT p.*, (SELECT count(*) FROM sentences s WHERE s.article_id = p.id) AS sentences,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = p.id) AS quotes,"
        " (SELECT count(*) FROM events e WHERE e.article_id = p.id) AS events"
        " FROM page p ORDER BY p.published DESC NULLS LAST, p.title, p.id",
        params + [int(limit), int(offset)])
    if rows:
        total = rows[0]["total"]
    else:  # past the last page: count on its own
        total = store.query(f"SELECT count(*) AS n FROM articles a {where}", params)[0]["n"]
    for r in rows:
        del r["total"]
    return total, rows


def get_article(store: Store, id_or_prefix: str) -> dict | None:
    """The article record (the JSON contract) whose id is `id_or_prefix` or starts with it.

    A prefix needs at least MIN_PREFIX hex characters (shorter, or not hex: None). None when
    no article matches; InputError("ambiguous ...") when several do."""
    key = (id_or_prefix or "").strip().lower()
    if len(key) < MIN_PREFIX or not _HEX.match(key):
        return None
    rows = store.query("SELECT id, record FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [key])
    if len(rows) > 1:
        raise AmbiguousIdError(f"ambiguous article id prefix {key!r}: several articles start "
                               "with it (give more characters)")
    return json.loads(rows[0]["record"]) if rows else None


def _full_corpus_id(store: Store, table: str, what: str, id_or_prefix: str) -> str | None:
    """The whole id in `table` (merged_events or stories) that is `id_or_prefix` or the one id
    starting with it (MIN_CORPUS_PREFIX characters at least); None when none does;
    AmbiguousIdError when several do."""
    key = (id_or_prefix or "").strip().lower()
    if not _CORPUS_ID.match(key):
        return None
    if store.query(f"SELECT 1 FROM {table} WHERE id = ?", [key]):
        return key
    if len(key) < MIN_CORPUS_PREFIX:
        return None
    rows = store.query(f"SELECT id FROM {table} WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [key])
    if len(rows) > 1:
        raise AmbiguousIdError(f"ambiguous {what} id prefix {key!r}: several {what}s start with "
                               "it (give more characters)")
    return rows[0]["id"] if rows else None


def publishers(store: Store) -> list[str]:
    return [r["publisher"] for r in store.query(
        "SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL ORDER BY 1")]


def leads(store: Store, article_ids: list[str], chars: int = 480) -> dict[str, str]:
    """The opening of each article's text, by id (for side-by-side story columns)."""
    if not article_ids:
        return {}
    marks = ", ".join("?" * len(article_ids))
    rows = store.query(f"SELECT id, left(text, ?) AS lead FROM articles WHERE id IN ({marks})",
                       [chars, *article_ids])
    return {r["id"]: r["lead"] for r in rows}


def counts(store: Store) -> dict[str, int]:
    """Rows per table (Store.counts: articles, errors, duplicates, sentences, entities, quotes,
    events, input_errors) and the number of distinct publishers."""
    out = store.counts()
    out["publishers"] = store.query("SELECT count(DISTINCT publisher) AS n FROM articles")[0]["n"]
    return out


# -- events -------------------------------------------------------------------------------------
def list_events(store: Store, actor=None, dyad=None, since=None, until=None, cameo=None,
                modality=None, limit=100, offset=0, min_confidence=None) -> list[dict]:
    """Merged events, newest first, each with its `mention_list` (the evidence). `dyad` is
    'A:B', 'A>B' or (a, b[, directed]); `until` is inclusive at the precision given;
    `min_confidence` (0-1) keeps the events whose merged confidence is at least that."""
    if not ready(store):
        return []
    where, params = [], []
    if actor:
        where.append("(starts_with(coalesce(source_code, ''), ?) OR starts_with(coalesce(target_code, ''), ?))")
        params += [actor.upper(), actor.upper()]
    if dyad:
        clause, values = _dyad_clause(*parse_dyad(dyad))
        where.append(clause)
        params += values
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:  # inclusive at the precision given: until=2022-03 keeps all of March
        where.append("substr(date, 1, length(?)) <= ?")
        params += [until, until]
    if cameo:
        where.append("starts_with(cameo, ?)")
        params.append(str(cameo))
    if modality:
        where.append("modality = ?")
        params.append(modality)
    if min_confidence is not None:
        where.append("confidence >= ?")
        params.append(float(min_confidence))
    sql = ("SELECT * FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY date DESC NULLS LAST, sources DESC, id LIMIT ? OFFSET ?")
    events = store.query(sql, params + [int(limit), int(offset)])
    _attach_mentions(store, events)
    return events


def get_event(store: Store, event_id: str) -> dict | None:
    """One merged event with its mention_list, or None. `event_id` is the whole id or a
    unique prefix of it (10+ characters, as `newsdesk events` prints it); AmbiguousIdError
    when several events start with it."""
    if not ready(store):
        return None
    event_id = _full_corpus_id(store, "merged_events", "event", event_id)
    if event_id is None:
        return None
    rows = store.query("SELECT * FROM merged_events WHERE id = ?", [event_id])
    _attach_mentions(store, rows)
    return rows[0] if rows else None


def _decode_modalities(events: list[dict]) -> None:
    for e in events:
        if isinstance(e.get("modalities"), str):
            e["modalities"] = json.loads(e["modalities"])


def _attach_mentions(store: Store, events: list[dict]) -> None:
    _decode_modalities(events)
    for e in events:
        e["mention_list"] = []
        e["said_by"] = None
    if not events:
        return
    by_id = {e["id"]: e for e in events}
    placeholders = ", ".join("?" * len(by_id))
    rows = store.query(
        "SELECT m.merged_id, m.article_id, m.event_id, m.copy_of, a.title, a.publisher, a.published,"
        " e.modality, e.attributed_to, e.background, e.evidence_start, e.evidence_end, e.evidence_text,"
        " coalesce(q.source_name, q.source_text) AS said_by"
        " FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
        " JOIN articles a ON a.id = m.article_id"
        " LEFT JOIN quotes q ON q.article_id = e.article_id AND q.id = e.attributed_to"
        f" WHERE m.merged_id IN ({placeholders}) ORDER BY a.published NULLS LAST, m.article_id, m.event_id",
        list(by_id))
    speakers: dict[str, list[str]] = {}
    for r in rows:
        # said_by: the speaker of the quote the mention is attributed to (None: own voice).
        by_id[r["merged_id"]]["mention_list"].append({**{k: r[k] for k in MENTION_FIELDS},
                                                      "said_by": r["said_by"]})
        if r["said_by"]:
            speakers.setdefault(r["merged_id"], []).append(r["said_by"])
    for merged_id, names in speakers.items():
        # Whose words an event relayed second-hand rests on (every counted mention attributed).
        if by_id[merged_id]["told_by"] == "attributed":
            by_id[merged_id]["said_by"] = "; ".join(dict.fromkeys(names))


# -- stories ------------------------------------------------------------------------------------
_STORY = "SELECT id, label, first_date, last_date, n_articles, n_publishers, keywords FROM stories"


def list_stories(store: Store, limit=100, offset=0) -> list[dict]:
    """Stories, the largest (then the latest) first, each with its articles."""
    if not ready(store):
        return []
    stories = store.query(f"{_STORY} ORDER BY n_articles DESC, last_date DESC NULLS LAST, id"
                          " LIMIT ? OFFSET ?", [int(limit), int(offset)])
    _attach_articles(store, stories)
    return stories


def get_story(store: Store, story_id: str) -> dict | None:
    """One story with its articles and its merged events, or None. `story_id` is the whole
    id or a unique prefix of it (10+ characters); AmbiguousIdError when several match."""
    if not ready(store):
        return None
    story_id = _full_corpus_id(store, "stories", "story", story_id)
    if story_id is None:
        return None
    rows = store.query(f"{_STORY} WHERE id = ?", [story_id])
    if not rows:
        return None
    _attach_articles(store, rows)
    story = rows[0]
    story["events"] = store.query("SELECT * FROM merged_events WHERE story_id = ?"
                                  " ORDER BY sources DESC, mentions DESC, id", [story_id])
    _decode_modalities(story["events"])
    return story


def _attach_articles(store: Store, stories: list[dict]) -> None:
    for s in stories:
        s["articles"] = []
    if not stories:
        return
    by_id = {s["id"]: s for s in stories}
    placeholders = ", ".join("?" * len(by_id))
    rows = store.query(
        "SELECT sa.story_id, a.id, a.doc_id, a.title, a.publisher, a.published, d.duplicate_of"
        " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
        " LEFT JOIN near_duplicates d ON d.article_id = a.id"
        f" WHERE sa.story_id IN ({placeholders}) ORDER BY a.published NULLS LAST, a.id", list(by_id))
    for r in rows:
        by_id[r.pop("story_id")]["articles"].append(r)


# -- dyads --------------------------------------------------------------------------------------
def _counted(asserted_only: bool) -> str:
    return _COUNTED + (f" AND {_ASSERTED}" if asserted_only else "")


def dyad_events(store: Store, a: str, b: str, asserted_only: bool = False) -> list[dict]:
    """The merged events between `a` and `b`, both directions, that count in a dyad series
    (corpus.dyads.dyad_series; _COUNTED: dated, not only background, not negated or
    hypothetical, and asserted with `asserted_only`).
    [{date, date_basis, modality, quad_class, goldstein, mentions}]."""
    if not ready(store):
        return []
    clause, params = _dyad_clause(a.upper(), b.upper(), False)
    return store.query(f"SELECT date, date_basis, modality, quad_class, goldstein, mentions FROM merged_events"
                       f" WHERE {clause} AND {_counted(asserted_only)}", params + list(NOT_HAPPENED))


def dyad_left_out(store: Store, a: str, b: str, asserted_only: bool = False) -> dict[str, int]:
    """How many merged events between `a` and `b` (both directions) a dyad series leaves out,
    by the first reason that applies (DYAD_LEFT_OUT): {background, not_happened (negated or
    hypothetical), not_asserted (hedged, planned or requested, with `asserted_only`; else 0),
    undated (no date of its own and no publication date)}."""
    out = dict.fromkeys(DYAD_LEFT_OUT, 0)
    if not ready(store):
        return out
    clause, params = _dyad_clause(a.upper(), b.upper(), False)
    reason = ("CASE WHEN coalesce(background, false) THEN 'background'"
              f" WHEN coalesce(modality, '{DEFAULT_MODALITY}') IN ({', '.join('?' * len(NOT_HAPPENED))})"
              " THEN 'not_happened'"
              + (f" WHEN NOT {_ASSERTED} THEN 'not_asserted'" if asserted_only else "")
              + " WHEN date IS NULL THEN 'undated' END")
    rows = store.query(f"SELECT {reason} AS reason, count(*) AS n FROM merged_events WHERE {clause}"
                       " GROUP BY 1", list(NOT_HAPPENED) + params)
    for r in rows:
        if r["reason"]:
            out[r["reason"]] = r["n"]
    return out


def busiest_dyads(store: Store, limit=10, asserted_only: bool = False) -> list[dict]:
    """Country pairs with the most merged events that count in a dyad series (undirected):
    [{dyad 'A:B', a, b, events, not_asserted (of those, how many are hedged, planned or
    requested), undated (events of the pair that would count but have no date, not in
    `events`), mentions, goldstein_mean, first_date, last_date}]."""
    if not ready(store):
        return []
    dated = "FILTER (WHERE date IS NOT NULL)"
    return store.query(
        "SELECT least(source_country, target_country) || ':' || greatest(source_country, target_country)"
        " AS dyad, least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,"
        f" count(*) {dated} AS events,"
        f" count(*) FILTER (WHERE date IS NOT NULL AND NOT {_ASSERTED}) AS not_asserted,"
        " count(*) FILTER (WHERE date IS NULL) AS undated,"
        f" sum(mentions) {dated} AS mentions, round(avg(goldstein) {dated}, 3) AS goldstein_mean,"
        " min(date) AS first_date, max(date) AS last_date FROM merged_events"
        " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        f" AND source_country <> target_country AND {_HAPPENED}"
        + (f" AND {_ASSERTED}" if asserted_only else "")
        + f" GROUP BY 1, 2, 3 HAVING count(*) {dated} > 0 ORDER BY events DESC, mentions DESC, dyad LIMIT ?",
        list(NOT_HAPPENED) + [int(limit)])


# -- quotes and errors --------------------------------------------------------------------------
# How a quote's hearer heard it ("told": the speaker told them; "reported": the outlet reports
# the statement), read from the stored record: the quotes table keeps the hearer's name only.
_HEARER_RELATION = (
    "CASE WHEN q.hearer_name IS NOT NULL THEN json_extract_string(a.record, '$.quotes['"
    " || (list_position(json_extract_string(a.record, '$.quotes[*].id'), q.id) - 1)"
    " || '].hearer.relation') END")


def list_quotes(store: Store, speaker=None, limit=100, offset=0) -> list[dict]:
    """Quotes with their speaker and article; `speaker` matches name, text or actor code.

    Each row: article_id, id, kind, speaker, source_text, source_actor, cue, text, via (the
    ids of the quotes it is reported through), hearer (the press it reached us through) and
    hearer_relation ("told" or "reported"), via_speakers (who reported it: the speakers of
    the `via` quotes, the nearest reporter first, e.g. ["the Daily Ledger"]), title,
    publisher, published."""
    where, params = "", []
    if speaker:
        where = ("WHERE (q.source_name ILIKE ? OR q.source_text ILIKE ? OR starts_with("
                 "coalesce(q.source_actor, ''), ?))")
        params = [f"%{speaker}%", f"%{speaker}%", speaker.upper()]
    rows = store.query(
        "SELECT q.article_id, q.id, q.kind, q.source_name AS speaker, q.source_text, q.source_actor,"
        " q.cue_text AS cue, q.content_text AS text, q.via, q.hearer_name AS hearer,"
        f" {_HEARER_RELATION} AS hearer_relation, a.title, a.publisher, a.published"
        f" FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
        " ORDER BY a.published DESC NULLS LAST, q.article_id, q.content_start LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)])
    _attach_via_speakers(store, rows)
    return rows


def _attach_via_speakers(store: Store, rows: list[dict]) -> None:
    """Set each row's via_speakers: the speakers of the quotes it is reported through,
    following `via` outwards (a quote inside a report inside another report), nearest
    first; a quote id is followed once, so a cycle in bad data ends."""
    articles = sorted({r["article_id"] for r in rows if r.get("via")})
    speakers: dict[tuple[str, str], tuple[str | None, list[str]]] = {}
    if articles:
        marks = ", ".join("?" * len(articles))
        for q in store.query("SELECT article_id, id, coalesce(source_name, source_text) AS name,"
                             f" via FROM quotes WHERE article_id IN ({marks})", articles):
            speakers[(q["article_id"], q["id"])] = (q["name"], q["via"] or [])
    for r in rows:
        names, seen, via = [], {r["id"]}, list(r.get("via") or [])
        while via and via[0] not in seen and (r["article_id"], via[0]) in speakers:
            seen.add(via[0])
            name, via = speakers[(r["article_id"], via[0])]
            names.append(name or "an unnamed source")
        r["via_speakers"] = names


def list_errors(store: Store, stage: str | None = None, limit=100, offset=0) -> list[dict]:
    """Error rows, newest first: [{id, input (the source as given), doc_id, article_id (set
    when the article was stored but a stage failed), stage ('input' for inputs that never
    became an article), message, created_at}]; `stage` keeps one stage."""
    where, params = "", []
    if stage:
        where, params = "WHERE stage = ?", [stage]
    return store.query(
        "SELECT id, source AS input, doc_id, article_id, stage, reason AS message, created_at"
        f" FROM errors {where} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)])
