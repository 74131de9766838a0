"""Where the one acted on stands in the dependency parse: the passive subject, the object,
the dative, the objects of the prepositions in TARGET_PREPS on the verb or its object noun,
the one a verb of dying names, whom a thing acted on belongs to ("steel imported from
China"), not a weapon used, an act halted or the attack a passive happened in. Only tokens:
actors.py turns them into actor codes (the doer's side is arguments.py's).
"""
from __future__ import annotations

from .arguments import (INSTRUMENTS, REFLEXIVES, TARGET_PREPS, antecedent, attack_by,
                        object_by, ordered_patient, passive_participle, taking_part)
from .tables import lexicon
from .conjuncts import SUBJECT_DEPS
from .objects import MOTION_VERBS, kind_of
from .restrictive import letter_recipients
from .senses import HALTED_ACTS, HALTING_VERBS, TALK_VERBS


def _prep_objects(token):
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "dative":
            out.append(child)
    return out


# Verbs whose "in" phrase is the place reached or stayed in (cameo_verbs.tsv: 042 with "in").
ARRIVAL_VERBS = {"arrive", "land", "appear", "speak"}


def target_candidates(verb, noun):
    # the attack of a passive ("killed in a Russian airstrike") says who did it, not to whom
    means = attack_by(verb) if verb.pos_ not in ("NOUN", "PROPN") else None
    cands = [c for c in _raw_candidates(verb, noun) if c.lower_ not in REFLEXIVES and c != means
             and not _weapon_used(verb, c) and not _act_halted(verb, c)
             and not _fought_over(verb, c) and not reason_over(c) and not _on_behalf(c)]
    # a place ("in Serbia") is the target only when nothing else is: CAMEO coders' habit;
    # where a trip began ("went from Kyiv to Warsaw") is never one
    if verb.lemma_.lower() in TALK_VERBS:  # "discussed Taiwan / the war in Gaza": the
        # topic; the counterpart is "with" whom (or the co-subject: "Biden and Xi discussed")
        # A talk that is what a meeting was for is with the one met ("met Xi in Beijing to
        # discuss trade": Xi, not the venue; "host Zelensky to discuss a prisoner exchange
        # with Russia": not Russia)
        cands = _met_for(verb) or [c for c in cands if c.dep_ == "pobj" and
                                   c.head.lower_ == "with"]
    origin = verb.lemma_.lower() in MOTION_VERBS
    cands = [c for c in cands if not (origin and c.dep_ == "pobj" and c.head.lower_ == "from"
                                      and c.head.head.i == verb.i)]
    # except where one arrives or is ("landed in Poland at the start of a European tour",
    # "Speaking in Poland at the first stop of"): that place is where the visit is
    arrival = verb.lemma_.lower() in ARRIVAL_VERBS and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children)
    return sorted(cands, key=lambda t: (t.head.lower_ == "in" and t.dep_ == "pobj") != arrival)


def reason_over(cand) -> bool:
    """ "cut ties over the war in Gaza", "sanctions over its nuclear programme": force or
    an abstract thing after "over" is the reason for the act, no one it is done to (nor is
    the place in its phrase, where the force fell). A party after it may be ("a row over
    Taiwan"), and so may the state of the place where people were seized ("concern over
    the detention of journalists in Myanmar": Myanmar's)."""
    if cand.dep_ != "pobj" or cand.head.lower_ != "over":
        return False
    rows = lexicon().get((cand.lemma_.lower(), "NOUN"), ())
    return kind_of(cand) == "abstract" or any(r.code[:2] in FORCE_ROOTS for r in rows)


# Nouns of "in support of X", "in solidarity with X", "on behalf of X": X is whom the act
# is for, not whom it is done to.
BEHALF_NOUNS = {"support", "solidarity", "defence", "defense", "behalf", "sympathy", "favour",
                "favor", "aid", "name", "honour", "honor"}


def _on_behalf(cand) -> bool:
    """ "began launching rockets in support of its ally Hamas": Hamas is no target."""
    prep = cand.head
    if cand.dep_ != "pobj":
        return False
    if behalf_phrase(prep):
        return True  # "in [support] of Ukraine": the noun, whose phrase holds the party
    # ("in solidarity with the Palestinians": the parse may hang "with" on the verb)
    return prep.lower_ in ("of", "with") and (behalf_phrase(prep.head.head) or
                                             behalf_phrase(prep))


def behalf_phrase(prep) -> bool:
    """Is `prep` the "in" / "on" of "in support of", "in solidarity with", "on behalf of", or
    the "of" / "with" the parse hung apart right after one?"""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("of", "with") and prep.i > 0:
        before = prep.doc[prep.i - 1]
        return before.dep_ == "pobj" and behalf_phrase(before.head)
    return prep.lower_ in ("in", "on") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in BEHALF_NOUNS for g in prep.children)


# Roots of force, told as the reason for an act ("over the war", "over the blockade").
FORCE_ROOTS = ("15", "18", "19", "20")


# Verbs of meeting someone, whose purpose infinitive ("to discuss") is a talk with them.
MEETING_VERBS = {"meet", "host", "visit", "receive", "welcome", "call", "phone", "see"}


def _met_for(talk) -> list:
    """ "met Putin in Budapest to discuss ...": the ones met, when the talk is what the
    meeting was for; [] otherwise."""
    meeting = talk.head
    if talk.dep_ not in ("xcomp", "advcl") or meeting.lemma_.lower() not in MEETING_VERBS:
        return []
    return [antecedent(c) for c in meeting.children if c.dep_ == "dobj"] + [
        g for c in meeting.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj"]


# Verbs of two sides fighting or quarrelling: what they do it "over" is the stake.
FIGHTING_VERBS = {"fight", "clash", "battle", "spar", "feud", "quarrel", "wrangle"}


def _fought_over(verb, cand) -> bool:
    """ "India and Pakistan fought three wars over Kashmir": the land or issue fought over
    is the stake, no side (the two sides are the co-subjects)."""
    return verb.lemma_.lower() in FIGHTING_VERBS and cand.dep_ == "pobj" and \
        cand.head.lower_ == "over" and cand.head.head.i == verb.i


def reported_self(cand, verb, found: dict, sources: list[dict]) -> bool:
    """A party of the clause `verb` reports ("warned that it would defend its territory",
    "vowed that Pakistan would retaliate", "would protect its citizens") of the speaker's own
    country (the caller checked it): who will act, or whom the speaker's side acts for, not
    whom the warning or vow is aimed at. Only a subject of another body of the state stays a
    target ("the opposition demanded that the police release the activists")."""
    clause = cand
    while clause.head.i != verb.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or any(
            c.tag_ in ("WP", "WDT", "WRB") or (c.dep_ == "aux" and c.lower_ == "to")
            for c in clause.children):
        return False  # "condemning what he called an attack", "allowing them to serve"
    if not (cand.dep_ in SUBJECT_DEPS and cand.head.i == clause.i):
        return True
    sector = found.get("sector")
    return not sector or any(s.get("sector") == sector for s in sources)


# Verbs whose object is the weapon used or the arms given, not the one hit or helped:
# "fired two missiles into the sea", "to deliver cruise missiles".
MEANS_VERBS = {"fire", "launch", "test", "detonate", "drop", "deploy", "use", "deliver",
               "supply", "send", "ship", "sell", "provide", "give", "transfer"}
WEAPONS = INSTRUMENTS | {"weapon", "arm", "munition", "ammunition"}
MEANS_NOUNS = {"delivery", "shipment", "transfer", "sale", "use"}  # "the delivery of missiles"


def _weapon_used(verb, cand) -> bool:
    """A weapon that is a clause's object under a verb of using or giving, or its "with"
    phrase ("strike targets with Western weapons"): the means, never the target."""
    if cand.lower_ == "force" and cand.dep_ == "pobj" and cand.head.lower_ == "with" and \
            not any(c.dep_ in ("det", "poss") for c in cand.children):
        return True  # "respond with (military) force"; "clashed with the forces" is a party
    if cand.lemma_.lower() in FORCES_SENT and cand.dep_ == "dobj" and \
            verb.lemma_.lower() in FORCE_POSTING:
        return True
    if cand.lemma_.lower() not in WEAPONS:
        return False
    if cand.dep_ == "pobj" and cand.head.lower_ == "with":
        return True
    if cand.dep_ == "pobj" and cand.head.lower_ == "of" and cand.head.head.i == verb.i and \
            verb.pos_ == "NOUN":
        return verb.lemma_.lower() in MEANS_VERBS | MEANS_NOUNS  # "its supply of drones"
    return cand.dep_ == "dobj" and cand.head.i == verb.i and verb.lemma_.lower() in MEANS_VERBS


# The act a halting verb halts (senses.HALTED_ACTS) is no party to it.


def _act_halted(verb, cand) -> bool:
    return cand.dep_ == "dobj" and cand.head.i == verb.i and \
        verb.lemma_.lower() in HALTING_VERBS and cand.lemma_.lower() in HALTED_ACTS


# Forces sent or deployed: the means of the act, not whom it is aimed at ("would send more
# troops": to where the text says, if it does); so are forces kept or maintained somewhere
# ("has kept troops inside Syria": Turkey's troops, Syria is where).
# So are forces pledged or offered ("pledged 400 police officers": to the mission the text
# names elsewhere).
FORCE_POSTING = {"send", "deploy", "dispatch", "station", "move", "mass", "keep", "maintain",
                 "pledge", "offer", "commit", "contribute", "promise"}
FORCES_SENT = {"troop", "soldier", "force", "personnel", "peacekeeper", "reinforcement",
               "warship", "battalion", "unit", "contingent", "officer", "policeman", "police"}


def _aimed_past_agent(verb) -> list:
    """ "sanctions imposed by the EU on Belarus": the parser hangs the "on" / "against"
    phrase after a passive's agent on the agent's noun; it says whom the act is aimed at."""
    return [g for agent in verb.children if agent.dep_ == "agent"
            for doer in agent.children if doer.dep_ == "pobj"
            for prep in doer.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
            for g in prep.children if g.dep_ == "pobj"]


def _hit_by(noun) -> list:
    """ "Two schools were damaged by Russian shelling": an act named as the doer of a passive
    verb is done to that verb's subject, or to the place it is in ("houses in Kherson")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return []
    hit = [antecedent(c) for c in noun.head.head.children if c.dep_ == "nsubjpass"]
    return hit + [g for h in hit for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for g in p.children if g.dep_ == "pobj"]


def _raw_candidates(verb, noun):
    # "sent letters to Japan warning that ...": the letter's addressee (restrictive.py)
    cands = letter_recipients(verb) + _died_in(noun if noun is not None else verb)
    cands += _hit_by(verb)
    if passive_participle(verb):
        cands.append(verb.head)
    elif (patient := ordered_patient(verb)) is not None:
        cands.append(antecedent(patient))
    for child in verb.children:
        if child.dep_ == "nsubjpass" and not taking_part(verb):
            cands.append(antecedent(child))
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "attr") and (noun is None or child.i != noun.i):
            if child.pos_ == "ADP":  # "provide aid to Sri Lanka" parsed with a dative "to"
                cands.extend(g for g in child.children if g.dep_ == "pobj")
            else:
                cands.append(antecedent(child))
    if noun is not None:
        cands.extend(_prep_objects(noun))
    for child in verb.children:
        if child.dep_ in ("dobj",) and (noun is None or child.i != noun.i):
            cands.extend(_prep_objects(child))
            # "rejected the sanctions imposed by ECOWAS": who imposed the thing rejected
            cands.extend(g for acl in child.children if acl.dep_ == "acl"
                         for a in acl.children if a.dep_ == "agent"
                         for g in a.children if g.dep_ == "pobj")
    cands.extend(_prep_objects(verb))
    cands.extend(_aimed_past_agent(verb))
    cands.extend(object_by(verb))  # "fled the offensive by the rebels": the rebels
    for child in verb.children:
        if child.dep_ == "prt":
            cands.extend(_prep_objects(child))
    for child in verb.children:
        named = named_in_free_relative(child)
        if named is not None and kind_of(named) not in ("abstract", "thing"):
            # "struck what New Delhi called militant camps": the thing struck is the camps,
            # not the one who named them ("condemned what he called an attack" names an
            # act, whose doers the clause does not say: left as it was)
            cands.append(named)
            cands.extend(_prep_objects(named))
            cands.extend(g for c in child.children if c.dep_ == "prep" and c.lower_ in
                         TARGET_PREPS for g in c.children if g.dep_ == "pobj")
            continue
        # "demanded that Pakistan hand over ...": the subject of the reported clause;
        # "threatened to launch a strike against the US": the infinitive's own targets.
        if child.dep_ == "ccomp":
            cands.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
            # "vowed that Pakistan would retaliate against India": the reported act's own
            # targets, after its subject (kept only if it is another side: see
            # reported_self)
            cands.extend(c for c in _raw_candidates(child, None) if c.dep_ not in SUBJECT_DEPS)
        elif child.dep_ == "xcomp":
            cands.extend(_raw_candidates(child, None))
    cands.extend(o for c in list(cands) for o in _origin_of_goods(c))
    return cands


# Verbs of where goods come from: "brandy imported from the EU", "steel made in China".
ORIGIN_VERBS = {"import", "export", "make", "produce", "manufacture", "ship", "source", "grow"}


def _origin_of_goods(noun) -> list:
    """Whose goods a thing acted on is: "duties on brandy imported from the European Union",
    "tariffs on steel from China" -> the EU, China (after the goods, which name no party)."""
    if noun.pos_ != "NOUN" or kind_of(noun) not in ("thing", "unknown"):
        return []
    out = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ORIGIN_VERBS:
            out.extend(g for p in child.children if p.dep_ in ("prep", "agent") and
                       p.lower_ in ("from", "in", "by") for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "from":
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


# Verbs of naming whose free relative stands for the thing named ("what Kyiv called a
# terrorist base", "what the army described as arms depots").
NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub", "characterize",
                "characterise", "identify"}


def named_in_free_relative(clause):
    """The thing named in a free relative object ("hit [what Israel called militant sites]",
    parsed as a clause on the verb with "what" its object): the name given ("sites"), else
    None."""
    if clause.dep_ not in ("ccomp", "dobj", "xcomp") or clause.lemma_.lower() not in NAMING_VERBS \
            or not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass")
                       for c in clause.children):
        return None
    for c in clause.children:
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":  # "what the army described as depots"
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# Verbs of dying that take no object: who died "in" or "during" an act is its victim.
DEATH_VERBS = {"die", "perish"}


def _died_in(noun) -> list:
    """ "Ten people died in a Saudi airstrike": the subject of a verb of dying that the act
    noun hangs on ("in", "during") is whom the act was done to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or \
            prep.head.lemma_.lower() not in DEATH_VERBS:
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]
