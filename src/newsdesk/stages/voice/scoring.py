"""The `voice` stage (`voice`, `voice_linear`; both call `score_voice`): whose voice each
sentence is, and how it speaks.

Per sentence:
- `voice`: "attributed" when the sentence is mostly (>= half its characters) inside quoted
  content (a quote found by the quotes stage whose source is not the writer's "I"/"we", or
  plain quotation marks), or when it carries
  reported speech of a source other than the writer (a quote's cue in the sentence, its
  content overlapping it, its source not "I"/"we"), or a named holder's belief or stance
  (the record's `beliefs`: "Turkey welcomed the deal"); otherwise "author".
- `subjectivity` {label SUBJ|OBJ, score = P(SUBJ)}, `bias` {label BIASED|NEUTRAL, score},
  `checkworthy` P(worth checking), `loaded` word spans: linear models trained by
  training/voice.py (with the encoder, the outlet's sentences take its heads: below) (see features.py for the features and file format); with the encoder,
  SUBJ and check-worthiness are blends whose weight and threshold models/voice_blend.json holds
  (blend_subjectivity, blend_checkworthy: the threshold lands on 0.5).
- In a piece filed under an opinion section (meta section "Opinion", "Op-Ed", "Commentary",
  ...: from a label line of a pasted text, the page's article:section, or the URL's path),
  the writer's sentences get P(SUBJ) under that genre's prior (opinion_prior, measured by
  training/voice_opinion.py); pieces with no section keep the models' own.
- `tone`: GDELT-style (positive - negative words) / words * 100 (tone.py); the article gets
  `doc.article["tone"]` with GDELT V2Tone-like figures.
All models run once per document over all its sentences (batched). By default
(`Options.voice_model = "encoder"`) the shared sentence encoder (encoder.py: a fine-tuned
MiniLM run by onnxruntime) also scores SUBJ, BIASED and check-worthiness on the outlet's own
sentences, and their loaded words (one pass, four heads); the stage then takes about a third of the analysis time (bench/RESULTS.md). `voice_model = "linear"` leaves it out: a few
milliseconds per article, lower scores.
"""
from __future__ import annotations

import functools
import json
import re

import numpy as np

from ...model import Document
from ..base import parse_of, stage
from ..quotes.features import cue_category
from .encoder import load_encoder
from .features import MODELS_DIR, load_model
from .loaded import loaded_spans
from .tone import article_tone, count, sentence_tone

OPINION_PRIOR_FILE = MODELS_DIR / "voice_opinion_prior.json"
# Section labels of opinion pieces: "Opinion", "Op-Ed", "Opinion | Columnists", "Comment is free".
OPINION_SECTION = re.compile(r"\b(opinions?|op-?eds?|editorials?|commentary|comment|columns?|"
                             r"columnists?|letters)\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
WRITER = frozenset({"i", "we", "me", "us"})
ATTRIBUTED_SHARE = 0.5


def _source_text(doc: Document, quote) -> str:
    source = quote.source or {}
    if source.get("text"):
        return source["text"]
    return doc.text[source.get("start", 0):source.get("end", 0)]


def _by_writer(doc: Document, quote) -> bool:
    """"I think ...", "we now know that ...": the writer's own voice, not a source's."""
    return _source_text(doc, quote).strip().lower() in WRITER


def _quoted_spans(doc: Document) -> list[tuple[int, int]]:
    spans = [(q.content["start"], q.content["end"]) for q in doc.quotes
             if q.content and not _by_writer(doc, q)]
    spans += [(m.start(), m.end()) for m in QUOTED.finditer(doc.text)]
    return spans


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Characters of [start, end) inside the union of spans."""
    marks = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and b > start)
    total, reach = 0, start
    for a, b in marks:
        a = max(a, reach)
        if b > a:
            total += b - a
            reach = b
    return total


def _reports_speech(doc: Document, start: int, end: int) -> bool:
    for q in doc.quotes:
        cue, content = q.cue, q.content
        if not cue or not (start <= cue["start"] < end):
            continue
        if not (content["start"] < end and content["end"] > start):
            continue
        if not _by_writer(doc, q):
            return True
    return False


def _reports_attitude(doc: Document, start: int, end: int) -> bool:
    """The sentence reports a named holder's belief or stance ("Turkey, which considers the
    SDF a terrorist group, welcomed the deal", "Officials fear the truce will not hold"): the
    attitude is the holder's, as a quote's words are its speaker's (CheckThat!'s subjectivity
    guidelines count a report of someone's opinion as objective). A belief with no holder
    ("is expected to ...") is the writer's own hedge and stays the writer's, and so does one
    whose holder is no actor or named entity. A stance counts only when its cue is a word of
    attitude (cues.txt category "stance": welcomed, applauded, mocked), not a speech verb
    with a noun object ("Ireland has declared war on money laundering": the writer's
    metaphor)."""
    for b in doc.beliefs:
        cue, source = b.cue, b.source or {}
        if not cue or not (start <= cue["start"] < end):
            continue
        if not (source.get("entity") or source.get("actor")) or _by_writer(doc, b):
            continue
        if b.kind == "belief" or _attitude_cue(doc, cue):
            return True
    return False


def _attitude_cue(doc: Document, cue: dict) -> bool:
    span = doc.spacy.char_span(cue["start"], cue["end"], alignment_mode="expand") \
        if doc.spacy is not None else None
    return span is not None and any(cue_category(t) == "stance" for t in span)


def voice_of(doc: Document, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    if end > start and _covered(start, end, spans) >= ATTRIBUTED_SHARE * (end - start):
        return "attributed"
    if _reports_speech(doc, start, end) or _reports_attitude(doc, start, end):
        return "attributed"
    return "author"


def _sentence_parses(doc: Document, parsed) -> list:
    """The spaCy span of each sentence of the document, from its parse."""
    return [parsed.char_span(s.start, s.end, alignment_mode="expand") or
            parsed.char_span(s.start, s.end, alignment_mode="contract") or parsed[0:0]
            for s in doc.sentences]


def _threshold_at_half(p, t: float) -> np.ndarray:
    """`p` rescaled piecewise linearly so that the threshold t lands on 0.5 (the record's
    contract: >= 0.5 means the positive label; the order of the scores is kept)."""
    p = np.asarray(p, dtype=float)
    return np.where(p < t, 0.5 * p / t, 0.5 + 0.5 * (p - t) / (1 - t))


def blend_subjectivity(linear, encoder, header: dict) -> np.ndarray:
    """P(SUBJ) with the encoder: p = w x the encoder's head + (1 - w) x the linear model, then
    rescaled so that the blend's threshold t lands on 0.5 (as blend_checkworthy). They err on
    different sentences, so the mix can beat either alone. w and t are
    header["subjectivity"]["encoder_weight"] and ["threshold"] (models/voice_blend.json), so
    the stage and the eval read one value. training/voice_blend.py chooses them together on
    out-of-fold scores of the CheckThat! learn part, for the best worst-case macro-F1 over
    SUBJ shares 0.25 / 0.40 / 0.55 (the file has the scores)."""
    w = float(header["subjectivity"]["encoder_weight"])
    t = float(header["subjectivity"]["threshold"])
    return _threshold_at_half(w * np.asarray(encoder) + (1 - w) * np.asarray(linear), t)


@functools.lru_cache(maxsize=1)
def _opinion_odds() -> float:
    """odds(SUBJ share of a writer's sentences in opinion pieces) / odds(the models' training
    share), from models/voice_opinion_prior.json (training/voice_opinion.py says how it is
    measured); 1.0 (no shift) when the file is absent."""
    if not OPINION_PRIOR_FILE.exists():
        return 1.0
    return float(json.loads(OPINION_PRIOR_FILE.read_text(encoding="utf-8"))["odds_ratio"])


def opinion_prior(p, odds: float):
    """P(SUBJ) under a new prior by Bayes' rule (Saerens et al. 2002): the posterior odds times
    the ratio of the prior odds. `p` is an array of probabilities in [0, 1]."""
    p = np.asarray(p, dtype=float)
    return odds * p / (odds * p + (1.0 - p))


def opinion_piece(doc: Document) -> bool:
    """Is the document filed under an opinion section (meta.extra["section"])?"""
    return bool(OPINION_SECTION.search(str(doc.meta.extra.get("section") or "")))


def _label(model, p: float) -> dict:
    """The model's positive or negative label for a score on the record's contract (>= 0.5
    is the positive label: voice_scores puts every score there)."""
    positive = p >= 0.5
    return {"label": model.header["positive" if positive else "negative"], "score": round(p, 4)}


def blend_checkworthy(linear, encoder, header: dict) -> np.ndarray:
    """P(worth checking) with the encoder: p = w x the encoder's head + (1 - w) x the linear
    model, then rescaled piecewise linearly so that the blend's threshold t lands on 0.5 (the
    record's contract: >= 0.5 means worth checking; the order of the scores is kept). w and t
    are header["checkworthy"]["encoder_weight"] and ["threshold"], chosen together on
    out-of-fold scores of the CT24 learn part by training/voice_blend.py (the file has the
    score)."""
    w = float(header["checkworthy"]["encoder_weight"])
    t = float(header["checkworthy"]["threshold"])
    return _threshold_at_half(w * np.asarray(encoder) + (1 - w) * np.asarray(linear), t)


def voice_scores(texts: list[str], parses: list, encoder=None, shared: dict | None = None,
                 encode: list[bool] | None = None) -> dict[str, np.ndarray]:
    """{"subjectivity": P(SUBJ), "bias": P(BIASED), "checkworthy": P(worth checking)} of each
    sentence from the linear models; with `encoder` (the fine-tuned transformer, encoder.py)
    the sentences picked by `encode` (all by default) get SUBJ and check-worthiness blended
    with it and BIASED from its head alone, at the head's own threshold (the linear bias
    model scores 0.716 on BABE's internal test part, the head 0.762). An encoder without a
    check-worthiness head leaves it linear.

    Every score comes back on the record's contract, >= 0.5 meaning the positive label: a
    linear model's own threshold is moved to 0.5 like the encoder's, so one cut serves a
    sentence whichever model scored it."""
    models = {name: load_model(name) for name in ("subjectivity", "bias", "checkworthy")}
    linear = {"subjectivity": models["subjectivity"].proba(texts, parses),
              "bias": models["bias"].proba(texts, shared=shared),
              "checkworthy": models["checkworthy"].proba(texts, shared=shared)}
    scores = {name: _threshold_at_half(p, models[name].threshold) for name, p in linear.items()}
    rows = [k for k in range(len(texts)) if encode is None or encode[k]]
    if encoder is None or not rows:
        return scores
    out = encoder.proba([texts[k] for k in rows])
    # the blends were chosen on the linear models' own probabilities, not the moved ones
    scores["subjectivity"][rows] = blend_subjectivity(linear["subjectivity"][rows],
                                                      out["subjectivity"], encoder.header)
    # BIASED from the head alone, its own threshold moved to 0.5
    scores["bias"][rows] = _threshold_at_half(out["bias"], encoder.threshold("bias"))
    if "checkworthy" in out:
        scores["checkworthy"][rows] = blend_checkworthy(linear["checkworthy"][rows],
                                                        out["checkworthy"], encoder.header)
    return scores


def _voices(doc: Document) -> list[str]:
    """Each sentence's voice, "author" or "attributed" (voice_of)."""
    spans = _quoted_spans(doc)
    return [voice_of(doc, s.start, s.end, spans) for s in doc.sentences]


def prefetch_author_sentences(docs: list[Document]) -> None:
    """The voice stage's batch hook: the encoder scores the author's sentences of all `docs`
    in one pass (VoiceEncoder.prefetch); score_voice then finds them scored."""
    texts = [doc.text[s.start:s.end] for doc in docs
             for s, v in zip(doc.sentences, _voices(doc)) if v == "author"]
    load_encoder().prefetch(texts)


def score_voice(doc: Document, encoder=None) -> Document:
    """Fill each sentence's voice, subjectivity, bias, checkworthy, loaded words and tone, and
    `doc.article["tone"]`; `encoder` (a VoiceEncoder) also scores the author's sentences.
    Raises StageError when the document was not parsed."""
    parsed = parse_of(doc, "voice")
    sents = doc.sentences
    texts = [doc.text[s.start:s.end] for s in sents]
    for s, v in zip(sents, _voices(doc)):
        s.voice = v
    subj_model, bias_model = load_model("subjectivity"), load_model("bias")
    shared: dict = {}  # word and char counts, hashed once for the text models
    # The encoder reads the outlet's own sentences: the writer's opinion and word choice are
    # what the stage is for, and attributed sentences are more than half of a news article's
    # (bench/RESULTS.md, throughput), so this keeps the encoder's cost within the budget.
    # Attributed sentences keep the linear models' scores.
    scores = voice_scores(texts, _sentence_parses(doc, parsed), encoder, shared,
                          encode=[s.voice == "author" for s in sents])
    subj, bias, check = scores["subjectivity"], scores["bias"], scores["checkworthy"]
    if opinion_piece(doc):  # the writer's sentences only: a quote is its speaker's, not the genre's
        author = np.array([s.voice == "author" for s in sents], dtype=bool)
        subj = np.where(author, opinion_prior(subj, _opinion_odds()), subj)
    loaded = loaded_spans([(s.start, t) for s, t in zip(sents, texts)])
    if encoder is not None:  # the outlet's own sentences: the encoder's loaded-word head
        author = [k for k, s in enumerate(sents) if s.voice == "author"]
        found = encoder.loaded([texts[k] for k in author])
        for k, spans in zip(author, found or []):
            loaded[k] = [(sents[k].start + a, sents[k].start + b) for a, b in spans]
    counts = []
    for k, s in enumerate(sents):
        s.subjectivity = _label(subj_model, float(subj[k]))
        s.bias = _label(bias_model, float(bias[k]))
        s.checkworthy = round(float(check[k]), 4)
        s.loaded = [doc.span(a, b) for a, b in loaded[k]]
        counts.append(count(texts[k]))
        s.tone = sentence_tone(counts[-1])
    active = sum(t.pos_ == "VERB" for t in parsed)
    doc.article["tone"] = article_tone(counts, active)
    return doc


VOICE_ADDS = ("voice", "subjectivity", "bias", "checkworthy", "loaded", "tone")


@stage("voice", needs=("quotes",), adds=VOICE_ADDS, prepare=prefetch_author_sentences)
def voice(doc: Document) -> Document:
    """The default: the linear models plus the fine-tuned encoder on the outlet's sentences."""
    return score_voice(doc, load_encoder())


@stage("voice", needs=("quotes",), adds=VOICE_ADDS)
def voice_linear(doc: Document) -> Document:
    """`--voice-model linear`: the linear models only (a few ms per article, lower scores)."""
    return score_voice(doc)
