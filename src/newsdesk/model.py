"""The document that flows through the stages, and the records it turns into.

Every annotation is a pair of character offsets into `Document.text`, the one clean text;
`text` fields on spans are filled from those offsets when the record is written, so they can
never disagree with the text.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from .vocab import Modality

SCHEMA = "newsdesk.article/1"


def content_id(text: str) -> str:
    """Article id: a hash of the clean text, so re-ingesting the same article adds nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Meta:
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    source: str | None = None  # where it came from: the path or URL as given
    doc_id: str | None = None  # the caller's own id (e.g. the "id" field of a JSONL line)
    # Anything an ingester knows beyond the contract (canonical_url, summary_only, ...).
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sentence:
    i: int
    start: int
    end: int
    voice: str = "author"  # "author" | "attributed"
    subjectivity: dict | None = None  # {label: SUBJ|OBJ, score}
    bias: dict | None = None  # {label: BIASED|NEUTRAL, score}
    checkworthy: float | None = None
    loaded: list[dict] = field(default_factory=list)  # [{start, end, text}]
    tone: float | None = None


@dataclass
class Entity:
    id: str
    start: int
    end: int
    label: str
    name: str  # canonical name (resolved by the actors stage; the surface text until then)
    actor: dict | None = None  # {code, country, sector}
    text: str = ""


@dataclass
class Quote:
    id: str
    kind: str  # "direct" | "indirect" | "mixed" | "block"
    # {start, end, text}; a content in several pieces ('"A," she said, "B."') also has
    # `parts` [{start, end, text}], its start and end run from the first to the last and its
    # text is the parts' words only (`joined_text`)
    content: dict
    source: dict | None = None  # {start, end, text, name, entity, actor}
    cue: dict | None = None  # {start, end, text}
    via: list[str] = field(default_factory=list)
    # The press the statement was made to, through which it reached us ("told [Reuters]",
    # "in an interview with [the BBC]"): {start, end, text, name, entity, actor}. Not in
    # `via`, which holds quotes: the outlet was told, it said nothing.
    hearer: dict | None = None
    # True when the cue says the content is not so ("Beijing denied that its ships rammed the
    # boat", "dismissed reports that ..."): the content is what the speaker rejects, not
    # what it asserts (the events inside it are `negated`, as the events stage reads them)
    denies: bool = False


@dataclass
class Event:
    id: str
    cameo: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: dict  # {event, mode, context}
    source_actor: dict | None  # {code, text, entity}
    target_actor: dict | None
    modality: Modality  # one of vocab.MODALITIES
    time: dict | None  # {text, date, granularity, relation}
    background: bool
    attributed_to: str | None
    sentence: int
    evidence: dict  # {start, end, text}
    # the learned chance the event is coded right (root, source and target country):
    # stages/events/confidence.py; the rules' score where the model is missing
    confidence: float
    # the rules' own score of how strongly the words show the act (a cued trigger, both
    # parties, the main clause, a verb): stages/events/build.py; one of the model's inputs,
    # and what ranks a sentence's events by prominence (evaluate/events.top_event)
    evidence_score: float = 0.0


@dataclass
class Document:
    """One article on its way through the pipeline."""

    text: str
    meta: Meta = field(default_factory=Meta)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # speech acts only
    # Attributions that are no statement, kept apart so that no quote list or attributed_to
    # sees them: kind "belief" (beliefs, intentions, perceptions: "officials fear that ..."),
    # "stance" ("endorsed the senator", "criticized the pact") or "question" (put by someone
    # unnamed: "Asked whether ..., the mayor smiled"; no source). Voice reads them: a sentence
    # reporting a named holder's attitude is not the writer's opinion.
    beliefs: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # [{stage, reason}]
    # Article-level figures beyond the contract (e.g. GDELT-style tone).
    article: dict[str, Any] = field(default_factory=dict)
    # Not part of the record: the spaCy parse, the shared sentence encoder's per-sentence
    # vectors (stages/encoder.py caches them here), and seconds spent per stage.
    spacy: Any = None
    encoded: Any = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.text)

    def span(self, start: int, end: int) -> dict:
        """A {start, end, text} span over the clean text."""
        return {"start": start, "end": end, "text": self.text[start:end]}

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset (sentences are sorted)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def joined_text(text: str, parts: list[dict]) -> str:
    """The text of a span in several `parts` (a quote's content): the parts' words, without
    the narrator's between them ('"We will win," he said, "and soon."' says '"We will win,"
    "and soon."'). The span's `start` and `end` still run from the first part to the last (the
    stretch of text it covers, as readers and scorers use it); the parts are where the words
    are. A gap of nothing but space (the break between the paragraphs of a block quote) is
    kept as it is; any other gap becomes one space."""
    out, end = [], parts[0]["start"]
    for p in parts:
        if p["end"] <= end and out:
            continue  # (a part inside the one before adds no words)
        start = max(p["start"], end)
        gap = text[end:start]
        if out:
            out.append(gap if not gap or gap.isspace() else " ")
        out.append(text[start:p["end"]])
        end = p["end"]
    return "".join(out)


def _fill_span_texts(value: Any, text: str) -> Any:
    """Recompute every {start, end, text} span's text from the offsets (of its `parts`, for a
    span in several parts: `joined_text`)."""
    if isinstance(value, dict):
        out = {k: _fill_span_texts(v, text) for k, v in value.items()}
        if isinstance(out.get("start"), int) and isinstance(out.get("end"), int) and "text" in out:
            parts = out.get("parts")
            out["text"] = joined_text(text, parts) if parts else text[out["start"]:out["end"]]
        return out
    if isinstance(value, list):
        return [_fill_span_texts(v, text) for v in value]
    return value


def to_record(doc: Document) -> dict:
    """The article record: the JSON contract of `newsdesk analyze --json` (DESIGN.md)."""
    meta = asdict(doc.meta)
    extra = meta.pop("extra")
    meta.update({k: v for k, v in extra.items() if k not in meta})
    entities = []
    for e in doc.entities:
        row = asdict(e)
        row["text"] = doc.text[e.start:e.end]
        entities.append(row)
    record = {
        "schema": SCHEMA,
        "id": doc.id,
        "meta": meta,
        "text": doc.text,
        "sentences": [asdict(s) for s in doc.sentences],
        "entities": entities,
        "quotes": [asdict(q) for q in doc.quotes],
        "events": [asdict(e) for e in doc.events],
        "errors": list(doc.errors),
    }
    if doc.article:
        record["article"] = dict(doc.article)
    # Beyond the contract's keys, so readers of "quotes" never see them.
    record["beliefs"] = [asdict(b) for b in doc.beliefs]
    # Entities keep their own order of keys; spans elsewhere get their text from the offsets.
    for key in ("sentences", "quotes", "events", "beliefs"):
        record[key] = _fill_span_texts(record[key], doc.text)
    return record
