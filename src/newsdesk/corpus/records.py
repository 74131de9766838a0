"""What the corpus stages read, as plain records, and the rule that ties stories to merged
events (`same_happening`): shared by the full update (update.py) and the incremental one
(incremental.py)."""
from __future__ import annotations

from ..options import CorpusOptions
from ..store import corpus_tables
from .merge import mention_date
from .stories import ENTITY_LABELS, SPECIFIC_LABELS, specifics


def _corpus_options(options) -> CorpusOptions:
    """Accepts CorpusOptions, or the global Options (which may carry a `corpus` field)."""
    if isinstance(options, CorpusOptions):
        return options
    return options.corpus if options is not None else CorpusOptions()


def event_key(row: dict) -> str:
    """An event as a story feature: source country, target country, CAMEO root ('CHN_RUS_04')."""
    return f"{(row['source_code'] or 'x')[:3]}_{(row['target_code'] or 'x')[:3]}_{(row['cameo'] or '')[:2]}"


def load_articles(store, lead_chars: int, ids=None) -> list[dict]:
    """Articles ([{id, title, text, published, publisher, entities, specifics, events}]) in a
    stable order, with the names of their lead entities, the specifics those name
    (stories.specifics) and the keys of their foreground events; all of them, or those of
    `ids`."""
    articles = corpus_tables.article_rows(store, ids)
    entities = corpus_tables.lead_entity_names(store, ENTITY_LABELS, lead_chars, ids)
    labelled: dict[str, list[tuple[str, str]]] = {}
    # One query per group of labels that specifics() reads alike (it needs the label, which
    # lead_entity_names does not return).
    groups: dict[tuple[str, bool], list[str]] = {}
    for label, kind in SPECIFIC_LABELS.items():
        groups.setdefault((kind, label == "DATE"), []).append(label)
    for labels in groups.values():
        for aid, names in corpus_tables.lead_entity_names(store, tuple(labels), lead_chars, ids).items():
            labelled.setdefault(aid, []).extend((labels[0], n) for n in names)
    events: dict[str, list[str]] = {}
    for r in corpus_tables.foreground_event_keys(store, ids):
        events.setdefault(r["article_id"], []).append(event_key(r))
    for a in articles:
        a["entities"] = entities.get(a["id"], [])
        a["specifics"] = specifics(labelled.get(a["id"], ()))
        a["events"] = events.get(a["id"], [])
    return articles


def same_happening(mentions: list[dict], rows: list[dict]) -> list[tuple[str, str]]:
    """Pairs of articles whose mentions of one merged event make them reports of the same
    happening: both actors named, mentions in the foreground, each dated to a day by its own
    text (not by the publication date). A background reference ("since Russia invaded
    Ukraine"), an actor missing or a date taken from the publication date is too weak a
    link to join two stories."""
    by_id = {(r["article_id"], r["id"]): r for r in rows}
    articles: dict[str, set[str]] = {}
    for m in mentions:
        row = by_id.get((m["article_id"], m["event_id"]))
        if row and row.get("source_code") and row.get("target_code") \
                and not row.get("background") and _own_day(row):
            articles.setdefault(m["merged_id"], set()).add(m["article_id"])
    pairs = []
    for ids in articles.values():
        first, *others = sorted(ids)
        pairs += [(first, other) for other in others]
    return pairs


def _own_day(row: dict) -> bool:
    day, granularity, basis = mention_date(row)
    return bool(day) and granularity == "day" and basis == "event"
