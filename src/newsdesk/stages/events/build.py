"""One trigger of a sentence -> its events (`build_events`): the actors on each side (one
event per source/target pair of conjoined parties), the code the actors settle, modality,
time, background, attribution, evidence and the evidence score. clauses.py decides which triggers of
a sentence are coded and calls this for each."""
from __future__ import annotations

from dataclasses import replace

from ...model import Event
from ...vocab import ASSERTED, HYPOTHETICAL, PLANNED, REQUESTED
from ..actors import code_phrase, names_a_country
from .actors import actors_for, capital_hit, co_mediators, not_own_forces, same_actor
from .arguments import is_passive, passive_participle, taking_part
from .implied import (accident, authorities_at, paired_states, released_from_detention,
                      sanctioned_abroad, speaking_party, threatening_speaker,
                      unidentified_attackers, victims_at)
from .discourse import CONFLICT_NOUNS, conflict_toll
from .conditions import supposed_pronoun_doer
from .coding import AGREED, AGREEING, HARMED, SUFFERING_VERBS, agreeing, is_mutual
from .tables import cameo_info, plover_for
from .frames import frame_code, frame_of
from .default_targets import own_state
from .happenings import crowd_event
from .nominal_parties import asked_for
from .asides import charge_answered, relative_clause
from .conditions import conditional_force
from .modality import DENY_VERBS, event_modality
from .actor_rules import (after_actors, intercepted_from, intercepts, overthrown,
                          passive_harm_doer, remember_force)
from .hopes import HOPE_CODE, hoped_betterment, hoped_with
from .senses import own_forces_ordered, thing_ordered
from .swaps import swap_parties
from .mutual_speech import pair_spoke
from .phrase_actors import PLACE_PREPS, resolve_phrase
from .relative_past import past_relative
from .threats import foe_to_pay, speaker_threat
from .verb_acts import FIGHT_NOUNS, fight_pair
from .dates import time_of
from .time import (absolute_past, background_clause, calendar_day_undated, is_old,
                   ongoing_span, perfect_context, tense_of, time_expression)


SAY_VERBS = {"say", "tell", "announce", "state", "add", "declare", "report", "claim", "insist"}
MEDIATION = {"039", "045"}
# Roots of acts between counterparts, most often of two states: intent to cooperate,
# consultation, diplomatic cooperation. (Adding 10-13 and 16 cost PLOVER learn source
# accuracy 0.892 -> 0.884 and realnews learn recall: officials who criticise or threaten are
# mostly of the state their sentence names.)
COUNTERPART_ROOTS = {"03", "04", "05"}
SWAP_VERBS = {"exchange", "swap", "trade"}  # with people as object: a release each way
TOPIC_PREPS = {"over", "about"}
MAX_CONJUNCTS = 8  # "X, Y, Z and W condemned": each a party; a longer list is an enumeration
# The lede's sentences (headline and first) tell the news itself, in any tense: a present
# perfect there ("Russia has invaded Ukraine") is no background (time.perfect_context).
LEDE = 2


def parse_depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


# Words of fighting each other: of the violent acts (CAMEO 19) only these are done by two
# co-agents to each other ("India and China clashed", "the two armies fought a war"); the
# others are one side's ("France and Britain struck targets in Libya" are two strikes on
# Libya, not France striking Britain).
FIGHTING_EACH_OTHER = FIGHT_NOUNS | {"engage", "exchange", "trade", "struggle", "war", "wage"}


DE_ESCALATION = "087"  # CAMEO 087x: halting fire, lifting a siege, demobilising, retreating


def _mutual(code: str, verb, trigger=None) -> bool:
    """Acts two parties do with each other when both are the subject and nobody else is
    named: "X and Y met / signed a pact / clashed" (one reciprocal event). Other acts of
    co-agents are each one's own: "X and Y condemned the attack" are two events, "X and Y
    offered to mediate" needs a third party (mediation, CAMEO 039 and 045, is never mutual),
    "X and Y bombed the town" are two attacks on it (FIGHTING_EACH_OTHER)."""
    if code in MEDIATION:
        return False
    if code[:2] == "19" and not FIGHTING_EACH_OTHER & {
            verb.lemma_.lower(), (trigger if trigger is not None else verb).lemma_.lower()}:
        return False
    return is_mutual(code) or (code[:2] == "03" and verb.lemma_.lower() in AGREEING) or \
        _on_their_relations(verb)


# What lies between two parties: "X and Y restored / cut ties" is done with each other.
RELATION_NOUNS = {"tie", "relation", "relationship", "link"}  # "diplomatic links"


def _on_their_relations(verb) -> bool:
    """The verb's object is the parties' relations ("Ethiopia and Eritrea restored
    diplomatic relations", "the two countries cut ties"): an act on what lies between
    them, so each co-agent is the other's counterpart."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS for c in verb.children)


def _each_other(verb) -> bool:
    """Each co-agent acts on the other: "exchanged / traded accusations", "on each other", "against
    one another", "tit-for-tat"."""
    if verb.lemma_.lower() in ("exchange", "trade", "swap") or taking_part(verb):
        return True  # ... or "are locked in a trade war", "engaged in a war of words"
    words = [t.lower_ for t in verb.subtree]
    pairs = set(zip(words, words[1:]))
    return bool(pairs & {("each", "other"), ("one", "another")}) or "tit" in words or \
        any(_their_shared_border(t) for t in verb.subtree)


def _their_shared_border(tok) -> bool:
    """ "moving troops toward their shared border": the line between the two co-agents, so
    each acts toward the other."""
    return tok.lemma_.lower() in ("border", "frontier", "boundary") and \
        any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) and \
        any(c.dep_ == "amod" and c.lower_ in ("shared", "common") for c in tok.children)


def _place(sent, actor: dict, preps=None) -> bool:
    """The actor is named as a place: the object of "in", "at", "near" ... ("in Gaza"), or
    of one of `preps` (TOPIC_PREPS: "accusations over Kashmir" names the quarrel's topic)."""
    tok = next((t for t in sent if t.idx == actor.get("start")), None)
    while tok is not None and tok.dep_ in ("compound", "det", "amod", "poss") and \
            tok.head.i != tok.i:
        tok = tok.head  # "the G-20 meetings": the phrase's head noun
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in (preps or PLACE_PREPS)


def build_events(doc, sent, info, trig, code, frame_tok, context, words, quote) -> list[Event]:
    """The events of one trigger: one per (source, target) pair when either side is a
    conjunction ("X met Y and Z" is two events, as the CAMEO and PLOVER codebooks count them),
    one reciprocal event for a mutual act of two co-agents ("X and Y met"); none when the
    trigger has no doer it can stand on."""
    verb = frame_tok if frame_tok is not None else trig.head
    noun = trig.token if trig.token.i != trig.head.i else None
    frame = frame_of(frame_tok)
    if frame_tok is not None and frame in ("intent", "refuse", "threaten"):
        sources, targets = actors_for(doc, frame_tok, None, context)
        _, inner_targets = actors_for(doc, trig.head, noun, context, violent(code))
        # ("warned Iran that they would reimpose U.N. sanctions": the one warned, not whose
        # the sanctions are; "threatened to strike Israel": the act's own target)
        if not (frame == "threaten" and targets and _warned_one(frame_tok)):
            targets = inner_targets or targets
    elif frame_tok is not None:  # appeal / demand: the urged party is the target
        sources, targets = actors_for(doc, frame_tok, None, context)
        if not targets:
            _, targets = actors_for(doc, trig.head, noun, context, violent(code))
    else:
        sources, targets = actors_for(doc, trig.head, noun, context, violent(code))
    code, sources, targets, obliged = _said_must(doc, verb, code, sources, targets, context)
    answered = charge_answered(verb, DENY_VERBS) if frame_tok is None else None
    if answered is not None:  # "..., a charge Abu Dhabi denies": aimed at the accuser
        targets = actors_for(doc, answered, None, context)[0] or targets
    if code[:2] in ("18", "19", "20") and sources:  # force is not on one's own forces
        targets = [capital_hit(doc, not_own_forces(doc, sources[0], t)) for t in targets]
    if code[:3] in ("040", "041") and len(sources) < 2 and not targets and pair_spoke(verb):
        return []  # "both leaders spoke" with the two not found: one side of a talk is none
    threat = foe_to_pay(verb, code)
    if threat:  # "Israel will pay a heavy price, X said": the speaker's threat on Israel
        turned = speaker_threat(verb, quote, sources)
        if turned is None:
            return []
        sources, targets = [turned[0]], turned[1]
    pair = paired_states(doc, trig.token) if trig.token.pos_ == "NOUN" and is_mutual(code) \
        else []
    pair = pair or (fight_pair(doc, trig.token) if is_mutual(code) else [])  # "clashes
    # between Indian and Chinese troops": the two parties of its "between" phrase
    if pair:  # "intra-Korean talks", "cross-strait talks": one word names both parties
        sources, targets = pair[:1], pair[1:]
    if code[:2] == "15" and not sources and targets:
        sources, targets = targets[:1], targets[1:]  # "troops were massed": the troops' side
    elif code[:2] == "15" and sources:  # "moving tanks toward ...": forces of no named state
        # are the doer's own, shown, not shown to (see below for those of its own state)
        targets = [t for t in targets if t.get("country") or t.get("sector") not in
                   ("MIL", "COP")]
    reciprocal = agreed = each_way = False
    if trig.token.pos_ == "NOUN" and sources and targets and is_mutual(code) and \
            trig.token.left_edge.idx <= targets[0]["start"] < sources[0]["start"] < trig.token.idx:
        # "India-Pakistan talks": both parties modify the noun; the one named first leads
        sources, targets = targets[:1] + sources[1:], sources[:1] + targets[1:]
    if code == HOPE_CODE and hoped_betterment(trig.token) is not None:
        targets = hoped_with(doc, trig.token, sources, context)
        if not targets:
            return []  # "hoped the talks would succeed": no one to cooperate with
    swapped = swap_parties(doc, trig.token, context) if code.startswith("084") else []
    if swapped:  # "the trade of five prisoners for a soldier": its own phrase's two sides
        sources, targets = swapped[:1], swapped[1:]
    if code.startswith("084") and SWAP_VERBS & {verb.lemma_.lower(), trig.token.lemma_.lower()} \
            and sources and (
            len(sources) > 1 or targets):
        # "Russia and Ukraine swapped prisoners", "Ukraine exchanged prisoners with Russia":
        # each side releases the other's people (the people swapped are no party)
        parties = sources[:2] if len(sources) > 1 else [sources[0], targets[0]]
        sources, targets = parties, parties[1:] + parties[:1]
    elif len(sources) > 1 and not _mutual(code, verb, trig.token) and (
            _each_other(verb) or code.startswith(DE_ESCALATION)) and (
            not targets or _place(sent, targets[0]) or _place(sent, targets[0], TOPIC_PREPS)):
        # ("both sides to stop firing": de-escalation by two sides is towards each other)
        # "X and Y exchanged threats", "slapped tariffs on one another", "traded insults at
        # the UN": each did it to the other, two events (a meeting, done together, stays one
        # reciprocal event below); where they did it is no party
        targets, each_way = sources[1:] + sources[:1], True
    if len(sources) > 1 and frame_tok is None and verb.i in context.get("accords_among", ()):
        targets = []  # "the US and Britain agreed to impose sanctions on Moscow": the accord
        # is between the two; the one their act is aimed at is no party to it (clauses.py)
    if len(sources) > 1 and _mutual(code, verb, trig.token) and (
            not targets or targets[0]["country"] == sources[0]["country"] or
            _place(sent, targets[0])):  # "clashed in Gaza": where, not with whom
        # the party named first is the source, as coders list a mutual act
        first, second = sorted(_two_parties(sources), key=lambda a: a["start"])
        sources, targets, reciprocal = [first], [second], True
        if frame_tok is None and code[:2] == "03" and verb.lemma_.lower() in AGREEING and \
                targets[0]["country"] != sources[0]["country"]:
            # "Washington and Beijing agreed to ...": an agreement concluded (CAMEO 057),
            # which PLOVER still types AGREE (agreeing to a future act), not SUPPORT
            code, agreed = "057", True
    if code in MEDIATION and targets and all(_place(sent, t) for t in targets):
        targets = []  # "offered to mediate talks in Nairobi": the venue is no party
    if code in MEDIATION and sources:  # "has mediated between X and Y alongside Qatar"
        sources = sources + [a for a in co_mediators(doc, verb, context)
                             if a["country"] not in {s.get("country") for s in sources}]
    if len(sources) == 1:  # one actor on both sides ("urging them" read as the urger)
        targets = [t for t in targets if not same_actor(sources[0], t)]
    if code[:2] == "15" and sources and not each_way:  # "placed its forces on alert": the
        # forces shown are the doer's own, no target (the one they are shown to may be named
        # elsewhere)
        targets = [t for t in targets if t.get("country") != sources[0].get("country")]
    source = sources[0] if sources else None
    target = targets[0] if targets else None
    if source and target and source["start"] == target["start"] and not pair:
        return []  # one mention as both sides ("the EU summit"): nobody acts on another
    if source and code[:2] in COUNTERPART_ROOTS and _country_lent_by(doc, source, target, code):
        # "The minister agreed with Macron", "the president's meeting with Abbas": an unnamed
        # official who meets, agrees or cooperates with a named one is of no known state
        # (mostly another one), not of the counterpart's; nor is a visitor of the country
        # visited ("the president's visit to Japan")
        source = sources[0] = dict(source, country=None, code=source.get("sector") or "")
    if target is not None and sanctioned_abroad(doc, code, source, target):
        target = targets[0] = dict(target, country=None, code=target.get("sector") or "")
    if source is None and trig.token.pos_ == "NOUN" and is_mutual(code):
        source = speaking_party(quote, trig.token, target)  # "Trump says talks with X resumed"
    asker = asked_for(verb) if trig.token.i == verb.i and source is not None else None
    if asker is not None and target is None:
        # "Moldova demanded their withdrawal": the act asked for is done for the asker (the
        # real-news guidelines' target of a requested act)
        askers = actors_for(doc, asker, None, context)[0]
        if askers and same_actor(askers[0], source):
            return []  # "their" read as the asker: nobody asks for their own withdrawal
        target = askers[0] if askers else None
        targets = [target] if target else targets
    if trig.token.i == verb.i and verb.pos_ in ("NOUN", "PROPN") and target is None:
        if not crowd_event(verb) or source is None:
            return []  # a nominal event stands only with both sides in its phrase
        # "riots spread from the oil town": a crowd's act naming no one is against its own
        # state (as default_targets.py gives it, before another state of the article can)
        target = own_state(source["country"], start=source["start"], end=source["end"])
        targets = [target]
    if source is None and (target is None or not _sourceless_ok(verb, code)):
        return []
    if source is not None and source.get("country") and not threat:
        # (a threat's source is its speaker: "it" after "it will face consequences" is still
        # the one to pay)
        context["last_source"] = {k: source[k] for k in ("code", "country", "sector", "entity",
                                                         "start")}
    if code[:2] == "10" and (own_forces_ordered(verb, source) or thing_ordered(verb)):
        return []  # "ordered the army to withdraw": the leader's own forces; "ordered
        # preparations to begin": a task, no one's act demanded (senses.py)
    if source is None and (code[:2] in ("18", "19", "20") or code == "1712") and accident(verb):
        return []  # "a bridge collapsed, killing 43 people", "the storm destroyed homes":
        # harm, but no one's act
    if source is None and code[:2] in ("18", "19", "20"):
        source = passive_harm_doer(verb, target, quote, context, info.i)
    if source is None and code[:2] in ("18", "19", "20") and supposed_pronoun_doer(verb):
        return []  # "if they fire at the U.S.": a doer in mind, no unidentified gunmen
    if source is None and code[:2] in ("18", "19", "20") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CONFLICT_NOUNS for c in verb.children):
        return []  # "The war has killed more than 850 civilians": a toll, no one's act
    if source is None and code[:2] in ("18", "19", "20"):
        suffered = trig.token.i != verb.i and verb.lemma_.lower() in SUFFERING_VERBS
        source = unidentified_attackers(doc, verb, context, target if suffered else None)
    elif source is None and (is_passive(verb) or passive_participle(verb)) and (
            code[:2] == "17" or code.startswith("084") and released_from_detention(verb)):
        source = authorities_at(doc, verb, code, context)
    if target and not target.get("sector") and trig.token.lemma_.lower() in HARMED:
        # "six Germans were among the wounded": people of that country, civilians
        target = dict(target, sector="CVL", code=target["code"] + "CVL")
    code = after_actors(trig, code, source, target)
    if code is None:
        return []
    target = intercepted_from(verb, source, target, context, info.i,
                              lambda tok: resolve_phrase(doc, tok, context)) or target
    if not _in_relative_clause(verb) and not intercepts(verb):
        # an aside ("where X have been battling Y") or an interception ("shot down 20
        # drones") is no doer of the harm told next
        remember_force(context, code, source, info.i)
    if source is not None and code[:2] in ("18", "19", "20"):
        # after the code is settled: victims inferred from the place do not make an attack
        # "on civilians" (18x) that the text does not say
        victims = victims_at(doc, verb, source, target, context)
        if targets and target is not None and victims is not target:
            targets[0] = victims  # the victims' own nationality replaces the place's
        target = victims
    code, mod = event_modality(trig, code, frame_tok, frame, noun, verb, words)
    if obliged == "demand" and mod in (PLANNED, HYPOTHETICAL):
        mod = ASSERTED  # "said Tokyo should apologize": the demand is made
    elif obliged == "own" and mod == ASSERTED:
        mod = PLANNED  # "said it must respond": its own resolve, not done yet
    elif obliged == "asked" and mod in (ASSERTED, PLANNED, HYPOTHETICAL):
        mod = REQUESTED  # "said Britain ought to impose sanctions": called for, not done
    if threat:
        mod = ASSERTED  # the threat is made when said (even on a condition: "if it rejects")
    if source and source.get("sector") != "UAF" and conditional_force(verb, code, mod):
        code, mod = "138", ASSERTED  # "we will strike back if attacked": a threat, made
    elif conditional_force(verb, code, mod) and threatening_speaker(quote, source, target):
        # "Trump said Iran would be bombed if it did not agree": force with no doer named,
        # announced on a condition against another state, is the speaker's threat
        source, code, mod = threatening_speaker(quote, source, target), "138", ASSERTED
    tense = "future" if mod == PLANNED else tense_of(verb)
    expr, nominal = time_expression(sent, verb, trig, context["dates"])
    time = time_of(expr, doc.meta.published, tense,  # "that year": one written before
                   [d.text for d in context["dates"] if d.end <= sent.start or
                    (d.start >= sent.start and d.end <= verb.i)])
    if mod == ASSERTED and expr and time.get("relation") == "future" and \
            not (frame == "intent" and (code[:2] == "03" or code == AGREED)):
        mod = PLANNED  # "is sending its minister next week" (an offer made today to mediate
        # next week is made: its time is the offered act's)
    background = background_clause(verb) or conflict_toll(verb) or (
        is_old(time, doc.meta.published, lede=sent.start == 0) and not ongoing_span(verb)) or (
        nominal and absolute_past(time, doc.meta.published)) or (
        info.i >= LEDE and quote is None and not expr and perfect_context(verb)) or (
        info.i >= LEDE and calendar_day_undated(time, doc.meta.published)) or (
        info.i >= LEDE and past_relative(verb))  # "the soldiers who were killed at X"
    start = min(trig.start, frame_tok.idx if frame_tok is not None else trig.start)
    end = max(trig.end, frame_tok.idx + len(frame_tok) if frame_tok is not None else trig.end)
    info_code = cameo_info(code)
    plover = plover_for(info_code.code, mod)
    if reciprocal:
        plover["reciprocal"] = True
    if agreed or agreeing(code, verb.lemma_.lower()):
        plover.update(event="AGREE", mode=None)  # agreeing to a future act (PLOVER)
    score = _evidence_score(trig, source, target, frame_tok, parse_depth(verb),
                            side=mod == REQUESTED or _purpose_clause(verb))
    event = Event(
        id="", cameo=info_code.code, cameo_name=info_code.name,
        quad_class=info_code.quad_class, goldstein=info_code.goldstein, plover=plover,
        source_actor=_public(doc, source), target_actor=_public(doc, target),
        modality=mod, time=time, background=bool(background),
        attributed_to=quote.id if quote is not None else None,
        sentence=info.i, evidence=doc.span(start, end),
        confidence=score, evidence_score=score,  # (confidence.py sets the learned one)
    )
    # the other conjuncts: same act, code, modality and time; a party never acts on itself
    # (conjuncts of one country, "killed soldiers and civilians", add no new dyad)
    # (but two bodies of one state that "traded accusations" each accuse the other, and two
    # bodies of one state that act together, or the two sides a pair noun acted on stands
    # for ("accused both sides": the army and the RSF), each act or are acted on: their
    # codes tell them apart)
    dyad = _codes if each_way or _bodies_of_one_state(sources) or \
        any(t.get("pair") for t in targets) else _dyad
    out, dyads = [event], {dyad(source, target)}
    for s in sources[:MAX_CONJUNCTS] or [source]:
        for t in targets[:MAX_CONJUNCTS] or [target]:
            if dyad(s, t) in dyads or (s and t and s["start"] == t["start"]) or \
                    same_actor(s, t):
                continue
            dyads.add(dyad(s, t))
            out.append(replace(event, source_actor=_public(doc, s), target_actor=_public(doc, t)))
    if code == "170" and not targets:  # "the juntas seized power": each's forces over its
        # own rulers (MIL over GOV, as coders give a coup)
        for s, ev in zip(sources[:MAX_CONJUNCTS] or [source], out):
            if overthrown(trig, s):
                rulers = own_state(s["country"], start=s["start"], end=s["end"])
                ev.target_actor = _public(doc, dict(rulers, code=s["country"] + "GOV",
                                                    sector="GOV"))
                if not s.get("sector"):
                    ev.source_actor = _public(doc, dict(s, code=s["country"] + "MIL",
                                                        sector="MIL"))
    return out


def _bodies_of_one_state(sources: list[dict]) -> bool:
    """Co-agents that are distinct bodies of one state ("the army and the RSF", "the
    government and the rebels"): each is a side of its own, so each gets its events even
    where their country is the same."""
    own = [s for s in sources[:MAX_CONJUNCTS] if s.get("sector") and s.get("country")]
    return len(own) > 1 and len({s["country"] for s in own}) == 1 and \
        len({s["sector"] for s in own}) > 1


def _two_parties(sources: list[dict]) -> list[dict]:
    """The first two co-agents of distinct codes: "Prime Minister Modi and President Xi
    Jinping" may come as the title, the name and the other name (the first two one party)."""
    second = next((s for s in sources[1:] if s.get("code") != sources[0].get("code")), None)
    return [sources[0], second] if second is not None else sources[:2]


def _country_lent_by(doc, source: dict, target: dict | None, code: str) -> bool:
    """Did the source, a phrase naming no state ("the minister"), take its country from the
    target, a named actor (no place) of that country, or, for a visit (CAMEO 042), the
    country visited?"""
    if not target or not target.get("entity") or \
            source.get("entity") or not source.get("country") or \
            source["country"] != target.get("country"):
        return False
    if not target.get("sector") and not (
            code.startswith("042") and names_a_country(doc.text[target["start"]:target["end"]])):
        return False  # (a place is where, no counterpart: "the governor arrived in Lagos")
    return not (code_phrase(doc.text[source["start"]:source["end"]]) or {}).get("country")


def _dyad(source: dict | None, target: dict | None) -> tuple:
    # an international body's country slot is "IGO": the AU and the UN are two parties
    return tuple(((a or {}).get("code") if (a or {}).get("country") == "IGO" else None) or
                 (a or {}).get("country") or (a or {}).get("code") for a in (source, target))


def _codes(source: dict | None, target: dict | None) -> tuple:
    return tuple((a or {}).get("code") for a in (source, target))


def violent(code: str) -> bool:
    """Material conflict (14-20): its victims belong where it happens, not to the attacker."""
    return int(code[:2]) >= 14


def _warned_one(frame_tok) -> bool:
    """ "warned Iran that ...", "threatened Manila with ...": the frame verb names whom it
    threatens as its own object."""
    return any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON")
               for c in frame_tok.children)


def _sourceless_ok(verb, code: str) -> bool:
    """An event with a target but no source is kept when told in the passive ("peacekeepers
    were shipped out") or when it is force or protest, often unattributed ("a roadside bomb
    killed two soldiers"); elsewhere a missing source is mostly a misparse."""
    return is_passive(verb) or int(code[:2]) >= 14


# Modals of obligation: "said Sudan must return", "said Tokyo should apologize", "said Britain
# ought to act"; and the subjects by which a speaker names itself ("Israel said it must
# defend itself": its own resolve, no demand on anyone).
OBLIGATION_MODALS = {"must", "should"}
SELF_SUBJECTS = {"it", "we", "i"}


def _said_must(doc, verb, code, sources, targets, context):
    """(code, sources, targets, how): a reported obligation laid on another ("Russia said
    Sudan must return the helicopter", "Beijing said Tokyo should apologize", "... ought to")
    is a demand ("must", CAMEO 10) or an appeal ("should", "ought to", 02) by the speaker to
    the subject of the modal (how "demand": it is made, so asserted), or where no CAMEO code
    asks for that act ("ought to impose sanctions") the act asked for (how "asked":
    requested); one the speaker lays on itself
    ("it must respond") is its own intent (how "own": planned). how is None elsewhere, and
    nothing changes."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ == "ought" else verb
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if (clause is verb and not aux & OBLIGATION_MODALS) or clause.dep_ != "ccomp" or \
            clause.head.lemma_ not in SAY_VERBS:
        return code, sources, targets, None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS and
                                   c.i < subject.i for c in clause.children):
        return code, sources, targets, None  # "Should Serbia attack, ...": a condition
    if subject is not None and subject.lower_ in SELF_SUBJECTS:
        return code, sources, targets, "own"
    speakers, _ = actors_for(doc, clause.head, None, context)
    # "must" demands (10); "should" and "ought to" appeal for the act (02), as "urged" does
    frame = "demand" if "must" in aux else "appeal"
    framed = frame_code(frame, code) if code else ("100" if frame == "demand" else "020")
    if not speakers:
        return code, sources, targets, None
    if not framed:  # no CAMEO code demands it ("ought to impose sanctions"): asked for
        return code, sources, targets, "asked"
    return framed, speakers, (sources or targets), "demand"


def _in_relative_clause(verb) -> bool:
    """Is the verb inside a relative clause ("the dam, where Turkish-backed factions have
    been battling the SDF")?"""
    return any(relative_clause(tok) for tok in (verb, *verb.ancestors))


def _public(doc, actor: dict | None) -> dict | None:
    if actor is None:
        return None
    if actor.get("by_default"):  # a default (no words of the text name it)
        return {"code": actor.get("code"), "entity": None, "country": actor.get("country"),
                "sector": actor.get("sector"), "from_context": True, "by_default": True}
    return {"code": actor.get("code"), "text": doc.text[actor["start"]:actor["end"]],
            "entity": actor.get("entity"), "country": actor.get("country"),
            "sector": actor.get("sector"), "start": actor["start"], "end": actor["end"]}


def _purpose_clause(verb) -> bool:
    """"blocked roads to press their demands": an infinitive of purpose states a motive."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children)


def _evidence_score(trig, source, target, frame_tok, depth: int, side: bool = False) -> float:
    """Evidence strength (`Event.evidence_score`, 0.05-0.95): a cued lexicon row, both actors,
    the main clause (embedded clauses are more often background or reported conditions), a
    verb (a noun alone names an act in passing). Hand-set; the event's `confidence` is the
    learned model's (confidence.py), which reads this score among its inputs. The 5-class
    sentence classifier is not blended in: it moved the PLOVER learn part's top events by a
    record or two of 130 (classifier.py) and would cost the analysis a tenth of its time."""
    score = 0.45 + (0.15 if trig.cued else 0.0) - 0.07 * max(depth - 1, 0)
    score -= 0.1 if side else 0.0  # a requested act or a motive: not the clause's own event
    if trig.token.i == trig.head.i and trig.token.pos_ == "NOUN":
        score -= 0.1  # an act named by a noun alone ("in its war on"): mentioned in passing
    score += 0.2 if source else 0.0
    score += 0.1 if target else 0.0
    score += 0.05 if frame_tok is not None else 0.0
    return round(max(min(score, 0.95), 0.05), 2)
