"""Stand-ins for the corpus queries (newsdesk.corpus) over the per-article tables, used only
while the corpus layer is absent: one event per mention, no stories."""
from __future__ import annotations

from ..store import Store

_EVENT_COLS = ("e.article_id, e.id, e.cameo, e.cameo_name, e.quad_class, e.goldstein,"
               " e.plover_event, e.plover_mode, e.source_code, e.source_text, e.target_code,"
               " e.target_text, e.modality, e.time_text, e.time_date, e.background,"
               " e.evidence_text, e.published, e.publisher,"
               " coalesce(e.time_date, left(e.published, 10)) AS date, 1 AS mentions")


def list_events(store: Store, actor=None, dyad=None, since=None, until=None, cameo=None,
                modality=None, limit=100, offset=0) -> list[dict]:
    where, params = [], []
    if actor:
        where.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [actor, actor]
    if dyad:
        a, b = dyad
        where.append("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
                     " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))")
        params += [a, b, b, a]
    if since:
        where.append("coalesce(e.time_date, e.published) >= ?")
        params.append(since)
    if until:
        where.append("left(coalesce(e.time_date, e.published), ?) <= ?")
        params += [len(until), until]
    if cameo:
        where.append("starts_with(e.cameo, ?)")
        params.append(cameo)
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    sql = (f"SELECT {_EVENT_COLS} FROM events e"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY date DESC NULLS LAST, e.article_id, e.id LIMIT ? OFFSET ?")
    return store.query(sql, params + [limit, offset])


def list_stories(store: Store, limit=50, offset=0) -> list[dict]:
    return []


def get_story(store: Store, story_id) -> dict | None:
    return None


def dyad_series(store: Store, a: str, b: str, by: str = "month") -> list[dict]:
    width = {"year": 4, "month": 7, "day": 10}[by]
    return store.query(
        "SELECT left(coalesce(time_date, published), ?) AS period, count(*) AS events,"
        " count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
        " count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,"
        " avg(goldstein) AS goldstein FROM events"
        " WHERE ((starts_with(source_code, ?) AND starts_with(target_code, ?))"
        " OR (starts_with(source_code, ?) AND starts_with(target_code, ?)))"
        " AND coalesce(time_date, published) IS NOT NULL"
        " GROUP BY 1 ORDER BY 1", [width, a, b, b, a])


def list_quotes(store: Store, speaker=None, limit=100, offset=0) -> list[dict]:
    where, params = "", []
    if speaker:
        where = "WHERE (q.source_name ILIKE ? OR q.source_text ILIKE ?)"
        params = [f"%{speaker}%"] * 2
    return store.query(
        "SELECT q.article_id, q.id, q.kind, q.source_text, q.source_name, q.source_actor,"
        " q.cue_text, q.content_text, q.via, a.title, a.publisher, a.published"
        f" FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
        " ORDER BY a.published DESC NULLS LAST, q.article_id, q.id LIMIT ? OFFSET ?",
        params + [limit, offset])


def busiest_dyads(store: Store, limit=10) -> list[dict]:
    return store.query(
        "SELECT least(left(source_code, 3), left(target_code, 3)) AS a,"
        " greatest(left(source_code, 3), left(target_code, 3)) AS b, count(*) AS events,"
        " count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
        " count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict"
        " FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL"
        " AND left(source_code, 3) <> left(target_code, 3)"
        " GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?", [limit])
