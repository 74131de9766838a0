"""Counterparts from the discourse: a dyadic act whose own clause names no target takes the
counterpart the text makes plain elsewhere.

CAMEO acts are between two parties, and news often names the second one only once: "Trump
responded by raising tariffs on $550 billion in goods" (on China, the article's other side),
"We stand together with Turkey ... and pledge our ongoing cooperation" (to Turkey, named in
the same sentence outside the verb's phrase). The parse finds no target and the event is half
a dyad, which no dyad query or export can use. Three places are tried:

0. the act answered: a response (praise, criticism, rejection: CAMEO 05, 11, 12) with no
   target answers the latest act of another state on the responder told in the sentences
   just before ("The US imposed sanctions on Venezuela ... Caracas rejected the measures",
   "A UN mission accused the RSF ... The RSF rejected the findings"): its doer;
1. the sentence: an actor of another state named in it (not the source's own state, not a
   dateline, not the outlet or speaker a quote cites), the nearest to the trigger;
2. the article: the state the source's state is paired with most often in the article's
   fully coded events (at least twice), as its source or its target; not when its own
   bodies face each other as often (a government and its rebels: "Petro suspended talks
   with the ELN"), for then the article is a domestic conflict a foreign state comments
   on, and the doer's open act is not aimed at that commentator.

An actor filled this way keeps the span of the mention it came from and is marked
`from_context`. Events whose source state is unknown are left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Event
from ...vocab import ASSERTED, HEDGED, NEGATED
from ..actors import NON_STATE, code_phrase, in_side_clause, names_a_border
from .ground import separate_acts, share_opponent, withdrawn_from
from .phrase_actors import topic_phrase
from .spans import date_reported_acts, fix_spans
from .modality import phoned_to
from .targets import behalf_phrase, reason_over
from .dates import time_of
from .time import is_duration, is_old

# Two fully coded events of the same pair make a pair the article is about.
MIN_PAIR = 2
BUILDUPS = ("152", "154")  # CAMEO: raise military alert, mobilize or increase armed forces


def fill_counterparts(doc, coded, datelines) -> None:
    """Give target-less events of `coded` ([(sent, info, events)]) a counterpart in place."""
    pairs, actors, home = _article_pairs(coded)
    cited = [(q.source or {}) for q in doc.quotes]
    for at, (sent, info, events) in enumerate(coded):
        for event in events:
            # co-agents ("Egypt and Saudi Arabia offered to mediate"): the same act's other
            # doers are no counterpart of each other
            agents = [(e.source_actor or {}).get("start") for e in events
                      if e.evidence.get("start") == event.evidence.get("start")]
            co_states = {(e.source_actor or {}).get("country") for e in events
                         if e.evidence.get("start") == event.evidence.get("start")}
            source = event.source_actor or {}
            country = source.get("country")
            if not country or country in NON_STATE or not _open_target(event):
                continue
            if event.cameo[:2] in ("01", "09", "17") or event.cameo.startswith("083"):
                continue  # statements ("denied responsibility") need no counterpart; an
                # inquiry or an arrest ("arrested three suspects", "ordered an inquiry") falls
                # on whom its clause names, not on the state the article pairs with the doer;
                # a leader who steps down or yields to demands (083) yields to those at home
                # who asked, not to a state named nearby ("resigned and fled to India")
            partner = _partner(pairs, actors, country, home[country])
            if partner is not None and partner.get("country") in co_states:
                partner = None  # "both sides opposed any attempt": allies, not each other's
            # (not for a show of force, 15: the bodies of the doer's own state that it shows,
            # "deployed 10,000 National Guard troops", are no one it acts on, build.py)
            found = _answered(coded, at, event, country, co_states) or \
                _in_sentence(doc, sent, event, country, datelines, cited, agents) or \
                partner or (None if event.cameo[:2] == "15" else _in_sentence(
                    doc, sent, event, country, datelines, cited, agents, domestic=True))
            if found is not None:
                event.target_actor = dict(found, from_context=True)


ANSWER_ROOTS = ("05", "11", "12")  # praise or welcome, criticize or condemn, reject
ANSWER_SPAN = 2  # the act answered is told in this sentence or the two before it


def _answered(coded, at: int, event: Event, country: str, co_states: set) -> dict | None:
    """The doer of the act a target-less response answers (module note, 0), or None: the
    state itself (or the whole body of no state: "IGOUNO"), its organ not being said. Not a
    co-agent of the response ("both countries rejected": no answer to each other)."""
    if event.cameo[:2] not in ANSWER_ROOTS:
        return None
    start = event.evidence.get("start") or 0
    for _, _, events in reversed(coded[max(0, at - ANSWER_SPAN):at + 1]):
        for other in reversed(events):
            src, tgt = other.source_actor or {}, other.target_actor or {}
            if (other.evidence.get("start") or 0) >= start or other.cameo[:2] in ("01", "02") \
                    or tgt.get("country") != country or src.get("country") in (None, country) \
                    or src.get("country") in co_states:
                continue
            return _bare(src) if src["country"] not in NON_STATE else dict(src)
    return None


def _open_target(event: Event) -> bool:
    """No target, or an unnamed one ("them", "the administration") resolved to the source
    itself ("We're talking to them", "officials reached out to the administration"): a
    pronoun or title that the parse pinned on the doer, which a counterpart named in the
    text replaces."""
    target = event.target_actor
    if not target:
        return True
    return target.get("entity") is None and \
        target.get("code") == (event.source_actor or {}).get("code")


def _article_pairs(coded):
    pairs: Counter = Counter()
    actors: dict[str, dict] = {}
    home: Counter = Counter()  # events between two bodies of one state, by state
    for _, _, events in coded:
        for event in events:
            src, tgt = event.source_actor or {}, event.target_actor or {}
            a, b = src.get("country"), tgt.get("country")
            if a and a == b and src.get("sector") and tgt.get("sector") and \
                    src.get("sector") != tgt.get("sector"):
                home[a] += 1
            if not a or not b or a == b or a in NON_STATE or b in NON_STATE:
                continue
            if src.get("sector") == "UAF":
                continue  # attackers no one has named ("six Germans were among the
                # wounded") act for no state: their victims' state is no counterpart
            pairs[frozenset((a, b))] += 1
            for actor in (src, tgt):
                actors.setdefault(actor["country"], actor)
    return pairs, actors, home


def _partner(pairs: Counter, actors: dict, country: str, at_home: int) -> dict | None:
    best = [(n, sorted(pair)) for pair, n in pairs.items() if country in pair and n >= MIN_PAIR]
    if not best:
        return None
    n, pair = max(best)
    if at_home >= n:
        return None  # a domestic conflict first (module note)
    other = pair[0] if pair[1] == country else pair[1]
    if sum(1 for m, _ in best if m == n) > 1:
        return None  # two pairs as frequent: the text does not say which
    return _bare(actors[other])


def _in_sentence(doc, sent, event: Event, country: str, datelines, cited, agents=(),
                 domestic: bool = False) -> dict | None:
    """The actor of another state named in the sentence nearest the trigger; `domestic`:
    one of the source's own state but another sector ("issued an order telling the
    Pentagon": the government to the military), tried last."""
    at = event.evidence.get("start", sent.start_char)
    source = event.source_actor or {}
    found = []
    settings = _setting_spans(sent)
    for ent in doc.entities:
        actor = ent.actor or {}
        other = actor.get("country")
        if not (sent.start_char <= ent.start < sent.end_char) or not other:
            continue
        if other in NON_STATE or actor.get("sector") == "JRN" or ent.start in agents:
            continue  # (JRN: an outlet reports, it is no party; MED is health in PLOVER)
        if domestic and (other != country or actor.get("sector") in (None, source.get("sector"))
                         or source.get("start", -1) <= ent.start < source.get("end", -1)):
            continue
        if not domestic and other == country:
            continue
        if any(a <= ent.start < b for a, b in datelines + settings):
            continue
        if (names_a_border(doc, ent) and event.cameo not in BUILDUPS) or \
                in_side_clause(doc, ent, at):
            continue  # "near the border with Sudan", "where China is building a port"; but
            # troops massed "on the border with Ukraine" are a buildup aimed at Ukraine (a
            # patrol "near the border with Sudan" is where it happens)
        if any(c.get("start", -1) <= ent.start < c.get("end", -1) for c in cited):
            continue  # "according to Turkish media", "Russia's foreign ministry said"
        found.append((abs(ent.start - at), ent))
    if not found:
        return None
    ent = min(found, key=lambda f: f[0])[1]
    return {"code": ent.actor.get("code") or ent.actor.get("country"), "text": ent.text or
            doc.text[ent.start:ent.end], "entity": ent.id, "country": ent.actor.get("country"),
            "sector": ent.actor.get("sector"), "start": ent.start, "end": ent.end}


# Prepositions that date an act by another one ("days before a visit by the US defence
# secretary"), and the acts such a phrase names: their parties are no counterpart of the act.
SETTING_PREPS = {"before", "after", "during", "ahead", "amid", "amidst", "since", "until"}
MARKER_ACTS = {"visit", "trip", "tour", "summit", "meeting", "talk", "election", "vote",
               "ceremony", "inauguration", "speech", "arrival", "conference", "parade",
               "anniversary", "holiday"}


def _setting_spans(sent) -> list[tuple[int, int]]:
    """Character spans of the sentence's setting phrases that name another act as a time
    ("before a visit by", "ahead of talks with", "during a summit of")."""
    spans = []
    for tok in sent:
        if tok.lower_ not in SETTING_PREPS or tok.dep_ not in ("prep", "advmod"):
            continue
        sub = list(tok.subtree)
        if any(t.dep_ == "pobj" and t.lemma_.lower() in MARKER_ACTS for t in sub):
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
    return spans + _topic_spans(sent)


def _topic_spans(sent) -> list[tuple[int, int]]:
    """What a document or an inquiry the sentence names is about ("rejected a report on the
    withdrawal from Afghanistan"): its places and states are no counterpart either."""
    spans = []
    for tok in sent:
        if topic_phrase(tok):
            sub = list(tok.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
        elif behalf_phrase(tok):  # "in support of Ukraine": whom it is for
            sub = list(tok.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
        elif tok.dep_ == "prep" and any(reason_over(g) for g in tok.children):
            # "cut ties over the war in Gaza": where the reason happened is no counterpart
            # (its doer may be: "over Russia's invasion", "over strikes by Israel")
            spans.extend((t.idx, t.idx + len(t)) for t in tok.subtree
                         if t.dep_ == "pobj" and t.head.lower_ in PLACE_OF_REASON)
    return spans


# Prepositions naming where or on whom a reason's act fell ("the war in Gaza", "the attack
# on Ukraine"), not who did it.
PLACE_OF_REASON = {"in", "on", "of", "against", "across", "inside"}


def _bare(actor: dict) -> dict:
    """The counterpart as the state itself: which of its organs is meant is not said."""
    return dict(actor, code=actor["country"], sector=None)


VIOLENCE = ("18", "19", "20")


def one_act(events: list[Event], sent=None) -> list[Event]:
    """One attack told with several verbs of harm ("blew himself up, killing ten people and
    wounding 15 others", "the attack killed one man and wounded a woman") is one event, as
    CAMEO and the real-news guidelines count acts: a later violent event of the sentence
    with the same doer's state and the same victims' state (or none named) is dropped; the
    kept one takes a victim it lacked. Victims of another state stay a separate event.
    (A meeting and the talk it was held for, "met X to discuss Y", stay two events: merging
    them, as CAMEO counts acts, cost a matched event on the realnews internal-test part,
    whose coders list both; measured 2026-12-03 and reverted.)"""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _same_attack(k, event, sent)), None)
        if twin is None:
            share_opponent(kept, event)
            withdrawn_from(event, sent)
            kept.append(event)
        elif twin.target_actor is None and event.target_actor is not None:
            twin.target_actor = event.target_actor
    return kept


def _same_attack(a: Event, b: Event, sent=None) -> bool:
    if a.cameo[:2] not in VIOLENCE or b.cameo[:2] not in VIOLENCE:
        return False
    if separate_acts(a, b):  # "controlled the highway, cutting off a supply route"
        return False
    doer = (a.source_actor or {}).get("country")
    if doer is None or doer != (b.source_actor or {}).get("country"):
        return False  # an unknown doer may be two ("shot by a guard before blowing up")
    if _own_doer_after(a, b, sent):
        return False
    if a.attributed_to != b.attributed_to:
        # "The RSF seized the town, and witnesses said the group killed civilians": what the
        # writer tells and what a source reports are told apart, as two acts
        return False
    ta, tb = (a.target_actor or {}).get("country"), (b.target_actor or {}).get("country")
    # civilians a phrase names by nationality ("nine of whom were German") and civilians
    # known only by the place ("wounding 15 others") are one attack's victims
    return ta == tb or ta is None or tb is None or \
        {_civilians_by(a.target_actor), _civilians_by(b.target_actor)} == {"nationality", "place"}


def _own_doer_after(a: Event, b: Event, sent) -> bool:
    """A participle after the first act with a doer of its own written between them ("The
    army raided the camp, its fighters killing two guards"): another act by another party,
    not the first act told again ("blew himself up, killing ten"). A doer the first act
    shares, one written before it ("50 people were killed or wounded"), or one only implied
    (no words) is no such phrase."""
    first, then = a.source_actor or {}, b.source_actor or {}
    start, end = then.get("start"), then.get("end")
    if start is None or end is None or end <= start or start == first.get("start") \
            or start < (a.evidence or {}).get("end", start + 1):
        return False
    at = (b.evidence or {}).get("start")
    verb = next((t for t in sent if t.idx == at), None) if sent is not None else None
    return verb is not None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "conj") \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.idx == start or
                c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx == start
                for c in verb.children)


def _civilians_by(actor: dict) -> str | None:
    """How civilian victims' state is known: "nationality" (their words name it), "place"
    (a sector word, "15 others", took the place's); None for any other target."""
    if actor.get("sector") != "CVL" or actor.get("entity") is not None:
        return None
    named = (code_phrase(actor.get("text") or "") or {}).get("country") == actor["country"]
    return "nationality" if named else "place"


TEMPORAL = {"after", "before", "since", "until", "following", "when", "while", "as"}


def _clause_of_time(tok, markers):
    """The index of the clause of time the token sits in (an adverbial clause or a phrase
    opened by one of `markers`: "since Russia invaded ...", "after troops clashed ..."), or
    None."""
    for _ in range(8):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.dep_ in ("advcl", "pcomp", "pobj") and (
                any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in tok.children)
                or tok.head.lower_ in markers):
            return tok.i
        tok = tok.head
    return None


def _time_clause(tok):
    """The clause of another time the token sits in ("since Russia invaded ..."); a clause
    of the same time ("as police raided ...", "when") is its main clause's (None)."""
    return _clause_of_time(tok, TEMPORAL - AT_SAME_TIME)


def _temporal_clause(sent, event: Event) -> bool:
    """The event's trigger sits in a clause of time ("weeks after the US imposed sanctions",
    "since Russia invaded"): that clause has its own time, and gives none to the rest."""
    return _clause_of_time(_token_at(sent, event), TEMPORAL) is not None


# Clause words that put their act before or at the time of the act they hang on.
NOT_LATER = {"after", "following", "since", "when", "while", "as", "once"}
AT_SAME_TIME = {"when", "while", "as"}


def _token_at(sent, event: Event):
    at = event.evidence.get("start")
    return next((t for t in sent if t.idx == at), None)


def _before_background(events: list[Event], sent) -> None:
    """ "Henry resigned in April 2024 after gangs blocked his return": an act in an
    "after / when / since" clause of a dated background act happened no later than it, so
    it is background too (and, in a "when / while / as" clause, at its time). An
    undated "after" clause of today's news ("fell after China raised tariffs") is left
    alone: only a background act with a written date passes its past on."""
    for event in events:
        if event.background or (event.time or {}).get("text") or \
                event.modality not in (ASSERTED, NEGATED, HEDGED):
            continue
        tok = _token_at(sent, event)
        word = next((c.lower_ for c in tok.children if c.dep_ == "mark"), None) \
            if tok is not None and tok.dep_ == "advcl" else None
        if word not in NOT_LATER:
            continue
        main = next((e for e in events if e is not event and e.background and
                     (e.time or {}).get("date") and
                     getattr(_token_at(sent, e), "i", None) == tok.head.i),
                    None)
        if main is not None:
            event.background = True
            if word in AT_SAME_TIME:
                event.time = dict(main.time)


def share_sentence_time(events: list[Event], sent=None, published: str | None = None) -> None:
    """"Last year, Carter ended the ban, allowing them to serve openly": one time expression
    dates the whole sentence's account. When exactly one time is written in the sentence,
    its undated past or present events take it and its background flag; planned,
    hypothetical and requested acts keep their own (they lie elsewhere in time). Then
    distances and spans ("a week after", "has not ... since 2023") are fixed (spans.py)."""
    date_reported_acts(events, sent, published)
    _share_time(events, sent)
    _date_of_the_sentence(events, sent, published)
    fix_spans(events, sent, published)


NOUN_DATE_DEPS = ("compound", "nummod", "amod", "poss", "nmod")
# A calendar year in a date's words: the date is absolute ("in June 2020", "In 2019,").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _date_of_the_sentence(events: list[Event], sent, published: str | None) -> None:
    """"In 2019, the ELN's bombing of a police academy ... led Duque to break off talks",
    "troops fought in the Galwan Valley in June 2020, a clash that killed 20 soldiers": when
    the sentence writes exactly one calendar date and no act of it is dated otherwise, its
    undated acts that happened (asserted, negated or hedged, not told as to come) are of that
    date, and background when it is old."""
    if sent is None:
        return
    # (not a date of a noun's own, "over the 2013 attack": that act's, not the sentence's)
    dates = [ent for ent in sent.ents if ent.label_ == "DATE" and _YEAR.search(ent.text) and
             not is_duration(ent) and ent.root.dep_ not in NOUN_DATE_DEPS]
    if len(dates) != 1 or any(dates[0].text not in ((e.time or {}).get("text") or dates[0].text)
                              for e in events):
        return  # (an act dated otherwise: two times in the sentence)
    domain = _time_clause(dates[0].root)
    for event in events:
        tense = (event.time or {}).get("relation") or "past"
        if (event.time or {}).get("text") or event.modality not in (ASSERTED, NEGATED, HEDGED) \
                or tense == "future" or _told_in_present(sent, event) or \
                _time_clause(_token_at(sent, event)) != domain:
            continue  # (nor across a clause of time: "has sanctioned Russia repeatedly since
            # Russia invaded Ukraine in February 2022" is no act of February 2022)
        time = time_of(dates[0].text, published, tense)
        if time.get("date") and time.get("relation") == "past":
            event.time = time
            event.background = event.background or is_old(time, published)


def _share_time(events: list[Event], sent) -> None:
    if sent is not None and any(_temporal_clause(sent, e) for e in events):
        _before_background(events, sent)
        return  # two clauses with their own times
    dated = [e for e in events if (e.time or {}).get("text")]
    if len(dated) != 1 or len({e.time["text"] for e in dated}) != 1:
        return
    source = dated[0]
    tok = _token_at(sent, source) if sent is not None else None
    if tok is not None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return  # "freed three journalists arrested last month": the date of the people's
        # arrest, told to say who they are, not of the freeing
    for event in events:
        if event is source or (event.time or {}).get("text"):
            continue
        if event.modality not in (ASSERTED, NEGATED, HEDGED) or \
                _told_in_present(sent, event) and (source.time or {}).get("relation") == "past":
            continue
        event.time, event.background = dict(source.time), source.background


def _told_in_present(sent, event: Event) -> bool:
    """ "The juntas, which seized power between 2020 and 2023, accuse ECOWAS": a finite verb
    in the present tells an act of now, not of the past time another clause gives (a
    participle or a noun has no tense of its own: "allowing them", "the 2019 bombing")."""
    tok = _token_at(sent, event) if sent is not None else None
    if tok is None:
        return False
    # (a finite present the tagger read as a base form: "the juntas ... accuse" as VB)
    bare_finite = tok.tag_ == "VB" and tok.dep_ in ("ROOT", "ccomp") and \
        not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)
    return tok.tag_ in ("VBZ", "VBP") or bare_finite


def own_act_object(trig, triggers) -> bool:
    """ "Russia fought a brief war with Georgia", "waged a war against the rebels": a noun of
    force that is the direct object of a verb of force names the verb's own happening, not
    a second event. (Not so for other acts: "hosted talks between X and Y" are X's and Y's
    talks, the host's a second act.) A noun with a doer of its own ("repelled an attack by
    the rebels", "repelled Russia's offensive") is another party's act and stays."""
    tok = trig.token
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or trig.head.i != tok.i:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return False
    if trig.code[:2] not in VIOLENCE:
        return False  # "Egypt hosted talks between Israel and Hamas": the talks are theirs
    return any(t.token.i == tok.head.i and t is not trig and t.code[:2] in VIOLENCE
               for t in triggers)


def summons_purpose(trig, triggers) -> bool:
    """ "Manila summoned China's ambassador to protest", "summoned the envoy to lodge a
    complaint": the complaint is what the summons was for, one act (the summons, 114, on
    the envoy's state), not a second complaint aimed at whatever its own words name."""
    verb = trig.head
    summons = verb.head
    return verb.dep_ in ("xcomp", "advcl") and summons.lemma_.lower() == "summon" and \
        phoned_to(summons) and any(t.token.i == summons.i for t in triggers)


# Nouns of a whole conflict (not of one day's fighting: "killed in the clashes" is news).
CONFLICT_NOUNS = {"conflict", "war", "insurgency", "uprising", "rebellion", "revolt",
                  "crisis", "violence", "hostilities", "genocide"}
TOLL_WORDS = {"thousands", "tens", "hundreds", "millions", "million", "thousand"}


def conflict_toll(verb) -> bool:
    """ "More than 40,000 people have been killed in the conflict", "Hundreds of thousands
    have died in the war": a present perfect toll in thousands over a whole conflict sums up
    its history, background to the news, not a killing the story reports; so is any count
    run up since a turn of the story ("190 people have been killed since the truce")."""
    kids = list(verb.children)
    if not ({c.lower_ for c in kids if c.dep_ == "aux"} & {"has", "have", "'ve"}) or \
            verb.lemma_.lower() not in ("kill", "die", "slay", "massacre"):
        return False
    whole = any(c.dep_ == "prep" and c.lower_ in ("in", "during", "throughout", "since") and
                any(o.dep_ == "pobj" and o.lemma_.lower() in CONFLICT_NOUNS for o in c.children)
                for c in kids)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and _counted_since(kids) and any(
            t.like_num or t.lower_ in TOLL_WORDS for t in subj.subtree):
        return True  # "190 people have been killed since the truce took effect": a tally
    return whole and subj is not None and any(_in_thousands(t) for t in subj.subtree)


# What a tally counts from: a clause ("since the truce took effect") or a turn of the story
# ("since the ceasefire", "since the start of the war"); "since Monday" counts the news.
SINCE_TURNS = CONFLICT_NOUNS | {"truce", "ceasefire", "cease-fire", "armistice", "start",
                                "beginning", "outbreak", "invasion", "offensive", "coup",
                                "takeover", "fighting", "war", "deal", "agreement"}


def _counted_since(kids) -> bool:
    """A "since" clause, or "since" + a turn of the story, on the verb (a running tally)."""
    for c in kids:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                     for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "since" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in SINCE_TURNS for o in c.children):
            return True
    return False


def _in_thousands(tok) -> bool:
    if tok.lower_ in TOLL_WORDS:
        return True
    digits = tok.text.replace(",", "")
    return tok.like_num and digits.isdigit() and int(digits) >= 1000
