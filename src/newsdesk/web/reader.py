"""The article reader's markup, built from the record's character offsets.

The text is cut at every annotation boundary into pieces; each piece is escaped on its own and
wrapped in one <span> whose classes and tooltip say which annotations cover it (quote, speaker,
cue, belief or stance, event, opinion sentence, loaded word). Beliefs and stances (the record's
`beliefs`: what someone believes, wants or denies, no statement) are marked and listed apart
from the quotes, under their own label. Overlapping annotations therefore never produce
crossed tags, and no article text ever reaches the page unescaped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..vocab import DEFAULT_MODALITY


@dataclass
class Mark:
    start: int
    end: int
    css: str  # one class name
    tip: str = ""  # tooltip line
    ref: str = ""  # id of the quote/event it belongs to (for the side lists)
    badge: str = ""  # a small label drawn after the span's end (the CAMEO code)


@dataclass
class Reading:
    """What the reader template shows: paragraphs of markup, and the side lists."""
    paragraphs: list[Markup]
    quotes: list[dict] = field(default_factory=list)
    beliefs: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    opinion_count: int = 0


def speaker_name(quote: dict) -> str:
    src = quote.get("source") or {}
    return src.get("name") or src.get("text") or "unnamed source"


def holder_name(belief: dict) -> str:
    """Whose belief or stance it is; a belief with no holder is the writer's own hedge, and a
    question with none was put by someone the text does not name."""
    src = belief.get("source") or {}
    unnamed = "an unnamed asker" if belief.get("kind") == "question" else "the writer"
    return src.get("name") or src.get("text") or unnamed


def source_chain(quote: dict, by_id: dict[str, dict]) -> list[str]:
    """Speakers from the outermost reporter inwards, e.g. ['Daily Ledger', 'Tan Kefei']; the
    press a speaker told stands before them ("the ministry told Reuters": ['Reuters', 'the
    ministry']), as the way the words reached us."""
    chain, seen, current = _told(quote), {quote.get("id")}, quote
    while current.get("via"):
        outer = by_id.get(current["via"][0])
        if outer is None or outer.get("id") in seen:
            break
        seen.add(outer.get("id"))
        chain[:0] = _told(outer)
        current = outer
    return chain


def _told(quote: dict) -> list[str]:
    hearer = quote.get("hearer") or {}
    name = hearer.get("name") or hearer.get("text")
    return ([name] if name else []) + [speaker_name(quote)]


def _actor(a: dict | None) -> str:
    if not a:
        return "?"
    return a.get("code") or a.get("text") or "?"


def event_label(e: dict) -> str:
    return (f"{e.get('cameo', '')} {e.get('cameo_name') or ''}: {_actor(e.get('source_actor'))}"
            f" → {_actor(e.get('target_actor'))} ({e.get('modality') or DEFAULT_MODALITY}"
            f"{', background' if e.get('background') else ''})")


def opinion_sentences(record: dict) -> list[dict]:
    """Sentences in the author's own voice that read as subjective."""
    return [s for s in record.get("sentences") or []
            if s.get("voice") == "author" and (s.get("subjectivity") or {}).get("label") == "SUBJ"]


def _valid(span: dict | None, n: int) -> bool:
    return (isinstance(span, dict) and isinstance(span.get("start"), int)
            and isinstance(span.get("end"), int) and 0 <= span["start"] < span["end"] <= n)


def collect_marks(record: dict) -> list[Mark]:
    n = len(record.get("text") or "")
    quotes = record.get("quotes") or []
    by_id = {q.get("id"): q for q in quotes}
    marks: list[Mark] = []
    for s in opinion_sentences(record):
        if _valid(s, n):
            score = (s.get("subjectivity") or {}).get("score")
            tip = "Opinion: the writer's own voice" + (f" (SUBJ {score:.2f})" if isinstance(
                score, (int, float)) else "")
            marks.append(Mark(s["start"], s["end"], "opinion", tip))
    for s in record.get("sentences") or []:
        for w in s.get("loaded") or []:
            if _valid(w, n):
                marks.append(Mark(w["start"], w["end"], "loaded", "Loaded word"))
    for q in quotes:
        chain = source_chain(q, by_id)
        said = f"Quote ({q.get('kind')}) — {speaker_name(q)}" + (
            f"\nSource chain: {' › '.join(chain)}" if len(chain) > 1 else "")
        if _valid(q.get("content"), n):
            marks.append(Mark(q["content"]["start"], q["content"]["end"], "quote", said,
                              ref=f"q:{q.get('id')}"))
        if _valid(q.get("source"), n):
            marks.append(Mark(q["source"]["start"], q["source"]["end"], "speaker",
                              f"Speaker: {speaker_name(q)}", ref=f"q:{q.get('id')}"))
        if _valid(q.get("cue"), n):
            marks.append(Mark(q["cue"]["start"], q["cue"]["end"], "cue", "Attribution cue"))
    for b in record.get("beliefs") or []:
        about = f"Belief ({b.get('kind') or 'belief'}) — {holder_name(b)}" + (
            f", “{b['cue']['text']}”" if (b.get("cue") or {}).get("text") else "")
        if _valid(b.get("content"), n):
            marks.append(Mark(b["content"]["start"], b["content"]["end"], "belief", about,
                              ref=f"b:{b.get('id')}"))
        if _valid(b.get("source"), n):
            marks.append(Mark(b["source"]["start"], b["source"]["end"], "holder",
                              f"Holder: {holder_name(b)}", ref=f"b:{b.get('id')}"))
    tellers = _tellers(record)
    for e in record.get("events") or []:
        if _valid(e.get("evidence"), n):
            teller = tellers.get(e.get("attributed_to"))
            tip = "Event " + event_label(e) + (f"; according to {teller}" if teller else "")
            marks.append(Mark(e["evidence"]["start"], e["evidence"]["end"], "event", tip,
                              ref=f"e:{e.get('id')}",
                              badge=str(e.get("cameo") or "")))
    return marks


def _tellers(record: dict) -> dict[str, str]:
    """Who an event's `attributed_to` names: a quote's speaker or a belief's holder, by id."""
    out = {q.get("id"): speaker_name(q) for q in record.get("quotes") or []}
    out.update((b.get("id"), holder_name(b)) for b in record.get("beliefs") or [])
    return out


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    spans, start = [], 0
    for part in text.split("\n\n"):
        end = start + len(part)
        if part.strip():
            spans.append((start, end))
        start = end + 2
    return spans


def _render_piece(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    piece = escape(text[start:end]).replace("\n", Markup("<br>"))
    active = [m for m in marks if m.start <= start and m.end >= end]
    if not active:
        return Markup(piece)
    classes = " ".join(sorted({m.css for m in active}))
    tips = "\n".join(dict.fromkeys(m.tip for m in active if m.tip))
    refs = " ".join(dict.fromkeys(m.ref for m in active if m.ref))
    return Markup('<span class="{}" title="{}" data-refs="{}">{}</span>').format(
        classes, tips, refs, piece)


def _render_paragraph(text: str, p_start: int, p_end: int, marks: list[Mark]) -> Markup:
    inside = [m for m in marks if m.start < p_end and m.end > p_start]
    cuts = {p_start, p_end}
    for m in inside:
        cuts.update(c for c in (m.start, m.end) if p_start < c < p_end)
    cuts = sorted(cuts)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.append(_render_piece(text, a, b, inside))
        for m in inside:
            if m.badge and m.end == b:
                out.append(Markup('<sup class="badge" title="CAMEO {}">{}</sup>').format(
                    m.badge, m.badge))
    return Markup("").join(out)


def build_reading(record: dict) -> Reading:
    text = record.get("text") or ""
    marks = collect_marks(record)
    paragraphs = [_render_paragraph(text, a, b, marks) for a, b in _paragraph_spans(text)]
    quotes = record.get("quotes") or []
    by_id = {q.get("id"): q for q in quotes}
    quote_rows = [{"id": q.get("id"), "kind": q.get("kind"), "speaker": speaker_name(q),
                   "chain": source_chain(q, by_id), "content": (q.get("content") or {}).get("text"),
                   "cue": (q.get("cue") or {}).get("text")} for q in quotes]
    belief_rows = [{"id": b.get("id"), "kind": b.get("kind") or "belief", "holder": holder_name(b),
                    "content": (b.get("content") or {}).get("text"),
                    "cue": (b.get("cue") or {}).get("text")} for b in record.get("beliefs") or []]
    tellers = _tellers(record)
    event_rows = [dict(e, label=event_label(e),
                       according_to=tellers.get(e.get("attributed_to"), e.get("attributed_to")))
                  for e in record.get("events") or []]
    return Reading(paragraphs, quote_rows, belief_rows, event_rows, len(opinion_sentences(record)))
