"""Source and target actors of a trigger, read from the dependency parse.

Source: the subject (climbing xcomp/conj chains: "China plans to send" → China), or the
`by` agent of a passive. Target: the passive subject, the object, the dative, or the object
of a preposition (on, against, to, with, for, ...) on the verb or on its object noun
("imposed sanctions on Russia"); arguments.py finds those tokens. Among candidates, one whose
country differs from the source's wins ("send its minister to Russia" → Russia, not the
minister).

How one phrase becomes an actor (entities, pronouns, titles, listings) is phrase_actors.py.
"""
from __future__ import annotations

from bisect import bisect_left

from ..actors import (NON_STATE, absolute_phrase, border_with, code_phrase, is_capital,
                      names_a_border, unnamed_body)
from .modality import ACCUSE_VERBS
from .coding import giver_of, match_token, nominal_agent, received_act
from .happenings import crowd_event, detonated
from .implied import actor_record, home_country, in_dateline, locate, reporting_state
from .pairs import the_two
from .arguments import (PREVENTED_PREPS, climb_subject, conditioned_subject,
                        main_clause_it, source_token)
from .targets import behalf_phrase, reason_over, reported_self, target_candidates
from .conjuncts import SUBJECT_DEPS, with_conjuncts
from .objects import head_of_quantity
from .senses import TALK_VERBS
from .phrase_actors import (FIRST_PERSON, PLACE_PREPS, PRONOUNS, as_actor_dict, each_named,
                            resolve_phrase, several_states, topic_phrase)

REPORT_VERBS = {"say", "announce", "tell", "state", "add", "declare", "report", "claim"}


QUOTE_MARKS = "\"\u201c\u201d"


def _reporter_subject(subj):
    """"The union announced that it has called off the strike": "it" is the announcer. Not
    in a direct quote ("'He wants to support the troops,' Grisham said": he is not the
    speaker, who would say "I"), nor across number ("They refused, the official said")."""
    if _in_direct_quote(subj):
        return None
    cur = subj.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_ in REPORT_VERBS:
            reporter = next((c for c in cur.head.children if c.dep_ in SUBJECT_DEPS), None)
            if reporter is not None and "any" not in (_number(subj), _number(reporter)) \
                    and _number(subj) != _number(reporter):
                return None
            return reporter
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _in_direct_quote(token) -> bool:
    """An odd number of quotation marks between the sentence start and the token."""
    sent = token.sent
    marks = sum(t.text.count(q) for t in sent if t.i < token.i for q in QUOTE_MARKS)
    return marks % 2 == 1


def _number(token) -> str:
    """Grammatical number of a subject: "sg", "pl", or "any" for bodies spoken of as "it"
    and "they" alike ("a group of leaders" counts as its leaders)."""
    if token.lower_ in ("they", "them", "we", "us"):
        return "pl"
    if token.lower_ in ("he", "she", "it", "him", "her", "i"):
        return "sg"
    token = head_of_quantity(token)
    if token.lemma_.lower() in COLLECTIVES or token.ent_type_ in ("ORG", "GPE", "NORP"):
        return "any"
    plural = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
    return "pl" if plural else "sg"


# Bodies spoken of as "they" as often as "it".
COLLECTIVES = {"government", "group", "party", "ministry", "army", "military", "police",
               "administration", "union", "council", "committee", "movement", "team",
               "delegation", "coalition", "alliance", "opposition", "authority", "company"}


def actors_for(doc, verb, noun, context, violent: bool = False
               ) -> tuple[list[dict], list[dict]]:
    """(sources, targets): actor records; several when the phrase is a conjunction. A target
    named only by its sector ("activists", "troops") takes the country of the source (a
    domestic act: "Trump thanked troops") or, for violence (`violent`) or a stateless
    source, of the place where the clause happens ("ISIS killed ten people in Istanbul")."""
    received = received_act(verb) if noun is not None else None
    if received is not None and received.i == noun.i:
        return _received(doc, verb, noun, context)
    sources: list[dict] = []
    subj = source_token(verb)
    if subj is not None and subj.lower_ in PRONOUNS - FIRST_PERSON:
        subj = conditioned_subject(subj) or main_clause_it(doc, subj) or \
            _reporter_subject(subj) or subj
    if subj is not None:
        parts = with_conjuncts(subj)  # conjoined modifiers: each_named, below
        sources = the_two(doc, subj, context)
        for tok in parts if not sources else ():
            found = resolve_phrase(doc, tok if len(parts) > 1 else subj, context)
            if found and found not in sources:
                sources.append(found)
        if len(parts) > 1 and sources and _arms_of_the_first(sources):
            # "U.S. and British warplanes, ships and a submarine struck": the arms after the
            # first are the same forces'; the first's conjoined modifiers name the states
            sources = each_named(doc, parts[0], sources[0], context)
    crowd = noun is None and crowd_event(verb)
    if not sources and crowd:
        # "protests erupted in Lima": the people of the place where they happen
        sources = [actor_record({"sector": "CVL"}, verb.left_edge.idx, verb.idx + len(verb),
                                None)]
        subj = verb
    if not sources and subj is not None and detonated(verb, subj):
        # "a bomb exploded outside a bank in Athens": whoever set it, an armed force of no
        # known name, of the place where it went off
        sources = [actor_record({"sector": "UAF"}, subj.left_edge.idx,
                                subj.idx + len(subj), None)]
    if sources and not sources[0]["country"] and not several_states(subj) \
            and not _unnamed_body(doc, sources[0]):
        # a military's report names its own forces: theirs wherever they fight
        reporting_state(sources[0], context)
        if not sources[0]["country"]:
            locate(doc, subj, sources[0], context)
        if crowd:
            _swept_place(doc, verb, sources, context)
        else:
            home_country(sources[0], context)
    if len(sources) == 1:
        sources = each_named(doc, subj, sources[0], context)
    source_country = sources[0]["country"] if sources else None
    # bare sector words of the target ("people", "activists") are of the source's country
    # only when that is a state: ISIS is no country its victims belong to
    home = source_country if source_country not in NON_STATE else None
    targets: list[dict] = []
    fallback: list[dict] = []
    places: set[int] = set()
    used = {s["start"] for s in sources}
    # who reports the act ("according to a statement from the Saudi ministry") is no party,
    # unless the act is told inside the reporter's own phrase ("Egypt, which has mediated
    # between Israel and Hamas, has warned ...": Hamas is the mediation's)
    if context is not None and "cited" not in context:
        context["cited"] = _cited_spans(doc, verb.doc)
    cited = context["cited"] if context is not None else _cited_spans(doc, verb.doc)
    taken_from = _taken_from(verb)
    for cand in taken_from + target_candidates(verb, noun):
        if any(a <= cand.idx < b and not a <= verb.idx < b for a, b in cited) or \
                (subj is not None and cand.i == subj.i):
            continue  # (the doer's own phrase: "contacts between the two leaders" is both)
        if border_with(cand):
            continue  # "patrolled near the border with Sudan": the other side, no party
        cand = _object_antecedent(doc, cand, sources, context) or cand
        if not violent:  # "criticised the push by Britain, France and Germany": all three
            cand = _act_by(cand) or cand
        pair = the_two(doc, cand, context) if cand.dep_ in OBJECT_DEPS else []
        pair = [a for a in pair if not any(same_actor(a, s) for s in sources)]
        if len(pair) == 2:  # "accused both sides of war crimes": each of the two named before
            targets = [dict(a, pair=True) for a in pair]  # (two sides, even of one state)
            break
        rising = cand.lemma_.lower() in CROWD_ACTS or cand.lemma_.lower() in ARMED_RISINGS
        if violent and rising and source_country and source_country not in NON_STATE and \
                not (resolve_phrase(doc, cand, context) or {}).get("sector"):
            # "a crackdown on protests", "fired on demonstrations": on those who protest,
            # the civilians of the state that represses them ("student protests": students);
            # "crushed the rebellion": on the rebels
            sector = "REB" if cand.lemma_.lower() in ARMED_RISINGS else "CVL"
            targets.append(actor_record({"sector": sector, "country": source_country,
                                         "code": source_country + sector}, cand.idx,
                                        cand.idx + len(cand), None))
            break
        for tok in with_conjuncts(cand):
            found = resolve_phrase(doc, tok, context)
            if found and not found["country"] and found.get("sector") \
                    and not _unnamed_body(doc, found):
                if _abroad(sources, found):
                    # only their own phrase gives them a country ("pirates from Somalia"),
                    # or the land they are in ("killed a bandit leader in Zamfara": outlaws
                    # are of the country they act in), not what they are near ("near a
                    # German warship", "off Libya")
                    locate(doc, tok, found, context, preps=INSIDE_PREPS)
                elif violent or not home:
                    locate(doc, tok, found, context)
                if not found["country"] and home and not _abroad(sources, found) \
                        and not found.get("foreign") and not _military_force(sources, violent) \
                        and not _of_a_named_place(doc, tok):
                    found["country"], found["code"] = home, home + found["sector"]
                if not source_country and not sources or \
                        source_country in AID_BODIES and not violent:
                    # no doer named ("Security forces were accused of ..."), or a body of no
                    # state ("the UN sent food to 2,000 families"): the story's state
                    home_country(found, context)
            elif found and _abroad(sources, found) and not _own_country(doc, found):
                found = dict(found, country=None, code=found["sector"])
                locate(doc, tok, found, context, preps=INSIDE_PREPS)  # (as above)
            for found in each_named(doc, tok, found, context):
                if not found or found["start"] in used:
                    continue
                used.add(found["start"])
                if found["country"] and (found["country"] != source_country or
                                         not source_country):
                    targets.append(found)
                    if not found.get("sector") and tok.head.lower_ in PLACE_PREPS:
                        places.add(found["start"])  # "in northern Iraq": where, maybe whom
                elif (found["entity"] or found.get("sector") or any(
                        t.pos_ == "PROPN" for t in tok.subtree)) and \
                        not reported_self(tok, verb, found, sources):
                    # a named or a sector target of the same country: a domestic event
                    # ("police arrested opposition activists")
                    fallback.append(found)
        if targets or (fallback and cand in taken_from):
            break  # ("seized Timbuktu from jihadist fighters": the fighters, not the place)
        if fallback and _accused_object(verb, cand):
            # "accused the Pentagon of delaying aid to Taiwan": the Pentagon, even of the
            # accuser's own state, not a party the imputed act names
            return sources, fallback[:1]
    named = [a for a in fallback if a.get("sector") not in (None, "CVL") and (
        a["entity"] or not a["country"])]
    if named and targets and all(a["start"] in places for a in targets):
        # a group the text names as the one acted on is the target, not where it happened
        # ("Turkish troops killed 12 PKK militants in northern Iraq"); a body named by its
        # sector alone is of that place ("rebels killed 12 soldiers in Niger": NERMIL)
        group = named[0]
        if not group["country"]:
            country = targets[0]["country"]
            group = dict(group, country=country, code=country + group["sector"])
        return sources, [group]
    if not targets and verb.lemma_.lower() not in TALK_VERBS and \
            not any(_abroad(sources, a) and not a["country"] for a in fallback) and \
            not any(a["entity"] and a.get("sector") not in (None, "CVL") for a in fallback):
        # (nor a named party of the doer's own state the clause acts on: "signed a peace
        # deal with the TPLF in Pretoria" is with the TPLF, not with South Africa)
        # (outlaws a military acts on, of no country, are the target: not a state named
        # elsewhere in the clause, "seized six pirates near a Greek cargo ship"; what is
        # discussed is no party, "Trump and Xi discussed Taiwan")
        targets = [a for a in _clause_actor(doc, verb, source_country, used, context)
                   if not any(x <= a["start"] < y for x, y in cited)]
    # a fallback with a country first, but outlaws a military acts on (of no country, see
    # _abroad) stay ahead of the place it happens ("troops killed a bandit leader in Zamfara")
    fallback.sort(key=lambda a: not a["country"] and not _abroad(sources, a))
    return sources, targets or fallback[:1]


# Dependencies of a target candidate that may be a pair noun ("both sides", "the two
# governments") standing for two parties named before.
OBJECT_DEPS = ("dobj", "pobj", "dative")


# Nouns of what crowds do; force "on" them falls on the crowd.
CROWD_ACTS = {"protest", "demonstration", "rally", "march", "sit-in", "riot", "unrest",
              "gathering", "vigil", "strike", "uprising", "dissent"}
# Nouns of an armed rising; force on one falls on the rebels.
ARMED_RISINGS = {"rebellion", "insurgency", "revolt", "mutiny", "insurrection"}


def capital_hit(doc, target: dict) -> dict:
    """ "Russian missiles hit Kyiv", "jets struck Beirut": a capital struck is the place, of
    its country, not the government it stands for when it speaks or acts ("Kyiv said")."""
    if target.get("sector") != "GOV" or doc.spacy is None:
        return target
    span = doc.spacy.char_span(target["start"], target["end"], alignment_mode="expand")
    words = [t for t in span or () if t.lower_ != "the"]
    if not words or any(t.pos_ != "PROPN" for t in words) or not is_capital(span.text) or \
            span.root.dep_ in ("compound", "amod", "nmod", "poss"):
        return target  # ("the Kinshasa government": the capital names the government)
    return dict(target, sector=None, code=target["country"])


def not_own_forces(doc, source: dict, target: dict) -> dict:
    """ "Russia says it strikes only military targets": the armed force a state strikes is
    not its own, which the sentence's only country lent the unnamed "military targets";
    such a target keeps its sector and loses the country. A force named as the doer's
    ("Russian soldiers") keeps it."""
    country = source.get("country")
    if target.get("sector") != "MIL" or not country or target.get("country") != country or \
            source.get("sector") not in (None, "", "GOV", "MIL") or \
            (code_phrase(doc.text[target["start"]:target["end"]]) or {}).get("country"):
        return target
    return dict(target, country=None, code="MIL")


def _arms_of_the_first(sources: list[dict]) -> bool:
    """Are all the conjoined doers after the first of no state and of the first's sector
    (forces' other arms: "warplanes, ships and a submarine")?"""
    first = sources[0]
    return bool(first.get("country")) and len(sources) > 1 and all(
        not s.get("country") and s.get("sector") == first.get("sector") for s in sources[1:])


AID_BODIES = {"IGO", "NGO"}  # bodies of no state whose receivers are of the story's state


def _swept_place(doc, noun, sources: list[dict], context) -> None:
    """The people of a crowd act named by a noun are of the place it happens in (locate) or
    sweeps ("protests rocked Iran"), else of the story's state; of none, they are nobody:
    `sources` is emptied."""
    if sources[0]["country"]:
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i != noun.i):
        place = resolve_phrase(doc, obj, context)
        if place and place["country"] and not place.get("sector"):
            country = place["country"]
            sources[0].update(country=country, code=country + sources[0]["sector"])
            return
    home_country(sources[0], context)  # "protests erupted in several cities": the story's
    if not sources[0]["country"]:
        sources.clear()


def _accused_object(verb, cand) -> bool:
    """The object of a verb that imputes an act ("accused the administration of slow-walking
    pressure on Moscow", "blamed the ministry for cutting aid to Gaza") is the one accused,
    even of the accuser's own country: the parties inside the imputed act are that act's."""
    return cand.dep_ == "dobj" and cand.head.i == verb.i and \
        verb.lemma_.lower() in ACCUSE_VERBS


# Verbs of taking ground or goods back: "retake El Fasher from the RSF" acts on the RSF.
TAKE_VERBS = {"retake", "recapture", "reclaim", "regain", "capture", "seize", "take", "wrest",
              "win", "liberate"}


def _taken_from(verb) -> list:
    """The one a place or thing is taken from ("recaptured the town from the rebels"): the
    party acted on, before the place (a place of the taker's own state is no party)."""
    if verb.lemma_.lower() not in TAKE_VERBS:
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


OBJECT_PRONOUNS = {"them": "pl", "him": "sg", "her": "sg"}


def same_actor(a: dict | None, b: dict | None) -> bool:
    """Two records of one actor: the same code and the same entity ("urging them" read as the
    urger, "his fighters" as the commander's group)."""
    return bool(a and b and a.get("entity") and a.get("entity") == b.get("entity")
                and a.get("code") == b.get("code"))


def _object_antecedent(doc, cand, sources: list[dict], context):
    """ "Rubio spoke with Indian and Pakistani leaders, urging them to de-escalate": an
    object pronoun is never its own clause's subject, so where "them" would resolve to the
    source (the last actor that acted), it stands for the nearest phrase before it in the
    sentence that is no subject, agrees in number and names another actor. None when the
    pronoun is no such self-reference or no phrase fits. "them" read as a state named bare
    (the last doer of another clause: "sanctions on Myanmar's generals, but China sells them
    weapons") is looked up the same way: a state named in the singular is rarely "them"."""
    number = OBJECT_PRONOUNS.get(cand.lower_)
    if number is None or not sources or context is None:
        return None
    read = resolve_phrase(doc, cand, context)
    if not same_actor(read, sources[0]) and not (
            number == "pl" and read and read.get("country") and
            read.get("sector") in (None, read.get("country"))):
        return None
    for tok in reversed(cand.doc[cand.sent.start:cand.i]):
        if tok.dep_ not in ("dobj", "pobj", "dative") or tok.pos_ not in ("NOUN", "PROPN") or \
                tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            continue  # (where they met, "in Berlin", is nobody urged)
        if _number(tok) not in (number, "any"):
            continue
        found = resolve_phrase(doc, tok, context)
        if found and found.get("country") and not same_actor(found, sources[0]) and \
                found.get("code") != sources[0].get("code"):
            return tok
    return None


def _act_by(noun):
    """The doers a thing acted on names in its "by" phrase, when they are named ("the push
    by Britain, France and Germany", "the visit by Xi"): the first of them (its conjuncts
    follow), or None."""
    if noun.pos_ != "NOUN":
        return None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None and noun.dep_ == "dobj":  # (the parser hangs it on the verb: "criticised
        # the push [by Britain]")
        by = next((c for c in noun.head.children if c.dep_ in ("prep", "agent") and
                   c.lower_ == "by" and c.i > noun.i), None)
    doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    named = doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in ("GPE", "ORG",
                                                                            "NORP", "PERSON"))
    return doer if named else None


def _unnamed_body(doc, actor: dict) -> bool:
    """ "the commission" where the text spoke of no commission before: a body of no state
    the clause or the article names (actors stage, `unnamed_body`)."""
    return unnamed_body(doc, actor["start"], actor["end"])


def _cited_spans(doc, parsed) -> list[tuple[int, int]]:
    """Character spans of the quotes' sources, each with the rest of its noun phrase ("a
    statement" + "from the Angolan foreign ministry")."""
    spans = []
    starts = parsed.to_array("IDX").tolist()  # ascending: a source's tokens found by bisection
    for q in doc.quotes:
        if not q.source or q.source.get("start") is None:
            continue
        start, end = q.source["start"], q.source["end"]
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:  # (end grows with the phrase)
            tok = parsed[i]
            i += 1
            if not (start <= tok.head.idx < end):
                end = max(end, tok.right_edge.idx + len(tok.right_edge))  # the phrase's head
        spans.append((start, end))
    return spans

# Armed groups outside the law: an army fighting them may be at home or abroad.
INSIDE_PREPS = frozenset({"in", "inside"})  # where outlaws are (see actors_for)
OUTLAWS = {"CRM", "REB", "UAF", "PRM"}


def _of_a_named_place(doc, token) -> bool:
    """ "residents of Nabatieh", "villagers from Beit Hanoun": people of a place the text
    names (one the tables do not know, or the phrase would have its country) belong there,
    not to the state acting on them."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in token.children)


def _abroad(sources: list[dict], target: dict) -> bool:
    """ "The Indian navy captured 23 pirates": armed outlaws a military acts on are of no
    country their own phrase does not name (they stay a sector without one): not the
    military's, not one named where the clause happens."""
    return bool(sources) and sources[0].get("sector") == "MIL" and target.get("sector") in OUTLAWS


def _military_force(sources: list[dict], violent: bool) -> bool:
    """ "Six children were killed in an Israeli strike", "a Saudi airstrike killed ten
    people": the victims of a state's armed force are of no country the clause does not
    name; a military strikes abroad as often as at home (police violence is domestic: its
    victims keep the source's country)."""
    if not violent or not sources:
        return False
    source = sources[0]
    return source.get("sector") == "MIL" or bool(source.get("country") and not source.get("sector")
                                                 and source["country"] not in NON_STATE)


def _own_country(doc, actor: dict) -> bool:
    """Whether an actor's own words name its country ("Somali pirates"), not the sentence
    around it (the actors stage gives a bare sector word the country of its context)."""
    own = as_actor_dict(code_phrase(doc.text[actor["start"]:actor["end"]],
                                     date=doc.meta.published))
    return bool(own and own.get("country"))


def _received(doc, verb, noun, context) -> tuple[list[dict], list[dict]]:
    """ "Israel faced criticism from France": the giver (France) acts on the subject. A
    subject that is itself an act ("Russia's invasion drew condemnation from the UN") is
    its doer's: the condemnation is of Russia."""
    def resolved(token) -> list[dict]:
        found = [resolve_phrase(doc, t, context) for t in with_conjuncts(token)] if token else []
        return [f for f in found if f]

    receiver = climb_subject(verb)
    if receiver is not None and receiver.pos_ == "NOUN" and match_token(receiver):
        receiver = nominal_agent(receiver)
    return resolved(giver_of(verb, noun)), resolved(receiver)


SETTING_PREPS = {"during", "amid", "amidst", "before", "after", "ahead", "since", "until",
                 "throughout", "despite"}
CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "parataxis", "nsubj", "nsubjpass", "csubj",
                     "appos", "acl"}


def _prevented_act(tok, verb) -> bool:
    """ "banned women [from working for the UN]", "talked Iran [into signing]": the act the
    one acted on is kept from or pushed into, whose own parties are not the verb's."""
    return tok.dep_ == "prep" and tok.lower_ in PREVENTED_PREPS and tok.head.i == verb.i and \
        any(c.dep_ == "pcomp" for c in tok.children) and \
        any(c.dep_ == "dobj" for c in verb.children)


def _clause_actor(doc, verb, source_country, used, context=None) -> list[dict]:
    """Last resort: the first actor of another country inside the verb's own clause, however
    deep ("demanded an immediate admission by Moscow", "denounced Serbia's suppression")."""
    if not source_country:
        return []
    def inside(tok) -> bool:
        # "during the EU summit", "ahead of the G20": when and where the act happened, not
        # with whom
        # nor a conjoined verb's own clause: "condemned the attack and urged the Security
        # Council to intervene" names the Council as the one urged, not the one condemned;
        # nor a topic ("rejected a report on the war in Yemen") or a prevented act ("banned
        # women from working for the UN")
        return tok.dep_ not in CLAUSE_BOUNDARIES and not (
            tok.dep_ in ("prep", "advmod") and tok.lower_ in SETTING_PREPS) and not (
            tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.i == verb.i) \
            and not topic_phrase(tok) and not _prevented_act(tok, verb) and not (
                tok.dep_ == "prep" and any(reason_over(g) for g in tok.children)) \
            and not behalf_phrase(tok) and not absolute_phrase(tok)
        # (nor a reason, "considering cutting ties over the war in Gaza", nor whom the act is
        # for, "in support of its ally Hamas", nor an absolute phrase, "with Russia abstaining")

    tokens, stack = [], [c for c in verb.children if inside(c)]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if inside(c))
    offsets = sorted(t.idx for t in tokens)
    for ent in sorted(doc.entities, key=lambda e: e.start):
        if not ent.actor or not ent.actor.get("country") or ent.start in used \
                or in_dateline(ent.start, context) or names_a_border(doc, ent):
            continue  # ("near the Venezuelan border": the neighbour, no party)
        if ent.actor["country"] == source_country:
            continue
        if any(ent.start <= off < ent.end for off in offsets):
            return [actor_record(ent.actor, ent.start, ent.end, ent.id)]
    return []


# Prepositions that name a co-agent of the verb: "mediated alongside Qatar".
ALONGSIDE = {"alongside"}


def co_mediators(doc, verb, context) -> list[dict]:
    """States a mediation verb names as working with its subject ("Egypt, which has mediated
    between Israel and Hamas alongside Qatar"; "together with" / "along with" parse as
    "with" under an adverb): each a mediator too, as actor records."""
    out = []
    for child in verb.children:
        prep = child if child.dep_ == "prep" and child.lower_ in ALONGSIDE else None
        if child.dep_ == "advmod" and child.lower_ in ("together", "along"):
            prep = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "with"),
                        None)
        for obj in (g for g in (prep.children if prep is not None else ()) if g.dep_ == "pobj"):
            for tok in with_conjuncts(obj):
                found = resolve_phrase(doc, tok, context)
                if found and found.get("country"):
                    out.append(found)
    return out
