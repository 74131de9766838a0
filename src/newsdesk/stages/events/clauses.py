"""The events stage: clauses → CAMEO-coded events with PLOVER type, source and target actors,
modality, time, background flag, attribution and evidence.

How it codes: a verb/noun lexicon (lexicons/cameo_verbs.tsv) over the spaCy dependency parse
(coding.py) picks a sentence's triggers here; build.py makes each one's events: actors from
the parse (actors.py), modality (modality.py) and time (time.py).
The stage costs a few milliseconds per article.

Choices worth knowing:
- Framed events are coded once, as CAMEO does: "offered to provide aid" is 033 (intent to
  aid), "refused to meet" 125, "threatened to impose sanctions" 1312; agreeing is itself the
  act, as our hand-coding guidelines code it: "agreed to provide aid" is 057 (coding.AGREED). An appeal or demand
  ("urged Moscow to withdraw") gives the appeal (02x/10x, urger → urged) AND the urged act
  itself with modality "requested".
- Reciprocal events ("A and B met", "Hungarian and Romanian officials agreed") are ONE event:
  the first conjunct is the source, the second the target (when there is no other target of
  another country), marked `plover.reciprocal = true`; a consumer wanting directed dyads
  emits the reverse pair itself.
- Opinion: in a sentence the voice stage marks SUBJ in the author's voice, only events with
  a source actor of a known country and a coded target, told in the past, are kept (an
  actor-verb-actor report), and acts whose modality says they did not happen (hypothetical,
  hedged, negated, requested) with a known doer; the writer's present-tense verdicts ("X is
  helping to unite Y's enemies") are not events.
- Structural rules (refine.py) keep, recode or drop a lexicon hit by its object and clause:
  metaphors, releases of documents, abductions vs confiscations, suicide attacks, slogans,
  visits with nobody visited, irregular violence (18x) vs military force (19x).
- A dateline ("JERUSALEM —", "BIARRITZ, France –") names where the story was filed: its
  places are never an event's actors.
- Events inside a quote's content get `attributed_to` = the quote id, and "we"/"I" there
  resolve to the quote's speaker.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Document, Event
from ...vocab import ASSERTED, PLANNED
from ..actors import NON_STATE, dateline_country
from ..base import datelines, parse_of, stage
from .arguments import is_passive, passive_participle
from .asides import others_dispute
from .anaphora import (condemned_doers, is_interception, mentions, praised_parties,
                       summed_up_doers, victims_of_the_act)
from .confidence import set_confidence
from .default_targets import fill_by_default
from .discourse import (fill_counterparts, one_act, own_act_object, share_sentence_time,
                        summons_purpose)
from .coding import AGREED, AGREEING, find_triggers
from .frames import frame_code
from .frames import FRAME_OF
from .modality import phoned_to
from .lemmas import repair_lemmas
from .refine import forecasts_another, refine
from .self_targets import drop_self_targets
from ...furniture import furniture_line
from .senses import hostile_intent
from .build import MAX_CONJUNCTS, MEDIATION, build_events, parse_depth, violent
from .time import TIME_LABELS, shown_on_record, tense_of
from .verb_acts import settle_target, verb_acts

# voice gives each sentence its author/attributed voice and subjectivity (opinion filter).
NEEDS = ("actors", "quotes", "voice")


@stage("events", needs=NEEDS, adds=("events",))
def events(doc: Document) -> Document:
    """Code every sentence of the parsed document into events. Raises StageError when the
    document was not parsed."""
    parsed = parse_of(doc, "events")
    repair_lemmas(parsed)  # "staged" read as "stag": the lexicon's verbs by their word form
    context = {"last_source": None, "speaker": None,
               "dates": [e for e in parsed.ents if e.label_ in TIME_LABELS],
               "datelines": datelines(doc), "home": _home(doc)}
    coded = []
    for sent in parsed.sents:
        info = doc.sentence_at(_first_char(sent))
        if info is not None and not furniture_line(doc.text, _first_char(sent)):
            # ("READ MORE: ...", "(Photo by ...)": no text of the story, newsdesk/furniture.py)
            coded.append((sent, info, one_act(_sentence_events(doc, sent, info, context), sent)))
    condemned_doers(coded)  # "condemned the attack": on the attack's doer
    praised_parties(coded)  # "welcomed the meeting": for the meeting's sides
    summed_up_doers(doc, coded, context)  # "X closed the border, a move Y condemned": on X
    fill_counterparts(doc, coded, context["datelines"])  # targets named elsewhere
    # "six Germans were among the wounded": the attack's doer, once the counterparts are
    # set (victims abroad make no pair of states the article is about)
    # ("shot down 40 drones" stopped the act: its harm is the attack's)
    told = [event for _, _, found in coded for event in found
            if not is_interception(doc, event)]
    for sent, info, found in coded:
        victims_of_the_act(found, told, info.i, sent)
    for sent, _, found in coded:
        share_sentence_time(found, sent, doc.meta.published)
    # later mentions of an act coded in another sentence ("the attack", anaphora.py)
    article = [event for _, _, found in coded for event in found]
    out: list[Event] = []
    for sent, info, found in coded:
        found += mentions(doc, sent, info, article, found, lambda at: _quote_at(doc, at),
                          context)
        for event in drop_self_targets(found, sent):  # "X, Y and Z condemned them": not X on X
            event.id = f"ev{len(out)}"
            out.append(event)
    fill_by_default(out)  # the acts that still name no one they are done to
    doc.events = out
    set_confidence(doc)  # the learned chance each event is coded right (confidence.py)
    return doc


DATELINE_WEIGHT = 3  # mentions the dateline's state counts as (see _home)


def _home(doc: Document) -> str | None:
    """The state the document names most (at least three mentions, a third of all): where a
    bare "authorities" or "police" with no place in their sentence belong. The state of the
    dateline counts as three mentions: "KADUNA, Nigeria (Reuters) - Gunmen abducted ...",
    "DAMASCUS (AFP) - Security forces ..." are of the place the story is filed from, which
    no entity names (the actors stage skips the dateline), unless the story names another
    state more."""
    counts: dict[str, int] = {}
    filed = dateline_country(doc)
    if filed:
        counts[filed] = DATELINE_WEIGHT
    for ent in doc.entities:
        country = (ent.actor or {}).get("country")
        if country and country not in NON_STATE:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    total = sum(counts.values())
    return best if counts[best] >= 3 and counts[best] * 3 >= total else None


def _first_char(sent) -> int:
    for tok in sent:
        if not tok.is_space:
            return tok.idx
    return sent.start_char


def _quote_at(doc: Document, offset: int):
    """The innermost quote whose content holds the offset: in "the paper said the ministry
    said X", X is the ministry's (reached through the paper's quote, its `via`)."""
    covering = [q for q in doc.quotes
                if (q.content or {}).get("start", 1) <= offset < (q.content or {}).get("end", 0)]
    return min(covering, key=lambda q: q.content["end"] - q.content["start"], default=None)


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
        if child.dep_ == "advcl" and (child.i < token.i or any(m.dep_ == "mark" for m in child.children)):
            continue  # "promised consequences if the US does not agree": a condition ("Speaking in Japan, X called": a circumstance)
        if child.dep_ in ("xcomp", "ccomp", "acomp", "advcl"):
            hit = triggers_by_token.get(child.i)
            if hit is not None:
                return hit
            for grand in child.children:
                if grand.dep_ in ("xcomp", "dobj", "conj") and not _finite_conjunct(child, grand):
                    hit = triggers_by_token.get(grand.i)
                    if hit is not None:
                        return hit
        if child.dep_ == "prep" and child.lower_ in ("for",):
            for grand in child.children:
                hit = triggers_by_token.get(grand.i)
                if hit is not None:
                    return hit
    return None


def _finite_conjunct(comp, grand) -> bool:
    """ "called on X to exercise restraint and offered to mediate": a finite verb the parser
    conjoins to an infinitive is the subject's own second act, not part of what was asked."""
    return grand.dep_ == "conj" and comp.tag_ == "VB" and grand.tag_ in ("VBD", "VBZ", "VBP")


def _empty_intent(frame_tok, by_token: dict, dropped: set[int]) -> bool:
    """ "vowed to attack the rebels", "pledged to storm the airwaves": an intent verb coded
    as an intent to cooperate (03x) whose own complement is an act of hostility (coded as
    that act, planned) or a phrase a rule found to be no event (a metaphor) states no intent
    to cooperate."""
    own = by_token.get(frame_tok.i)
    if own is None or own.token.i != frame_tok.i or not own.code.startswith("03") or \
            FRAME_OF.get(frame_tok.lemma_.lower()) != "intent":
        return False
    for comp in (c for c in frame_tok.children if c.dep_ in ("xcomp", "ccomp")):
        if comp.i in dropped:
            return True
        inner = by_token.get(comp.i)
        if inner is not None and inner.token.i == comp.i and inner.code[:2] >= "10" \
                and frame_code("intent", inner.code) is None:
            return True
    return False


def _frame_tokens(sent):
    return [t for t in sent if t.lemma_.lower() in FRAME_OF and t.pos_ in ("VERB", "ADJ", "AUX")]


def _refined(triggers, doc):
    """The lexicon hits the structural rules keep, with their codes (refine.py)."""
    out = []
    for trig in triggers:
        code = refine(trig, trig.code, doc)
        if code:
            trig.code = code
            out.append(trig)
    return out


def _accord_to_punish(frame_tok, inner) -> str | None:
    """ "The EU agreed to extend its sanctions against Iran": one party agreeing (among its
    own members) to a hostile act (roots 10-20) makes no agreement (057) with the one it
    acts on ("alone"); "the US and Britain agreed to impose sanctions on Moscow" is an
    accord between the two ("among"); None for any other agreeing ("agreed with Seoul to
    impose": a counterpart named; "agreed to share data with X": X is the counterpart)."""
    if frame_tok.lemma_.lower() not in AGREEING or inner.code[:2] < "10" or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in frame_tok.children):
        return None
    subjects = [c for c in frame_tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    return "among" if any(c.dep_ == "conj" for s in subjects for c in s.children) else "alone"


# Frame verbs of the refusal frame that tell a failure, not a refusal.
FAILURE_VERBS = {"fail"}
# Refusal verbs whose infinitive is an act not done ("refused to recognize the result",
# "declined to extend the deal"); "rejected / opposed" take no infinitive of the doer's own.
REFUSING = {"refuse", "decline"}


def _sentence_events(doc, sent, info, context) -> list[Event]:
    found = verb_acts(sent, find_triggers(sent))  # "took the town", "took to the streets"
    triggers = _refined(found, doc)
    # words a lexicon row named and a structural rule then dropped ("storm the airwaves")
    dropped = {t.token.i for t in found} - {t.token.i for t in triggers}
    by_token = {t.token.i: t for t in triggers}
    for t in triggers:
        by_token.setdefault(t.head.i, t)
    for t in triggers:  # "vowed to crush the rebels": a threat, no intent to cooperate
        t.code = hostile_intent(t, doc, by_token) or t.code
    planned: list[tuple] = []  # (trigger, code, frame_token, also_inner)
    consumed: set[int] = set()
    for frame_tok in _frame_tokens(sent):
        if _empty_intent(frame_tok, by_token, dropped):
            consumed.add(frame_tok.i)
            continue
        inner = _inner_trigger(frame_tok, by_token)
        if inner is None or inner.token.i == frame_tok.i:
            continue
        frame = FRAME_OF[frame_tok.lemma_.lower()]
        accord = _accord_to_punish(frame_tok, inner)
        if accord == "alone":
            consumed.add(frame_tok.i)  # the punishment is the act (planned), no accord
            continue
        if accord == "among":  # the accord is between the co-agents (build.py)
            context.setdefault("accords_among", set()).add(frame_tok.i)
        if frame_tok.lemma_.lower() == "call" and phoned_to(frame_tok):
            continue  # "called Putin to demand a ceasefire": a phone call, then the demand
        if frame == "threaten" and frame_tok.lemma_.lower() in ("warn", "caution") and \
                forecasts_another(frame_tok):
            # "officials warned that Iran will attack Israel": a forecast of Iran's act (coded
            # as Iran's, planned, within the warning's quote), not a threat by the officials
            continue
        if frame_tok.lemma_.lower() in FAILURE_VERBS and inner.code[:2] >= "13":
            continue  # "failed to retake the village": the act did not happen (negated),
            # which is no rejection (12) of anything
        code = frame_code(frame, inner.code)
        if not code:
            continue
        if frame == "intent" and code[:2] == "03" and frame_tok.lemma_.lower() in AGREEING:
            code = AGREED  # "agreed to restore ties": the agreeing is the act (coding.AGREED)
        consumed.add(frame_tok.i)
        # the act asked for, or refused, is listed too, requested or negated (the real-news
        # guidelines: "urged Y to withdraw", "refused to sign" list the withdrawal, the
        # signing); what is intended or threatened is only the intent or the threat
        if frame not in ("appeal", "demand") and not (
                frame == "refuse" and frame_tok.lemma_.lower() in REFUSING):
            consumed.add(inner.token.i)
        planned.append((inner, code, frame_tok))
    for trig in triggers:
        if trig.token.i in consumed or trig.head.i in consumed or _means_of(trig, triggers) \
                or own_act_object(trig, triggers) or summons_purpose(trig, triggers):
            continue
        planned.append((trig, trig.code, None))
    if not planned:
        return []
    words = {t.lower_ for t in sent}
    opinion = (info.voice == "author" and (info.subjectivity or {}).get("label") == "SUBJ")
    quote = _quote_at(doc, _first_char(sent))
    events: list[Event] = []
    seen: set[tuple] = set()
    for trig, code, frame_tok in sorted(planned, key=lambda p: parse_depth(p[2] or p[0].head)):
        # not past the words of the quote the sentence opens in ("X struck, the army said,
        # after Russia withdrew": the writer's)
        q = _quote_at(doc, trig.start) or (
            quote if quote is not None and trig.start < quote.content["end"] else None)
        if q is not None and others_dispute(trig.head):
            q = None  # "claimed contacts that their governments later disputed": the writer's
        context["speaker"] = _speaker(q)
        for event in build_events(doc, sent, info, trig, code, frame_tok, context, words, q):
            settle_target(doc, trig, event)  # a pledge's recipient, a crowd's government
            if opinion and not _reported_in_opinion(event, frame_tok or trig.head):
                continue
            # one act read twice (a frame and its inner verb) is one event; the same act on
            # two mentions of the counterpart ("held talks with Doval and met Modi") is two
            # ("met Xi to discuss trade": a meeting and the talk it was for, two words, are
            # two listed acts, as the real-news coders list them)
            key = (event.cameo, (event.source_actor or {}).get("code"),
                   (event.target_actor or {}).get("code"),
                   (event.target_actor or {}).get("start"),
                   trig.token.i if code[:2] == "04" else None)
            if key in seen:
                continue
            seen.add(key)
            events.append(event)
    return _mediated_parties(events)


def _mediated_parties(events: list[Event]) -> list[Event]:
    """Whom a mediation is between, one event per party as for a conjunction:
    - "The AU called on Ethiopia and Eritrea to exercise restraint and offered to mediate":
      an offer with no party named is between the parties its source's other act in the
      sentence names;
    - "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": a mediation
      that names one side or none of a cooperative act (roots 03-08) two others do to each
      other in the sentence is between the two (the parse gives it one of them, or none)."""
    out, seen = [], set()
    for event in events:
        if event.cameo not in MEDIATION or not event.source_actor:
            out.append(event)
            continue
        code = event.source_actor.get("code")
        parties = [e.target_actor for e in events if e is not event and e.target_actor and
                   (e.source_actor or {}).get("code") == code] if not event.target_actor else []
        parties = parties or _sides_of_mediated(event, events)
        for target in parties[:MAX_CONJUNCTS] or [event.target_actor]:
            key = (code, (target or {}).get("code"))
            if key not in seen:
                seen.add(key)
                out.append(replace(event, target_actor=target) if parties else event)
    return out


SETTLED = ("03", "04", "05", "06", "07", "08")  # CAMEO roots of what a mediator brings about


def _sides_of_mediated(mediation: Event, events: list[Event]) -> list[dict]:
    """The two sides of another event of the sentence, when the mediation names one of them
    or none and the mediator is neither."""
    country = (mediation.source_actor or {}).get("country")
    named = (mediation.target_actor or {}).get("country")
    for e in events:
        if e.cameo in MEDIATION or e.cameo[:2] not in SETTLED or not e.source_actor or \
                not e.target_actor:
            continue  # (what is mediated is a deal, talks, a swap or a truce: not a strike)
        sides = [e.source_actor, e.target_actor]
        countries = [a.get("country") for a in sides]
        if country in countries or None in countries or countries[0] == countries[1]:
            continue
        if named is None or named in countries:
            return sides
    return []


def _means_of(trig, triggers) -> bool:
    """ "Protesters were wounded in the police crackdown", "killed by Israeli airstrikes": a
    violent noun that is the means of a passive violent verb's act is that act (the verb's
    event takes its doer from it: actors.passive_participle), not a second event of its own.
    ("The blast killed six people in a Russian attack" keeps both: the attack names the doer
    the active verb's subject does not.)"""
    tok = trig.token
    prep = tok.head
    # "by Russian shelling": the parse may read the gerund as a verb (pcomp), not a noun
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("by", "in") or not violent(trig.code):
        return False
    verb = prep.head
    return (is_passive(verb) or passive_participle(verb)) and any(
        t.token.i == verb.i and violent(t.code) for t in triggers)


def _reported_in_opinion(event: Event, verb) -> bool:
    """In the writer's opinion sentence, an event is kept only as a report: a doer of a known
    country acting on a coded target, and a past (or planned) act, not the writer's
    present-tense verdict. An
    act whose own modality already says it is not a fact (hypothetical, hedged, negated,
    requested: "If Chile does not withdraw, Peru would impose sanctions") is kept with a
    known doer: the filter is there to stop verdicts being coded as acts that happened, and
    such a record claims no happening."""
    src, tgt = event.source_actor or {}, event.target_actor or {}
    if event.modality not in (ASSERTED, PLANNED):
        return bool(src.get("code"))
    # a doer of a known country acting on a coded target: a state, or a group of people
    # ("the navy seized nine smugglers", "police arrested protesters")
    if not (src.get("country") and tgt.get("code")):
        return False
    return _told_tense(verb) != "present" or event.modality == PLANNED or shown_on_record(verb)


def _told_tense(verb) -> str:
    """The tense an act is told in; an act named by a noun, that of the clause it is named in.
    A participle without an auxiliary is no finite present
    (a verdict has one: "X is helping"): as an adjunct ("thwarted an attack, apprehending 26
    pirates and confiscating arms"), read as a clausal subject ("Navy patrolling the gulf
    thwarted an attack") or hung on a noun ("the army shelling the villages killed six") it is
    told in the time of the verb of its clause; misread as
    a sentence's root ("The navy patrolling the gulf on Thursday thwarted an attack") in the
    time of the finite verb under it."""
    while verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
        verb = verb.head  # "Russia's invasion of Ukraine upended ...": its clause's time
    for _ in range(4):
        if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        if verb.dep_ == "ROOT":
            finite = next((c for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp")
                           and c.tag_ in ("VBD", "VBZ", "VBP")), None)
            return tense_of(finite if finite is not None else verb)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and \
                verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i != verb.head.i:
            verb = verb.head.head
            continue
        if verb.dep_ not in ("advcl", "conj", "xcomp", "csubj") or \
                verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    return tense_of(verb)
