"""Acts told with everyday words the verb lexicon's rows miss, read off the parse (issue 19:
recall on real news). Each rule fires only where the parse shows the act's structure:

- ground: an armed or state subject that "took", "retook", "overran" or "seized" a place (a
  place entity or a word for a town, base, airport ...) occupies it (CAMEO 192, "occupy
  territory"); one that "surrounded" or "cordoned off" a place blockades it (191, "impose
  blockade, restrict movement");
- crowds: "took to the streets" is a demonstration (141, "demonstrate or rally"), and so is a
  crowd's "protest against" (which the lexicon reads as an official complaint, 114, when a
  state protests); a verb of opposing in a demonstration's purpose clause ("marched to
  oppose the law") is its aim, no second act;
- continuing acts: "kept up strikes on", "pressed on / went ahead with the offensive": the act
  the object names, by the subject;
- the means of a response: "responded / retaliated / hit back with air strikes on X" is one
  act coded by its means (195 aerial weapons, 194 artillery), not a bare 190 beside a second
  event of the strikes with no doer;
- pledges of aid: "pledged / promised / vowed $X in aid" is an intent to give it (0331
  economic, 0332 military, 0333 humanitarian, 0334 protection, 033 not said), not the aid;
- fights between two named parties: "clashes between X and Y", "fighting between Armenian and
  Azerbaijani forces", "clashes erupted between ..." are one mutual act of the two (190, as
  build.py lists a mutual act: the first named the source), and the toll they "left" or
  "killed" is no second act with no doer;
- the toll of an act named by its noun: "an ambush on a convoy left nine dead", "a drone
  strike killed four" is that act (its noun's code);
- riots: force by protesters ("stormed parliament", "clashed with police") is 145, "protest
  violently, riot", not military force.

`verb_acts(sent, found)` -> the sentence's triggers (coding.Trigger) with these added or
recoded, before refine.py's rules; `settle_target(doc, trig, event)` gives an event of these
kinds the source or target its phrase names (in place); `fight_pair(doc, token)` -> [first,
second] actor records of a fight noun's "between" phrase (build.py).
The word lists are general English written for newsdesk; codes from the CAMEO 1.1b3 codebook.
"""
from __future__ import annotations

from ..actors import NON_STATE
from .coding import Trigger, match_token
from .objects import PLACE_NOUNS

OCCUPY, BLOCKADE, DEMONSTRATE = "192", "191", "141"
TAKING_VERBS = {"take", "retake", "overrun", "seize", "capture", "recapture", "grab"}
SURROUNDING_VERBS = {"surround", "encircle", "besiege", "cordon"}
# Places that are held as ground (a narrower list than objects.PLACE_NOUNS: "took the house",
# "took the stage", "took home" are no occupation).
GROUND_NOUNS = frozenset("""
town city village capital district region province territory base airbase airport airfield
port harbour harbor camp checkpoint outpost position stronghold bastion hill ridge island
crossing bridge highway oilfield dam garrison barracks enclave suburb neighbourhood
neighborhood county area building headquarters palace parliament ministry compound
""".split())
# The doers of armed acts named by a common noun ("rebels took the town").
ARMED_NOUNS = frozenset("""
rebel troop force fighter militant army soldier insurgent militia militiaman jihadist
separatist guerrilla gunman paratrooper marine commando unit battalion brigade division
military extremist paramilitary tank warship gunboat
""".split())
ARMED_SECTORS = {"MIL", "REB", "UAF", "PRM", "SPY"}
# A crowd: the people a demonstration is made of ("thousands of Kenyans", "students").
CROWD_NOUNS = frozenset("""
thousand hundred dozen ten million crowd protester protestor demonstrator marcher student
worker people resident citizen supporter activist farmer villager opponent teacher doctor
nurse mourner youth woman man voter women men
""".split())
# Crowds whose force is a riot (CAMEO 145, "protest violently, riot"), not military force.
RIOT_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher",
              "supporter"}
# A crowd's force, and its burning or wrecking of property ("torched cars", "set fire to a
# police station"): a riot too.
RIOT_ROOTS = ("18", "19", "1712")
RIOT = "145"
STREET_NOUNS = {"street", "streets", "square", "road", "roads"}
STREET_VERBS = {"take", "pour", "flood", "fill", "spill"}
# The aims that make a crowd in the streets a demonstration ("to protest", "to demand");
# others make it none ("to celebrate", "to vote", "to watch the parade").
PROTEST_AIMS = {"protest", "demonstrate", "demand", "denounce", "oppose", "reject", "condemn",
                "decry", "call", "press", "voice", "express", "challenge", "criticise",
                "criticize", "rally", "march", "defy", "support", "show"}
OPPOSING_VERBS = {"oppose", "protest", "denounce", "reject", "condemn", "decry", "demand",
                  "challenge", "criticise", "criticize"}
# What a crowd protests that its own government made or does ("against the new law").
POLICY_NOUNS = frozenset("""
law bill reform tax policy measure decision government regime ruling election result plan
budget constitution amendment ban decree cut hike increase price austerity corruption
lockdown mandate rule legislation act referendum vote crackdown president prime premier
overhaul resignation ouster removal proposal change
""".split())
CONTINUING = {("keep", "up"), ("press", "on"), ("press", "ahead"), ("go", "ahead"),
              ("push", "ahead"), ("forge", "ahead"), ("carry", "on"), ("press", "forward")}
RESPONSE_VERBS = {"respond", "retaliate", "answer", "reply", "hit", "strike"}
# A response's means that are weapons, by the CAMEO code of their use.
WEAPON_CODES = {"missile": "195", "rocket": "195", "drone": "195", "airstrike": "195",
                "bomb": "195", "warplane": "195", "jet": "195", "bombing": "195",
                "artillery": "194", "shell": "194", "shelling": "194", "tank": "194",
                "mortar": "194", "gunfire": "193", "bullet": "193"}
QUANTITY_NOUNS = {"wave", "barrage", "salvo", "volley", "series", "round", "hail", "string"}
PLEDGE_VERBS = {"pledge", "promise", "vow", "commit", "offer"}
# What a pledge gives, by the kind its words name (CAMEO 033x: intent to provide aid).
AID_KINDS = (
    ("0332", {"military", "security", "weapon", "arm", "ammunition", "munition", "missile", "tank",
              "artillery", "defence", "defense", "drone", "jet", "howitzer", "rocket"}),
    ("0333", {"humanitarian", "food", "medical", "medicine", "relief", "emergency",
              "shelter", "vaccine"}),
    ("0334", {"peacekeeper", "peacekeeping", "protection"}),
    ("0331", {"economic", "financial", "loan", "budget", "development", "reconstruction",
              "dollar", "euro", "pound", "yen", "million", "billion", "money", "fund"}),
)
AID_NOUNS = {"aid", "assistance", "help", "package"}  # ("pledged support": diplomatic)


def verb_acts(sent, found: list) -> list:
    """The sentence's triggers with these classes added or recoded; the means of a response
    and the aim of a demonstration are dropped as acts of their own."""
    by_token = {t.token.i: t for t in found}
    out = list(found)
    drop: set[int] = set()
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        toll = _toll_code(tok)
        own = by_token.get(tok.i)
        if toll and (own is None or own.code in GENERIC_FORCE):
            _set(out, by_token, tok, tok, toll)  # "an air strike on a school killed 30"
        code = _ground_code(tok) or _streets_code(tok, by_token) or _protesters_gathered(tok)
        if code:
            _set(out, by_token, tok, tok, code)
            continue
        own = by_token.get(tok.i)
        if own is not None and own.token.i == tok.i and own.code.startswith(RIOT_ROOTS) and \
                _rioters(_subject(tok)):
            own.code = RIOT  # "protesters stormed parliament / clashed with police"
        elif own is not None and own.code[:2] == "11" and tok.lemma_.lower() == "protest" \
                and _crowd(_subject(tok)):
            own.code = DEMONSTRATE  # "thousands protested against the law": no complaint
        elif own is not None and own.code.startswith("03") and \
                tok.lemma_.lower() in PLEDGE_VERBS:
            own.code = pledged_aid(tok) or own.code
        act = _continued_act(tok)
        if act is not None and act.i not in by_token:
            _set(out, by_token, act, tok, match_token(act)[0])
        elif act is not None and by_token[act.i].head.i == act.i:
            # "kept up drone strikes on X": the noun found alone takes the verb's doer
            own = by_token[act.i]
            own.head, own.start = tok, min(own.start, tok.idx)
        means = _response_means(tok)
        if means is not None:
            noun, code = means
            _set(out, by_token, tok, tok, code)
            drop |= {t.i for t in noun.subtree} - {tok.i}
    for tok in sent:  # "clashes between X and Y", "fighting between Armenian and ... forces"
        if tok.i not in by_token and fight_between(tok) and \
                tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT"):
            hit = match_token(tok)
            _set(out, by_token, tok, tok, hit[0] if hit and hit[0][:2] == "19" else "190")
    for t in out:
        if t.code[:2] in ("11", "12") and _demonstration_aim(t.token, by_token):
            drop.add(t.token.i)
        elif t.code[:2] in ("18", "19") and t.token.i == t.head.i and _toll_of_fight(t.token):
            drop.add(t.token.i)
    return [t for t in out if t.token.i not in drop]


def _toll_code(verb) -> str | None:
    """The code of the violent act that is the subject of a verb of its toll ("an ambush on
    a convoy left 15 soldiers dead", "a drone strike killed six"): the act happened, and its
    noun tells its kind; None otherwise."""
    lemma = verb.lemma_.lower()
    if lemma not in TOLL_VERBS or (lemma == "leave" and not any(
            t.lemma_.lower() in HARM_WORDS for t in verb.subtree)) or (
            lemma == "claim" and not any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                         for c in verb.children)):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    hit = match_token(subj) if subj is not None and subj.pos_ == "NOUN" else None
    return hit[0] if hit and hit[0][:2] in ("18", "19", "20") else None


def _toll_of_fight(verb) -> bool:
    """ "fighting between X and Y killed dozens": the killing is the fight's toll, coded as
    the fight between its two parties, no second act with no doer."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and fight_between(subj)


def _set(out: list, by_token: dict, token, head, code: str) -> None:
    own = by_token.get(token.i)
    if own is not None:
        own.code, own.cued = code, True
        return
    start, end = min(token.idx, head.idx), max(token.idx + len(token), head.idx + len(head))
    trig = Trigger(token, code, start, end, True, head)
    out.append(trig)
    by_token[token.i] = trig


def _subject(verb):
    """The verb's subject, or the subject of the verb it depends on ("took to the streets to
    protest": the protesters)."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "NUM"):
            return verb.head  # "hundreds of students protested ..." read as a noun's clause
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _counted(token):
    """ "thousands of Kenyans": the people counted."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    return token


def _armed(subj) -> bool:
    """An armed body or a state: "rebels", "Russian troops", "the Taliban", "Russia"."""
    if subj is None:
        return False
    subj = _counted(subj)
    if subj.lemma_.lower() in ARMED_NOUNS:
        return True
    return subj.ent_type_ in ("GPE", "ORG", "NORP") and subj.pos_ == "PROPN" and \
        subj.lemma_.lower() not in CROWD_NOUNS and _sector_armed_or_state(subj)


def _sector_armed_or_state(token) -> bool:
    from ..actors import code_phrase  # the actor tables

    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    actor = code_phrase(ent.text if ent is not None else token.text) or {}
    if actor.get("sector") in ARMED_SECTORS or str(actor.get("code") or "").startswith("IMG"):
        return True
    return token.ent_type_ == "GPE" and bool(actor.get("country")) and not actor.get("sector") \
        and actor.get("country") not in NON_STATE


def _rioters(subj) -> bool:
    """Protesters, not any people: "demonstrators", "rioters", "an angry mob", "hundreds of
    protesters", "supporters of the opposition leader"."""
    return subj is not None and (subj.lemma_.lower() in RIOT_NOUNS or
                                 _counted(subj).lemma_.lower() in RIOT_NOUNS)


def _crowd(subj) -> bool:
    """A crowd of people, no state or armed body: "thousands of Kenyans", "students",
    "Georgians" (a people named in the plural)."""
    if subj is None:
        return False
    counted = _counted(subj)
    if counted.lemma_.lower() in ARMED_NOUNS:
        return False
    if subj.lemma_.lower() in CROWD_NOUNS or counted.lemma_.lower() in CROWD_NOUNS:
        return True
    return counted.ent_type_ == "NORP" and counted.tag_ in ("NNPS", "NNS") or (
        counted.ent_type_ == "NORP" and counted.text.endswith("s") and counted.pos_ == "PROPN")


def _place_object(verb):
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (
        # "recaptured Mosul": the parser may read a place name right after the verb as an
        # adverb
        c.dep_ in ("advmod", "npadvmod") and c.i == verb.i + 1 and
        c.ent_type_ in ("GPE", "LOC", "FAC"))), None)
    if obj is None:  # "cordoned off the area": the particle's object
        prt = next((c for c in verb.children if c.dep_ == "prt"), None)
        obj = next((c for c in prt.children if c.dep_ == "pobj"), None) if prt is not None \
            else None
    if obj is None:
        return None
    if obj.lemma_.lower() in GROUND_NOUNS or obj.lower_ in GROUND_NOUNS or (
            verb.lemma_.lower() in SURROUNDING_VERBS and obj.lemma_.lower() in PLACE_NOUNS):
        return obj  # (any place can be surrounded: "tanks surrounded the hospital")
    # a named place: "took Mokha", "surrounded Mariupol"
    if obj.ent_type_ in ("GPE", "LOC", "FAC"):
        return obj
    return obj if obj.pos_ == "PROPN" and _a_place(obj) else None


def _a_place(token) -> bool:
    """A name the actor tables know as a place, whatever the tagger took it for ("took
    Avdiivka", tagged a person): a country and no sector."""
    from ..actors import code_phrase

    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    actor = code_phrase(ent.text if ent is not None else token.text) or {}
    return bool(actor.get("country")) and not actor.get("sector") and \
        actor["country"] not in NON_STATE


def _ground_code(verb) -> str | None:
    """192 for ground taken, 191 for a place surrounded, by an armed or state subject."""
    lemma = verb.lemma_.lower()
    if lemma not in TAKING_VERBS | SURROUNDING_VERBS or verb.dep_ in ("amod", "acl"):
        return None
    doer = _subject(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "the city was surrounded by Russian troops": the doer is the agent ("the town was
        # taken" with none names no one)
        doer = next((g for a in verb.children if a.dep_ == "agent" for g in a.children
                     if g.dep_ == "pobj"), None)
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None  # "took part in": taking part
    if _place_object(verb) is None or not _armed(doer):
        return None
    return BLOCKADE if lemma in SURROUNDING_VERBS else OCCUPY


def _streets_code(verb, by_token: dict) -> str | None:
    """ "took to / poured into the streets", "filled the squares": a demonstration, unless a
    purpose clause names the protest itself ("took to the streets to protest"), coded there."""
    if verb.lemma_.lower() not in STREET_VERBS or not _crowd(_subject(verb)):
        return None  # ("smoke filled the streets", "troops took to the streets")
    places = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into", "onto")
        for g in p.children if g.dep_ == "pobj"]
    if not any(p.lemma_.lower() in STREET_NOUNS or p.lower_ in STREET_NOUNS for p in places):
        return None
    # its purpose clauses (the parser may read "to vote" as a preposition and its object)
    aims = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children if g.pos_ == "VERB"]
    for comp in aims:
        if comp.lemma_.lower() not in PROTEST_AIMS:
            return None  # "took to the streets to celebrate the victory / to vote"
        own = by_token.get(comp.i)
        if own is not None and (
                own.code[:2] == "14" or comp.lemma_.lower() in ("protest", "demonstrate")):
            own.code = DEMONSTRATE
            return None
    return DEMONSTRATE


# Verbs of coming together: protesters who do so demonstrate ("hundreds of protesters gathered
# outside the embassy"); other people only with a protest aim (`_streets_code`'s aims).
GATHER_VERBS = {"gather", "assemble", "converge", "congregate", "mass"}


def _protesters_gathered(verb) -> str | None:
    """ "Protesters gathered outside the consulate", "demonstrators massed in the square": a
    demonstration (the subject is people named by their protest, `_rioters`)."""
    if verb.lemma_.lower() in GATHER_VERBS and _rioters(_subject(verb)):
        return DEMONSTRATE
    return None


def _demonstration_aim(token, by_token: dict) -> bool:
    """ "marched on parliament to oppose the law": the opposing is the march's aim."""
    if token.dep_ not in ("advcl", "xcomp") or token.lemma_.lower() not in OPPOSING_VERBS:
        return False
    head = by_token.get(token.head.i)
    return head is not None and head.code[:2] == "14" and head.token.i == token.head.i


def _continued_act(verb):
    """The act noun a verb of continuing carries: "kept up strikes", "pressed on with the
    offensive", "went ahead with the raids" (None when it names no coded act)."""
    prt = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if not any((verb.lemma_.lower(), p) in CONTINUING for p in prt):
        return None
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        noun = _counted(noun) if noun.lemma_.lower() in QUANTITY_NOUNS else noun
        hit = match_token(noun) if noun.pos_ == "NOUN" else None
        if hit and hit[0][:2] >= "14":
            return noun
    return None


def _response_means(verb):
    """(the means noun, its code) of "responded / retaliated / hit back with air strikes";
    None when the "with" phrase names no force."""
    lemma = verb.lemma_.lower()
    if lemma not in RESPONSE_VERBS or (lemma in ("hit", "strike") and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            noun = _counted(noun) if noun.lemma_.lower() in QUANTITY_NOUNS else noun
            code = _force_code(noun)
            if code:
                return noun, code
    return None


def _force_code(noun) -> str | None:
    words = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod")]
    for word in words:
        code = WEAPON_CODES.get(word.lemma_.lower()) or WEAPON_CODES.get(word.lower_)
        if code:
            return code
    hit = match_token(noun) if noun.pos_ == "NOUN" else None
    return hit[0] if hit and hit[0][:2] in ("18", "19") else None


def pledged_aid(verb) -> str | None:
    """The 033x code of a pledge whose object is aid or money ("pledged $500 million in
    humanitarian aid" → 0333), by the kind its object's words name; None for other pledges."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return None
    # "pledged 1 billion yuan in emergency aid": the parser may hang "in aid" on the verb
    objs += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    words = {t.lemma_.lower() for o in objs for t in o.subtree} | \
        {t.lower_ for o in objs for t in o.subtree}
    money = any(t.ent_type_ == "MONEY" for o in objs for t in o.subtree)
    if not (money or words & AID_NOUNS or words & AID_KINDS[0][1]):
        return None
    for code, kind in AID_KINDS:
        if words & kind:
            return code
    return "0331" if money else "033"


def _recipient(verb):
    """The phrases a pledge or a response is for or aimed at: the objects of "to", "for",
    "on", "at", "against", "into" in the verb's phrase, in order."""
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for", "on", "at", "against",
                                                      "into"):
            yield tok


def settle_target(doc, trig, event) -> None:
    """Give an event of these kinds the target its phrase names when the parse-wide rules
    found none (or found the doer's own side): a pledge's recipient ("in military aid to
    Kyiv"), a response's mark ("rockets fired at Tel Aviv"), a crowd's own government when it
    protests a law or policy ("rallied against the new law")."""
    if event.source_actor is None and event.cameo[:2] == "14" and _crowd(_subject(trig.head)):
        event.source_actor = _crowd_of_place(doc, trig.head)  # "thousands took to the
        # streets of Tbilisi": the people of the place they march in
    src = event.source_actor or {}
    tgt = event.target_actor or {}
    country = src.get("country")
    if not country or (tgt.get("country") and tgt.get("country") != country):
        return
    verb = trig.head
    if event.cameo.startswith("033") or (event.cameo[:2] == "19" and
                                         _response_means(verb) is not None):
        for tok in _recipient(verb):
            actor = _entity_actor(doc, tok)
            if actor and actor[0].get("country") and actor[0]["country"] != country:
                event.target_actor = _record(actor[0], actor[1])
                return
    elif event.cameo[:2] == "14" and country not in NON_STATE and not tgt.get("sector"):
        # (a place in the crowd's own country is where it marched: the law it marched
        # against names whom; left as it is otherwise, as the counterparts rule would put
        # another state of the article in an empty slot)
        obj = _protested(verb)
        if obj is not None:
            event.target_actor = {"code": country + "GOV", "country": country,
                                  "sector": "GOV", "entity": None,
                                  "text": doc.text[obj.left_edge.idx:obj.idx + len(obj)],
                                  "start": obj.left_edge.idx, "end": obj.idx + len(obj)}


def _crowd_of_place(doc, verb) -> dict | None:
    """Civilians of the state whose place a crowd's verb names ("in Dhaka", "the streets of
    Tbilisi"), or None."""
    for tok in verb.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of", "through", "across"):
            continue
        found = _entity_actor(doc, tok)
        if found and found[0].get("country") and found[0]["country"] not in NON_STATE and (
                found[1].label in ("GPE", "LOC", "FAC") or
                found[0].get("sector") in (None, "GOV")):
            # (a capital the tagger took for a person, "Yerevan", which the tables read as
            # its government, is still a place after "in" or "the streets of")
            country = found[0]["country"]
            return dict(_record({"code": country + "CVL", "country": country,
                                 "sector": "CVL"}, found[1]), entity=None)
    return None


def _protested(verb):
    """The law or policy a demonstration is against: "against / over the new law", or the
    object of "to oppose / to protest" in its purpose clause; None if another state owns it."""
    holders = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                        c.lemma_.lower() in OPPOSING_VERBS]
    for holder in holders:
        objs = [g for p in holder.children if p.dep_ == "prep" and
                p.lower_ in ("against", "over") for g in p.children if g.dep_ == "pobj"]
        objs += [c for c in holder.children if c.dep_ == "dobj" and (
            holder is not verb or verb.lemma_.lower() in OPPOSING_VERBS)]
        for obj in objs:
            if obj.lemma_.lower() not in POLICY_NOUNS:
                continue
            if any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in obj.subtree if t.i != obj.i):
                return None  # "against Israel's law": another's act, the parse-wide rules'
            return obj
    return None


def _entity_actor(doc, phrase):
    """(actor, entity) of the first entity inside a phrase that names an actor ("Hezbollah
    targets in Lebanon": Hezbollah; "Kyiv", which the tagger may take for a person, by the
    actor tables), or None."""
    from ..actors import code_phrase

    lo, hi = phrase.left_edge.idx, phrase.idx + len(phrase)
    for ent in sorted((e for e in doc.entities if lo <= e.start < hi), key=lambda e: e.start):
        actor = ent.actor or code_phrase(doc.text[ent.start:ent.end])
        if actor and actor.get("country"):
            return actor, ent
    return None


def _record(actor: dict, ent) -> dict:
    return {"code": actor.get("code") or actor.get("country"), "country": actor.get("country"),
            "sector": actor.get("sector"), "entity": ent.id, "text": ent.name,
            "start": ent.start, "end": ent.end}


# Verbs of an act's toll, and the words of harm that make "left" one ("left 15 dead").
TOLL_VERBS = {"kill", "leave", "wound", "injure", "claim", "maim"}
HARM_WORDS = {"dead", "wounded", "injured", "killed", "casualty"}
GENERIC_FORCE = {"190", "180", "182"}  # the verb's own code, which the act's noun refines
# Nouns of fighting two parties do with each other ("clashes between X and Y").
FIGHT_NOUNS = {"clash", "fighting", "fight", "battle", "skirmish", "gunfight", "firefight",
               "gunbattle", "hostility", "combat"}


def _between(noun):
    """The object of "between" on a fight noun, or on the verb the noun is the subject of
    ("clashes erupted between X and Y")."""
    if noun.pos_ in ("VERB", "AUX") and noun.tag_ != "VBG":
        return None  # a finite verb's subject names its parties ("they clashed between ...")
    holders = [noun] + ([noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [])
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "between"):
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def fight_between(token) -> bool:
    """A fight noun (or gerund) with two parties in its "between" phrase."""
    obj = _between(token) if token.lemma_.lower() in FIGHT_NOUNS else None
    return obj is not None and bool(_party_phrases(obj))


def _party_phrases(obj) -> list[tuple[int, int]]:
    """The two parties' character spans in "between X and Y" (two noun phrases), or in
    "between Indian and Chinese troops" (two modifiers of one noun: "Indian troops",
    "Chinese troops", each with the noun); [] otherwise."""
    conj = next((c for c in obj.children if c.dep_ == "conj"), None)
    if conj is not None:
        return [(obj.left_edge.idx, obj.idx + len(obj)),
                (conj.left_edge.idx, conj.idx + len(conj))]
    first = next((c for c in obj.children if c.dep_ in ("amod", "compound", "nmod") and
                  any(g.dep_ == "conj" for g in c.children)), None)
    if first is None:
        return []
    second = next(g for g in first.children if g.dep_ == "conj")
    return [(first.idx, first.idx + len(first)), (second.idx, second.idx + len(second))]


def fight_pair(doc, token) -> list[dict]:
    """[first, second] actor records of a fight noun's two parties ("clashes between Sudanese
    troops and RSF fighters", "fighting between Armenian and Azerbaijani forces", "clashes
    erupted between ..."), as coders list a mutual act; [] when the phrase names no two
    parties of known codes."""
    from ..actors import code_phrase
    from .implied import actor_record

    if token.lemma_.lower() not in FIGHT_NOUNS and token.lower_ not in FIGHT_NOUNS:
        return []
    obj = _between(token)
    spans = _party_phrases(obj) if obj is not None else []
    out = []
    for start, end in spans:
        text = doc.text[start:end]
        if end <= obj.idx:  # a modifier alone: its noun tells the sector ("Indian troops")
            text = f"{text} {obj.text}"
        ent = next((e for e in doc.entities if start <= e.start < end and e.actor), None)
        actor = code_phrase(text) or (ent.actor if ent is not None else None)
        if not actor or not (actor.get("country") or actor.get("sector")):
            return []
        out.append(actor_record(actor, start, end, ent.id if ent is not None else None))
    if len(out) == 2 and out[0]["country"] == out[1]["country"] and \
            all(p["sector"] in (None, "GOV") for p in out):
        return []  # "between Khartoum and Omdurman": two places of one state (a capital
        # reads as its government), no parties
    return out if len(out) == 2 else []
