"""Queries over the corpus tables (what the CLI and the web API show). Parameterised SQL only.

Actor filters match by prefix of the actor code, so `CHN` matches CHN, CHNGOV and CHNMIL,
while `CHNGOV` matches only the government. A dyad `A:B` is undirected (A→B and B→A);
`A>B` keeps one direction.
"""
from __future__ import annotations

import json

from . import dyads

MENTION_FIELDS = ("article_id", "event_id", "copy_of", "title", "publisher", "published", "modality",
                  "attributed_to", "background", "evidence_start", "evidence_end", "evidence_text")
# Modalities that say the event did not (or may not) happen: left out of dyad counts.
NOT_HAPPENED = ("negated", "hypothetical")


def ready(store) -> bool:
    """True once migration 2 has run on this database (read-only opens of old files)."""
    rows = store.query("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?",
                       ["merged_events"])
    return bool(rows and rows[0]["n"])


def parse_dyad(dyad) -> tuple[str, str, bool]:
    """'CHN:RUS' -> ('CHN', 'RUS', undirected); 'CHN>RUS' -> directed; a pair (a, b) is
    undirected, a triple (a, b, directed) as given."""
    if isinstance(dyad, (tuple, list)) and len(dyad) in (2, 3):
        return str(dyad[0]).upper(), str(dyad[1]).upper(), bool(dyad[2]) if len(dyad) == 3 else False
    for sep, directed in ((">", True), (":", False), ("-", False)):
        if sep in dyad:
            a, b = (part.strip().upper() for part in dyad.split(sep, 1))
            if a and b:
                return a, b, directed
    raise ValueError(f"a dyad is two actor codes as A:B (or A>B for one direction), not {dyad!r}")


def _dyad_clause(a: str, b: str, directed: bool) -> tuple[str, list]:
    one = "(starts_with(coalesce(source_code, ''), ?) AND starts_with(coalesce(target_code, ''), ?))"
    if directed:
        return one, [a, b]
    return f"({one} OR {one})", [a, b, b, a]


def list_events(store, actor=None, dyad=None, since=None, until=None, cameo=None, modality=None,
                limit=100, offset=0) -> list[dict]:
    """Merged events, newest first, each with its `mention_list` (the evidence)."""
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
    sql = ("SELECT * FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY date DESC NULLS LAST, sources DESC, id LIMIT ? OFFSET ?")
    events = store.query(sql, params + [int(limit), int(offset)])
    _attach_mentions(store, events)
    return events


def get_event(store, event_id: str) -> dict | None:
    if not ready(store):
        return None
    rows = store.query("SELECT * FROM merged_events WHERE id = ?", [event_id])
    _attach_mentions(store, rows)
    return rows[0] if rows else None


def _attach_mentions(store, events: list[dict]) -> None:
    for e in events:
        if isinstance(e.get("modalities"), str):
            e["modalities"] = json.loads(e["modalities"])
        e["mention_list"] = []
    if not events:
        return
    by_id = {e["id"]: e for e in events}
    placeholders = ", ".join("?" * len(by_id))
    rows = store.query(
        "SELECT m.merged_id, m.article_id, m.event_id, m.copy_of, a.title, a.publisher, a.published,"
        " e.modality, e.attributed_to, e.background, e.evidence_start, e.evidence_end, e.evidence_text"
        " FROM event_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
        " JOIN articles a ON a.id = m.article_id"
        f" WHERE m.merged_id IN ({placeholders}) ORDER BY a.published NULLS LAST, m.article_id, m.event_id",
        list(by_id))
    for r in rows:
        by_id[r["merged_id"]]["mention_list"].append({k: r[k] for k in MENTION_FIELDS})


def list_stories(store, limit=100, offset=0) -> list[dict]:
    """Stories, the largest (then the latest) first, each with its articles."""
    if not ready(store):
        return []
    stories = store.query("SELECT id, label, first_date, last_date, n_articles, n_publishers, keywords"
                          " FROM stories ORDER BY n_articles DESC, last_date DESC NULLS LAST, id"
                          " LIMIT ? OFFSET ?", [int(limit), int(offset)])
    _attach_articles(store, stories)
    return stories


def get_story(store, story_id: str) -> dict | None:
    """One story with its articles and its merged events."""
    if not ready(store):
        return None
    rows = store.query("SELECT id, label, first_date, last_date, n_articles, n_publishers, keywords"
                       " FROM stories WHERE id = ?", [story_id])
    if not rows:
        return None
    _attach_articles(store, rows)
    story = rows[0]
    story["events"] = store.query("SELECT * FROM merged_events WHERE story_id = ?"
                                  " ORDER BY sources DESC, mentions DESC, id", [story_id])
    for e in story["events"]:
        if isinstance(e.get("modalities"), str):
            e["modalities"] = json.loads(e["modalities"])
    return story


def _attach_articles(store, stories: list[dict]) -> None:
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


def dyad_series(store, a, b, by="month") -> list[dict]:
    """Per period: events by quad class, Goldstein mean and sum, mentions, z-scores and flag.

    Counts merged events that are not only background and not negated or hypothetical,
    in both directions between `a` and `b`.
    """
    if not ready(store):
        return []
    clause, params = _dyad_clause(a.upper(), b.upper(), False)
    placeholders = ", ".join("?" * len(NOT_HAPPENED))
    rows = store.query(
        "SELECT date, quad_class, goldstein, mentions FROM merged_events"
        f" WHERE {clause} AND NOT coalesce(background, false)"
        f" AND coalesce(modality, 'asserted') NOT IN ({placeholders}) AND date IS NOT NULL",
        params + list(NOT_HAPPENED))
    return dyads.series(rows, by)


def busiest_dyads(store, limit=10) -> list[dict]:
    """Country pairs with the most merged events (undirected, background left out)."""
    if not ready(store):
        return []
    return store.query(
        "SELECT least(source_country, target_country) || ':' || greatest(source_country, target_country)"
        " AS dyad, least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,"
        " count(*) AS events, sum(mentions) AS mentions, round(avg(goldstein), 3) AS goldstein_mean,"
        " min(date) AS first_date, max(date) AS last_date FROM merged_events"
        " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country <> target_country AND NOT coalesce(background, false)"
        " GROUP BY 1, 2, 3 ORDER BY events DESC, mentions DESC, dyad LIMIT ?", [int(limit)])


def list_quotes(store, speaker=None, limit=100, offset=0) -> list[dict]:
    """Quotes with their speaker and article; `speaker` matches name, text or actor code."""
    where, params = "", []
    if speaker:
        where = ("WHERE (q.source_name ILIKE ? OR q.source_text ILIKE ? OR starts_with("
                 "coalesce(q.source_actor, ''), ?))")
        params = [f"%{speaker}%", f"%{speaker}%", speaker.upper()]
    return store.query(
        "SELECT q.article_id, q.id, q.kind, q.source_name AS speaker, q.source_text, q.source_actor,"
        " q.cue_text AS cue, q.content_text AS text, q.via, a.title, a.publisher, a.published"
        f" FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
        " ORDER BY a.published DESC NULLS LAST, q.article_id, q.content_start LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)])
