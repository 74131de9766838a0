"""The events stage: clauses → CAMEO-coded events with PLOVER type, source and target actors,
modality, time, background flag, attribution and evidence.

How it codes: a verb/noun lexicon (lexicons/cameo_verbs.tsv) over the spaCy dependency parse
(event_coding), actors from the parse (event_actors), modality (event_modality) and time
(event_time). No model at run time: the stage costs a few milliseconds per article.

Choices worth knowing:
- Framed events are coded once, as CAMEO does: "agreed to provide aid" is 033 (intent to
  aid), "refused to meet" 125, "threatened to impose sanctions" 1312. An appeal or demand
  ("urged Moscow to withdraw") gives the appeal (02x/10x, urger → urged) AND the urged act
  itself with modality "requested".
- Reciprocal events ("A and B met", "Hungarian and Romanian officials agreed") are ONE event:
  the first conjunct is the source, the second the target (when there is no other target of
  another country), marked `plover.reciprocal = true`; a consumer wanting directed dyads
  emits the reverse pair itself.
- Opinion: in a sentence the voice stage marks SUBJ in the author's voice, only events with
  both a source and a target actor are kept (an actor-verb-actor structure).
- Events inside a quote's content get `attributed_to` = the quote id, and "we"/"I" there
  resolve to the quote's speaker.
"""
from __future__ import annotations

from ..model import Document, Event
from ..pipeline import stage
from . import event_actors, event_classifier, event_coding, event_modality, event_time

FRAME_VERBS = {
    "intent": {"agree", "offer", "promise", "pledge", "vow", "commit", "volunteer",
               "ready", "willing", "prepared"},
    "appeal": {"urge", "ask", "call", "appeal", "request", "invite", "encourage", "plead",
               "seek"},
    "demand": {"demand", "insist", "press", "push", "pressure", "order"},
    "refuse": {"refuse", "decline", "reject", "fail", "oppose"},
    "threaten": {"threaten", "warn"},
}
FRAME_OF = {lemma: frame for frame, lemmas in FRAME_VERBS.items() for lemma in lemmas}
SAY_VERBS = {"say", "tell", "announce", "state", "add", "declare", "report", "claim", "insist"}


# voice gives each sentence its author/attributed voice and subjectivity (opinion filter).
NEEDS = ("actors", "quotes", "voice")


@stage("events", needs=NEEDS, adds=("events",))
def events(doc: Document) -> Document:
    """Code every sentence of the parsed document into events."""
    if doc.spacy is None:
        return doc
    context = {"last_source": None, "speaker": None,
               "dates": [e for e in doc.spacy.ents if e.label_ in TIME_LABELS]}
    sentences = list(doc.spacy.sents)
    out: list[Event] = []
    for sent in sentences:
        info = doc.sentence_at(_first_char(sent))
        if info is None:
            continue
        for event in _sentence_events(doc, sent, info, context):
            event.id = f"ev{len(out)}"
            out.append(event)
    doc.events = out
    return doc


def _first_char(sent) -> int:
    for tok in sent:
        if not tok.is_space:
            return tok.idx
    return sent.start_char


def _quote_at(doc: Document, offset: int):
    for quote in doc.quotes:
        content = quote.content or {}
        if content.get("start", 1) <= offset < content.get("end", 0):
            return quote
    return None


def _speaker(quote) -> dict | None:
    source = quote.source if quote is not None else None
    actor = (source or {}).get("actor")
    if not actor:
        return None
    return {"code": actor.get("code"), "country": actor.get("country"),
            "sector": actor.get("sector"), "entity": (source or {}).get("entity")}


def _inner_trigger(token, triggers_by_token):
    """The coded event an intent/appeal/... verb frames: its xcomp or ccomp (or theirs)."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "acomp", "advcl"):
            hit = triggers_by_token.get(child.i)
            if hit is not None:
                return hit
            for grand in child.children:
                if grand.dep_ in ("xcomp", "dobj", "conj"):
                    hit = triggers_by_token.get(grand.i)
                    if hit is not None:
                        return hit
        if child.dep_ == "prep" and child.lower_ in ("for",):
            for grand in child.children:
                hit = triggers_by_token.get(grand.i)
                if hit is not None:
                    return hit
    return None


def _frame_tokens(sent):
    return [t for t in sent if t.lemma_.lower() in FRAME_OF and t.pos_ in ("VERB", "ADJ", "AUX")]


def _sentence_events(doc, sent, info, context) -> list[Event]:
    triggers = event_coding.find_triggers(sent)
    by_token = {t.token.i: t for t in triggers}
    for t in triggers:
        by_token.setdefault(t.head.i, t)
    planned: list[tuple] = []  # (trigger, code, frame_token, also_inner)
    consumed: set[int] = set()
    for frame_tok in _frame_tokens(sent):
        inner = _inner_trigger(frame_tok, by_token)
        if inner is None or inner.token.i == frame_tok.i:
            continue
        frame = FRAME_OF[frame_tok.lemma_.lower()]
        code = event_coding.frame_code(frame, inner.code)
        if not code:
            continue
        consumed.add(frame_tok.i)
        if frame not in ("appeal", "demand"):
            consumed.add(inner.token.i)
        planned.append((inner, code, frame_tok))
    for trig in triggers:
        if trig.token.i in consumed or trig.head.i in consumed:
            continue
        planned.append((trig, trig.code, None))
    if not planned:
        return []
    words = {t.lower_ for t in sent}
    opinion = (info.voice == "author" and (info.subjectivity or {}).get("label") == "SUBJ")
    quote = _quote_at(doc, _first_char(sent))
    context["probs"] = (event_classifier.class_probabilities(sent.text) if planned else None)
    events: list[Event] = []
    seen: set[tuple] = set()
    for trig, code, frame_tok in sorted(planned, key=lambda p: _depth(p[2] or p[0].head)):
        q = _quote_at(doc, trig.start) or quote
        context["speaker"] = _speaker(q)
        event = _build(doc, sent, info, trig, code, frame_tok, context, words, q)
        if event is None:
            continue
        if opinion and not (event.source_actor and event.target_actor):
            continue
        key = (event.cameo, (event.source_actor or {}).get("code"),
               (event.target_actor or {}).get("code"))
        if key in seen:
            continue
        seen.add(key)
        events.append(event)
    return events


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _build(doc, sent, info, trig, code, frame_tok, context, words, quote) -> Event | None:
    verb = frame_tok if frame_tok is not None else trig.head
    noun = trig.token if trig.token.i != trig.head.i else None
    frame = event_coding_frame(frame_tok)
    if frame_tok is not None and frame in ("intent", "refuse", "threaten"):
        sources, targets = event_actors.actors_for(doc, frame_tok, None, context)
        _, inner_targets = event_actors.actors_for(doc, trig.head, noun, context)
        targets = inner_targets or targets
    elif frame_tok is not None:  # appeal / demand: the urged party is the target
        sources, targets = event_actors.actors_for(doc, frame_tok, None, context)
        if not targets:
            _, targets = event_actors.actors_for(doc, trig.head, noun, context)
    else:
        sources, targets = event_actors.actors_for(doc, trig.head, noun, context)
    code, sources, targets = _said_must(doc, verb, code, sources, targets, context)
    reciprocal = False
    if len(sources) > 1 and (not targets or targets[0]["country"] == sources[0]["country"]):
        targets, reciprocal = [sources[1]], True
    source = sources[0] if sources else None
    target = targets[0] if targets else None
    if source is None and (target is None or not _sourceless_ok(verb, code)):
        return None
    if source is not None and source.get("country"):
        context["last_source"] = {k: source[k] for k in ("code", "country", "sector", "entity")}
    if frame_tok is not None and frame in ("appeal", "demand"):
        mod = event_modality.modality(frame_tok, None, words)
    else:
        mod = event_modality.modality(trig.token, trig.head if noun is not None else None, words)
    if frame_tok is not None and frame in ("intent",) and mod == "planned":
        mod = "asserted"  # "agreed to visit": the agreeing happened
    if mod == "negated" and _future_aux(verb) and event_coding.frame_code("refuse", code):
        code, mod = event_coding.frame_code("refuse", code), "asserted"  # "will not accept"
    tense = event_time.tense_of(verb)
    if mod == "planned":
        tense = "future"
    expr = _time_expression(sent, verb, trig, context["dates"])
    time = event_time.time_of(expr, doc.meta.published, tense)
    background = (event_time.background_clause(verb) or
                  event_time.is_old(time, doc.meta.published))
    start = min(trig.start, frame_tok.idx if frame_tok is not None else trig.start)
    end = max(trig.end, frame_tok.idx + len(frame_tok) if frame_tok is not None else trig.end)
    info_code = event_coding.cameo_info(code)
    plover = event_coding.plover_for(info_code.code, mod)
    if reciprocal:
        plover["reciprocal"] = True
    return Event(
        id="", cameo=info_code.code, cameo_name=info_code.name,
        quad_class=info_code.quad_class, goldstein=info_code.goldstein, plover=plover,
        source_actor=_public(doc, source), target_actor=_public(doc, target),
        modality=mod, time=time, background=bool(background),
        attributed_to=quote.id if quote is not None else None,
        sentence=info.i, evidence=doc.span(start, end),
        confidence=_confidence(trig, source, target, frame_tok, _depth(verb),
                               _class_probability(context.get("probs"), info_code.code),
                               side=mod == "requested" or _purpose_clause(verb)),
    )


def _sourceless_ok(verb, code: str) -> bool:
    """An event with a target but no source is kept when told in the passive ("peacekeepers
    were shipped out") or when it is force or protest, often unattributed ("a roadside bomb
    killed two soldiers"); elsewhere a missing source is mostly a misparse."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive or int(code[:2]) >= 14


def _future_aux(verb) -> bool:
    return bool({c.lower_ for c in verb.children if c.dep_ == "aux"} &
                {"will", "would", "wo", "shall", "can", "ca"})


def event_coding_frame(frame_tok) -> str | None:
    return FRAME_OF.get(frame_tok.lemma_.lower()) if frame_tok is not None else None


def _said_must(doc, verb, code, sources, targets, context):
    """"Russia said Sudan must return the helicopter": a demand by the speaker on the
    subject of "must"."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "must" not in aux or verb.dep_ != "ccomp" or verb.head.lemma_ not in SAY_VERBS:
        return code, sources, targets
    speakers, _ = event_actors.actors_for(doc, verb.head, None, context)
    framed = event_coding.frame_code("demand", code) if code else "100"
    if not speakers or not framed:
        return code, sources, targets
    return framed, speakers, (sources or targets)


def _public(doc, actor: dict | None) -> dict | None:
    if actor is None:
        return None
    return {"code": actor.get("code"), "text": doc.text[actor["start"]:actor["end"]],
            "entity": actor.get("entity"), "country": actor.get("country"),
            "sector": actor.get("sector"), "start": actor["start"], "end": actor["end"]}


def _class_probability(probs, code: str) -> float | None:
    if not probs:
        return None
    return probs[event_classifier.ROOT_CLASS.get(int(code[:2]), 0)]


def _purpose_clause(verb) -> bool:
    """"blocked roads to press their demands": an infinitive of purpose states a motive."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


def _confidence(trig, source, target, frame_tok, depth: int, agree: float | None,
                side: bool = False) -> float:
    """Evidence strength: a cued lexicon row, both actors, the main clause (embedded clauses
    are more often background or reported conditions), and the sentence classifier's
    probability for the code's 5-class group (models/events_cameo5.json)."""
    score = 0.45 + (0.15 if trig.cued else 0.0) - 0.07 * max(depth - 1, 0)
    score -= 0.1 if side else 0.0  # a requested act or a motive: not the clause's own event
    score += 0.2 if source else 0.0
    score += 0.1 if target else 0.0
    score += 0.05 if frame_tok is not None else 0.0
    if agree is not None:
        score = 0.75 * score + 0.25 * agree
    return round(max(min(score, 0.95), 0.05), 2)


TIME_LABELS = ("DATE", "TIME")


def _time_expression(sent, verb, trig, dates) -> str | None:
    """The DATE entity attached to the event's verb (or its noun trigger), if any."""
    anchors = {verb.i, trig.token.i, trig.head.i}
    best = None
    for ent in dates:
        if not sent.start <= ent.start < sent.end:
            continue
        tok = ent.root
        for _ in range(4):
            if tok.i in anchors:
                best = best or ent
                break
            if tok.head.i == tok.i or (tok.pos_ == "VERB" and tok.i not in anchors):
                break
            tok = tok.head
    if best is None:
        return None
    text = best.text.split(",")[0].strip()
    if best.start > 0 and sent.doc[best.start - 1].lower_ in ("in", "on", "since", "last"):
        text = sent.doc[best.start - 1].text + " " + text
    return text
