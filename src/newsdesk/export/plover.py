"""PLOVER JSON records (one per line), with the field names of the PLOVER manual's data-fields
chapter: id, date, actor, recipient, event, event_text, quad_code, event_scale, mode, context,
text_info, cite_info, coder, coded_date. newsdesk's own findings (modality, background, who
asserts it) go in extra `newsdesk` fields, as the manual allows."""
from __future__ import annotations

from datetime import date, datetime

from .gdelt import event_day, split_actor


def _entity(code: str | None, text: str | None) -> list[dict]:
    if not code and not text:
        return []
    country, types = split_actor(code)
    entity = {"code": country or (types[0] if types else ""), "entity_text": text or ""}
    sectors = types[1:] if not country else types
    if sectors:
        entity["sector"] = sectors[0]
    if len(sectors) > 1:
        entity["sector_other"] = sectors[1:]
    return [entity]


def _listed(value) -> list[str]:
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, (list, tuple)) else [str(value)]


def plover_record(event: dict, coder: str = "newsdesk") -> dict:
    """One PLOVER record from an event row (events-table columns plus article fields)."""
    day, basis = event_day(event)
    record = {
        "id": event.get("merged_id") or f"{event.get('article_id', '')}-{event.get('id', '')}",
        "date": day.isoformat() if day else None,
        "actor": _entity(event.get("source_code"), event.get("source_text")),
        "recipient": _entity(event.get("target_code"), event.get("target_text")),
        "event": _listed(event.get("plover_event")),
        "event_text": _listed(event.get("evidence_text")),
        "quad_code": event.get("quad_class"),
        "event_scale": event.get("goldstein"),
        "mode": _listed(event.get("plover_mode")),
        "context": _listed(event.get("plover_context")),
        # a CAMEO code PLOVER has no type for ("016 deny responsibility") is no PLOVER event
        "has_event": bool(event.get("plover_event")),
        "text_info": {"sequence": event.get("sentence"), "start": event.get("evidence_start"),
                      "end": event.get("evidence_end")},
        "cite_info": {"article_id": event.get("article_id"), "url": event.get("url"),
                      "publisher": event.get("publisher"), "title": event.get("title"),
                      "published": _iso(event.get("published"))},
        "coder": coder,
        "coded_date": _iso(event.get("ingested_at"), date_only=True),
        "newsdesk": {"cameo": event.get("cameo"), "modality": event.get("modality"),
                     "background": bool(event.get("background")),
                     "attributed_to": event.get("attributed_to"),
                     "time": event.get("time_text"), "date_from": basis,
                     "confidence": event.get("confidence"),
                     "mentions": event.get("mentions") or 1,
                     "outlets": event.get("n_sources") or 1},
    }
    return record


def _iso(value, date_only: bool = False):
    if isinstance(value, datetime):
        return value.date().isoformat() if date_only else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value
