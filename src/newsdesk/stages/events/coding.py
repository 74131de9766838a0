"""CAMEO coding of clauses: the verb / noun lexicon (`lexicons/cameo_verbs.tsv`, read by
tables.py: trigger lemma, part of speech, cue lemmas, CAMEO code) matched over the
dependency parse.

A lexicon row with cues only fires when one of the cue lemmas is a dependent of the trigger
(object, particle, preposition, its object, or a compound/adjective on the object): "impose
sanctions" → 163 while a bare "impose" codes nothing. A cue "up+aid" needs both lemmas
("held up aid" → 162, not "held up a sign"). Rows with cues beat bare rows.
"""
from __future__ import annotations

from dataclasses import dataclass

from .happenings import BOMBING, crowd_event, goes_off
from .measures import SANCTIONS, punished_with_measures
from .hopes import HOPE_CODE, hoped_betterment
from .nominal_parties import (asked_doer, asked_for, attacked_party, led_by, met_in_adjunct,
                              open_to_party, pair_between, pair_word)
from .objects import judged_object, kind_of
from .responsibility import claimed_acts, claimer
from .restrictive import judged_acts
from .swaps import swap_sides
from .tables import lexicon
from .undone import threatened

# Verbs whose object noun carries the event ("imposed sanctions", "held talks").
LIGHT_VERBS = {
    "hold", "have", "pay", "make", "launch", "conduct", "carry", "stage", "mount", "impose",
    "begin", "start", "continue", "resume", "renew", "open", "undertake", "announce", "order",
    "stage", "take", "give", "issue", "deliver", "extend", "slap", "level", "file", "lodge",
    "wage", "step", "intensify", "unleash", "initiate", "organize", "organise", "lead", "join",
    "call", "sign", "reach", "conclude", "establish", "grant", "speed", "complete", "reimpose",
    "hold", "agree", "stage", "plan", "exchange", "trade", "participate", "engage", "involve",
    "lock", "embroil", "mire", "prepare", "draft",
    "authorize", "authorise", "approve",  # "authorized surveillance flights over Syria"
    "rule",  # "ruled out a strike" (modality.ruled_out: not done, or possible)
    "press", "pursue", "push",  # "pressed a crackdown on protests": pursued it, no demand
}
# Verbs whose subject receives the act its object names, from the giver in a from/by phrase
# ("faced criticism from France", "received aid from Japan", "came under pressure from",
# "met with condemnation by"): the converse of a light verb.
RECEIVING_VERBS = {"face", "draw", "receive", "attract", "suffer", "endure", "get", "win",
                   "earn", "meet", "come", "accept",
                   # the one who escapes or survives an act undergoes it: "soldiers fled the
                   # offensive by the rebels", "survived an attack by gunmen"
                   "flee", "escape", "survive", "withstand",
                   # what one does draws the act on oneself: "prompting a rebuke from Tokyo",
                   # "provoked condemnation from the UN"
                   "prompt", "provoke", "trigger", "spark", "elicit", "invite"}
# A light verb's object that only measures the event ("10 days of war games").
MEASURE_NOUNS = {"day", "week", "month", "round", "series", "wave", "number", "set", "kind"}

# Dependencies of a trigger whose lemma may satisfy a cue.
CUE_DEPS = {"dobj", "prt", "prep", "pobj", "attr", "acomp", "xcomp", "ccomp", "compound",
            "amod", "nsubjpass", "npadvmod", "advmod", "oprd", "dative", "conj", "agent", "nmod"}


@dataclass
class Trigger:
    """One lexicon hit: the token that carries the event, its code and the span to show."""

    token: object  # spaCy Token
    code: str
    start: int  # character offsets of the evidence span
    end: int
    cued: bool  # matched a row with cues (stronger evidence than a bare verb)
    head: object = None  # the verb whose arguments give the actors (light verb or the trigger)


def _cue_lemmas(token) -> set[str]:
    """Lemmas near a trigger that can satisfy a cue: its dependents, their objects and
    modifiers (two levels), so "provide military aid to" sees provide/aid/military/to."""
    out: set[str] = set()
    if token.dep_ == "relcl":
        # "the agreement that the two leaders reached": the relative pronoun stands for the
        # noun the clause modifies, so that noun is the verb's object
        out.add(token.head.lemma_.lower())
    elif token.dep_ == "acl" and token.tag_ == "VBN":
        # "sanctions imposed by the EU": a passive participle's noun is what was acted on,
        # its object as the passive subject is ("sanctions were imposed")
        out.add(token.head.lemma_.lower())
    for child in token.children:
        if child.dep_ in ("advcl", "ccomp", "xcomp"):
            # "called for the port to remain open": the parser hangs "for" on the clause
            out.update(g.lemma_.lower() for g in child.children if g.dep_ == "mark")
        if child.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to"
                                         for g in child.children):
            # "ordering diplomats from five states to leave": the parse hangs the object's
            # infinitive on the verb as a clause of purpose
            out.add(child.lemma_.lower())
        if child.dep_ not in CUE_DEPS or time_phrase(child) or _conjoined_clause(child):
            continue
        out.update(_forms(child))
        for grand in child.children:
            # pcomp: a gerund after the preposition names the act as a noun would
            # ("charged him with inciting violence" as "charged him with incitement")
            if grand.dep_ in ("pobj", "pcomp", "compound", "amod", "dobj", "prt", "nmod",
                              "conj", "prep"):
                out.update(_forms(grand))
                for g3 in grand.children:
                    if g3.dep_ in ("compound", "amod", "pobj"):
                        out.update(_forms(g3))
    return out


def _carrier_cues(verb) -> set[str]:
    """Cue words of a light verb for the noun it carries: the verb itself ("carried out
    strikes" is an attack, "staged a strike" a walkout) and its own phrases, which the parser
    often hangs on the verb rather than the noun ("carried out strikes on Sunday against
    militants"); time phrases are no cue."""
    out = {verb.lemma_.lower()}
    for child in verb.children:
        if child.dep_ == "prep" and not time_phrase(child):
            out.update(_forms(child))
            out.update(f for g in child.children if g.dep_ == "pobj" for f in _forms(g))
    return out


# The cue a lexicon row writes for "its object, or its "of" phrase, names people" ("the
# release of the captain", "freed two aid workers"), whatever word names them.
PEOPLE_CUE = "@people"


def _of_people(token) -> bool:
    objs = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]
    return any(kind_of(o) in ("person", "group") for o in objs)


def _conjoined_clause(child) -> bool:
    """ "called Netanyahu and urged restraint": a conjoined verb is a second act with its own
    object, no cue of the first ("restraint" is what was urged, not what the call was)."""
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")


def _forms(token) -> tuple[str, ...]:
    """A cue word's lemma, and for an acronym its own letters too: the lemmatizer takes the
    final S of "ECOWAS" for a plural ("left ECOWAS" gave "ecowa")."""
    if token.text.isupper() and len(token.text) > 1:
        return token.lemma_.lower(), token.text.lower()
    return (token.lemma_.lower(),)


# Nouns that name a point or stretch of time: the entity tagger leaves "at any time", "at
# that point" or "on the same day" untagged, and their preposition then read as a cue ("could
# fire her at any time" as firing at someone).
TIME_NOUNS = {"time", "moment", "point", "stage", "hour", "minute", "day", "night", "morning",
              "evening", "afternoon", "week", "weekend", "month", "year", "while", "juncture"}


# Prepositions that place an act after, before or during another: "suspended the talks
# after the attack" suspends talks, not the attack.
SEQUENCE_PREPS = {"after", "before", "since", "following", "until", "amid", "during"}


def time_phrase(prep) -> bool:
    """ "on Monday", "in March", "at any time", "after the attack": a preposition of time
    cues no event ("called on Monday" is no appeal, "called on Moscow" is)."""
    if prep.dep_ == "prep" and prep.lower_ in SEQUENCE_PREPS:
        return True
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in TIME_NOUNS)
        for g in prep.children)


def _pos_key(token) -> str:
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return token.pos_


def match_token(token, carrier=None) -> tuple[str, bool] | None:
    """The CAMEO code a token triggers (with whether a cued row matched), or None. A noun
    carried by a light verb (`carrier`) also sees that verb and its phrases as cues (see
    _carrier_cues)."""
    rows = lexicon().get((token.lemma_.lower(), _pos_key(token)))
    if not rows and token.pos_ == "VERB":
        rows = lexicon().get((token.text.lower(), "VERB"))
    if not rows:
        return None
    near = None
    for row in rows:
        if not row.cues:
            return row.code, False
        if near is None:
            near = _cue_lemmas(token) | (_carrier_cues(carrier) if carrier is not None
                                         else set())
            if _of_people(token):
                near.add(PEOPLE_CUE)
        if any(all(part in near for part in cue.split("+")) for cue in row.cues):
            return (row.code, True) if row.code != "-" else None
    return None


def _received_trigger(token, used: set[int]) -> list[Trigger]:
    """The act a receiving verb's object names, done to the verb's subject ("suffered an
    attack by", "fled the offensive by"), as a trigger of its own; [] when there is none."""
    received = received_act(token)
    hit = match_token(received) if received is not None else None
    if received is None or not (hit or received.lemma_.lower() in HARMED):
        return []
    used.add(received.i)
    start = min(token.idx, received.idx)
    end = max(token.idx + len(token), received.idx + len(received))
    return [Trigger(received, hit[0] if hit else HARM_CODE, start, end, True, token)]


def find_triggers(sent) -> list[Trigger]:
    """Every lexicon hit in a spaCy sentence: verbs, and nouns carried by a light verb
    ("imposed sanctions", "held talks"). A noun that already served as a verb's cue is not
    coded again."""
    found: list[Trigger] = []
    used: set[int] = set()
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.i in used:
            continue
        measure = punished_with_measures(token)
        if measure is not None:  # "slapped Iran with sanctions": imposed on Iran (163)
            used.add(measure.i)
            found.append(Trigger(measure, SANCTIONS, token.idx, measure.idx + len(measure),
                                 True, token))
            continue
        hit = match_token(token)
        if hit and (not hit[1] or hit[0][:2] in VIOLENT_ROOTS) and \
                token.lemma_.lower() in LIGHT_VERBS and _event_object(token):
            # "ordered the detention of": the object's event, not a bare order; "launched a
            # drone attack on Kyiv": the attack is the act (the drone cued the verb), and its
            # own phrase names the one attacked
            hit = None
        if hit:
            code, cued = hit
            found.append(Trigger(token, code, token.idx, token.idx + len(token), cued, token))
            if cued and code != RETREAT:  # "fled the rebels' offensive": theirs too
                used.update(c.i for c in token.children if c.dep_ in ("dobj", "prt"))
            elif code == RETREAT:  # "fled the offensive by the rebels": the offensive is one
                found.extend(_received_trigger(token, used))
            continue
        received = _received_trigger(token, used)
        if received:
            found.extend(received)
            continue
        if token.lemma_.lower() in LIGHT_VERBS:
            noun = _light_object(token)
            if noun is not None and not judged_object(token, noun):
                # ("called the accusation absurd": a judgement of an act, no act; anaphora.py)
                hit = match_token(noun, carrier=token)
                if hit:
                    used.add(noun.i)
                    start = min(token.idx, noun.idx)
                    end = max(token.idx + len(token), noun.idx + len(noun))
                    found.append(Trigger(noun, hit[0], start, end, True, token))
                    for other, code in _other_acts(noun, hit[0]):
                        # "exchanged threats and insults": each act of another root
                        used.add(other.i)
                        found.append(Trigger(other, code, other.idx, other.idx + len(other),
                                             True, token))
    found.extend(Trigger(t, BOMBING, t.idx, t.idx + len(t), True, t) for t in sent
                 if goes_off(t) and t.i not in used and all(f.token.i != t.i for f in found))
    taken = used | {t.token.i for t in found}
    for token in sent:
        # a nominal event whose doer is named inside its own noun phrase ("Trump
        # administration tariffs on Canadian paper", "Russia's offensive", "talks by the two
        # leaders"): the noun alone carries the event, its phrase gives the actors
        if token.pos_ == "NOUN" and threatened(token):
            continue  # "threats of strikes against X": the threat is the act (undone.py)
        # (an act asked for is one even when it cued the asking: "demanded their
        # withdrawal" lists the demand and the withdrawal, requested)
        agent = nominal_agent(token) if token.pos_ == "NOUN" and (
            token.i not in taken or asked_for(token) is not None) else None
        if agent is None:
            hit = match_token(token) if token.pos_ == "NOUN" and token.i not in taken else None
            if hit and hit[0][:2] == "14" and crowd_event(token):
                found.append(Trigger(token, hit[0], token.idx, token.idx + len(token), hit[1],
                                     token))
            elif hit and is_mutual(hit[0]) and (_with_counterpart(token) or pair_word(token)):
                # "talks with the Taliban have resumed": one side named; the other may be the
                # report's speaker (implied.speaking_party), else the event is dropped
                found.append(Trigger(token, hit[0], token.idx, token.idx + len(token), hit[1],
                                     token))
            elif hit and hit[0][:2] in VIOLENT_ROOTS and attacked_party(token) is not None:
                # "a cyberattack on Sony": the one attacked named, the doer maybe not
                found.append(Trigger(token, hit[0], token.idx, token.idx + len(token), hit[1],
                                     token))
            elif token.pos_ == "NOUN" and token.i not in taken and swap_sides(token):
                # "the trade of five prisoners for a soldier": both sides in its phrase
                found.append(Trigger(token, "0841", token.idx, token.idx + len(token), True,
                                     token))
            continue
        hit = match_token(token)
        if hit and hit[0][:2] in VIOLENT_ROOTS and agent.dep_ == "compound" and \
                agent.ent_type_ == "GPE":
            continue  # "the Nice attack", "the Istanbul bombing": named after the place
        if hit and agent.head.lower_ == "between" and not is_mutual(hit[0]) and \
                not hit[0].startswith("084"):
            continue  # "the border between X and Y" is no act of X on Y (a swap is each's)
        if hit:
            found.append(Trigger(token, hit[0], token.idx, token.idx + len(token), hit[1],
                                 token))
    found += [Trigger(t, code, t.idx, t.idx + len(t), True, held)  # "X was behind the attack"
              for t, code, held in claimed_acts(sent, taken, match_token)]
    found += [Trigger(adj, "111", verb.idx, adj.idx + len(adj), True, verb)  # "said X was
              for adj, verb in judged_acts(sent, taken)]  # regrettable" (restrictive.py)
    for token in sent:  # "hoped the two countries could improve ties" (hopes.py)
        if token.i not in taken and hoped_betterment(token) is not None:
            head = token.head if token.pos_ == "NOUN" else token
            found.append(Trigger(token, HOPE_CODE, min(head.idx, token.idx),
                                 token.idx + len(token), True, head))
    return found


def _other_acts(noun, code: str) -> list[tuple]:
    """The conjuncts of a light verb's act noun that name acts of other CAMEO roots
    ("exchanged threats and insults", "imposed sanctions and an arms embargo" adds nothing:
    one root, one act): [(token, code)]."""
    out, roots = [], {code[:2]}
    for conj in noun.conjuncts:
        if conj.i < noun.i or conj.pos_ != "NOUN":
            continue
        hit = match_token(conj)
        if hit and hit[0][:2] not in roots:
            roots.add(hit[0][:2])
            out.append((conj, hit[0]))
    return out


def _with_counterpart(noun) -> bool:
    """An act noun with a "with" phrase naming a party ("talks with the Taliban")."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and
               any(g.dep_ == "pobj" and g.ent_type_ in AGENT_ENTS for g in c.subtree)
               for c in noun.children)


VIOLENT_ROOTS = {"18", "19", "20"}
# CAMEO roots of acts done with each other: consult/meet (04), material cooperation (06) and
# fight (19) ("X and Y met", "talks between X and Y")
MUTUAL_ROOTS = ("04", "06", "19")
# ... and codes of other roots that two parties do together: diplomatic cooperation and a
# signed agreement (050, 057), a truce or ceasefire (0871). Praise, recognition or an apology
# (051-056) is each one's own: "X and Y praised the deal" are two praises of the deal.
MUTUAL_CODES = ("050", "057", "0871")

# Agreeing is itself the act (CAMEO root 05, PLOVER AGREE), as our hand-coding guidelines
# code it ("05 diplomatic cooperation (praise, agree, sign)", realnews/GUIDELINES.md): "Japan
# agreed to provide aid" is an agreement made, not only an intent to aid (CAMEO's 033).
AGREED = "057"
AGREEING = frozenset({"agree"})


def agreeing(code: str, lemma: str) -> bool:
    """Is this the act of agreeing ("agreed to X", "agreed to the plan")?"""
    return code == AGREED and lemma in AGREEING


def is_mutual(code: str) -> bool:
    """A CAMEO code of an act two parties do with each other (MUTUAL_ROOTS, MUTUAL_CODES)."""
    return code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES


# Named-entity types that can be the doer named inside a nominal event's phrase.
AGENT_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


def nominal_agent(noun):
    """The doer named inside an event noun's own phrase: its possessor ("Russia's attack"),
    a name or nationality modifying it ("Trump administration tariffs", "U.S. sanctions",
    "Israeli airstrikes"), or its "by" phrase ("an offensive by the Islamic State");
    None when the phrase names nobody."""
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "by":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    for child in noun.children:
        # "the detention of the leader by Kenyan police": the parser often hangs the "by"
        # phrase on the act's object; an act's object has no agent of its own
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "of":
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                for by in (g for g in obj.children if g.dep_ == "prep" and g.lower_ == "by"):
                    agents = [g for g in by.children if g.dep_ == "pobj"]
                    if agents:
                        return agents[0]
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "amod":  # a nationality ("Israeli"), not any adjective ("Nice")
            if child.ent_type_ == "NORP" or child.pos_ == "PROPN" or _demonym(child):
                return child
            if led_by(child) is not None:  # "the U.S.-led pressure campaign"
                return led_by(child)
        elif any(t.ent_type_ in AGENT_ENTS or t.pos_ == "PROPN" for t in child.subtree):
            return child
    return between_first(noun) or pair_between(noun) or asked_doer(noun) or \
        _owner_is_subject(noun) or met_in_adjunct(noun) or claimer(noun) or open_to_party(noun)


# Verbs whose object is someone else's act ("condemned its attack", "blamed their raids"):
# there a possessive pronoun points back to another actor, not to the subject.
OTHERS_ACT_ROOTS = {"09", "10", "11", "12", "13"}


def _owner_is_subject(noun):
    """ "Turkey will not back down in its fight against the PKK", "Russia defended its
    airstrikes": a possessive pronoun on an act noun in a clause's object or adjunct stands
    for that clause's subject (when its number fits: "its" a singular thing, "their" any,
    "his"/"her" a named person); that subject is the doer. None otherwise."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("its", "their", "his", "her"):
        return None
    head = noun
    while head.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            break
    if head.pos_ not in ("VERB", "AUX") or head.i == noun.i:
        return None
    hit = match_token(head)
    if hit and hit[0][:2] in OTHERS_ACT_ROOTS:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS")
    fits = {"its": not plural and subj.ent_type_ != "PERSON", "their": True,
            "his": subj.ent_type_ == "PERSON", "her": subj.ent_type_ == "PERSON"}
    return subj if fits[poss.lower_] else None


def _demonym(token) -> bool:
    """A capitalized adjective the actor tables know as a people ("Western" sanctions, which
    spaCy tags as a plain adjective, not a nationality)."""
    from ..actors.phrase import find_matches  # the actor tables, loaded once

    if not token.text[:1].isupper():
        return False
    _, matches = find_matches(token.text)
    return any(m.entry.role == "demonym" for m in matches)


def between_first(noun):
    """ "talks between Serbia and Kosovo", "fighting between the army and the RSF": the first
    of the two parties (the second is the target, found among the noun's prepositional
    objects); None without "between X and Y". Only mutual acts take it (find_triggers)."""
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "between":
            first = next((g for g in child.children if g.dep_ == "pobj"), None)
            if first is not None and any(c.dep_ == "conj" for c in first.children):
                return first
    return None


def received_act(verb):
    """The event noun a receiving verb's subject undergoes when the text names who gave it:
    "drew criticism from Paris", "came under pressure from Brazil", "was met with sanctions
    by Japan" -> the noun (criticism, pressure, sanctions); None otherwise (a received act
    with no giver is no dyad: "faced criticism")."""
    if verb.lemma_.lower() == "be":
        return _among_the_harmed(verb)
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    for child in verb.children:
        noun = None
        if child.dep_ == "dobj" and verb.lemma_.lower() != "come":
            noun = child
        elif child.dep_ == "prep" and child.lower_ in ("under", "with"):
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and (
                giver_of(verb, noun) is not None or _violence_suffered(verb, noun)):
            return noun
    return None


# Verbs of undergoing violence: "suffered two bombings", "came under attack", "endured
# shelling". Violence needs no giver named to be an event: its doers are the place's
# unidentified attackers (arguments.unidentified_attackers), as with "a bomb killed ten".
SUFFERING_VERBS = {"suffer", "endure", "come", "face", "sustain"}


def _violence_suffered(verb, noun) -> bool:
    hit = match_token(noun)
    return verb.lemma_.lower() in SUFFERING_VERBS and hit is not None and \
        hit[0][:2] in VIOLENT_ROOTS


# "were among the wounded / the dead": the subject suffered violence (CAMEO 19x; who did it
# is the place's unidentified attackers unless a "by" phrase names them).
HARMED = {"wound", "wounded", "injure", "injured", "dead", "kill", "killed", "victim",
          "casualty"}
HARM_CODE = "190"
RETREAT = "0874"


def _among_the_harmed(verb):
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            # "among the wounded, a news agency reported" read as one noun phrase (the
            # word after "the" is the harmed), "among those killed" (its participle)
            nearby = [verb.doc[child.i + 2]] if child.i + 2 < len(verb.doc) and \
                verb.doc[child.i + 1].lower_ == "the" else []
            nearby += [c for c in noun.children if c.dep_ == "acl"] if noun is not None else []
            for word in ([noun] if noun is not None else []) + nearby:
                if word.lemma_.lower() in HARMED or word.lower_ in HARMED:
                    return word
    return None


def giver_of(verb, noun):
    """Who gives a received act: the object of "from" (or "by") on the noun or on the verb."""
    for holder in (noun, verb):
        for child in holder.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def _event_object(verb) -> bool:
    """Does a light verb carry the act its object names ("launched an attack")? Not when it
    names or judges that object ("called the agreement an act of aggression": the verdict is
    the verb's own act, refine._verdict; the agreement is told, not called for)."""
    noun = _light_object(verb)
    return noun is not None and noun.pos_ in ("NOUN", "PROPN") and \
        match_token(noun) is not None and not judged_object(verb, noun)


# Verbs that carry the act their "in" phrase names ("took part in talks with", "engaged in
# fighting with", "participated in a summit", "are locked in a trade war"): "take" only with
# "part". Their passive participles are states of the subject ("were involved in talks"):
# the subject takes part (arguments.source_token).
IN_VERBS = {"participate", "engage", "join", "take", "involve", "lock", "embroil", "mire"}


def _in_object(verb):
    """The noun of "in" after a verb of taking part, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in IN_VERBS:
        return None
    holders = [verb]
    if lemma == "take":
        holders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "part"]
        holders += [verb] if holders else []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _amount(token) -> bool:
    """A sum or a number as a noun ("$300 million", "2 billion euros", "thousands")."""
    return token.ent_type_ in ("MONEY", "QUANTITY") or (
        token.ent_type_ == "CARDINAL" and token.pos_ in ("NUM", "NOUN")) or any(
        c.dep_ == "nummod" and c.ent_type_ in ("MONEY", "CARDINAL") for c in token.children)


def _light_object(verb):
    taking_part = _in_object(verb)
    if taking_part is not None:
        return taking_part
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            if child.lemma_.lower() in MEASURE_NOUNS or _amount(child):
                # "a series of strikes"; "$300 million in military aid", "2 billion euros
                # of assistance": the act is what the measure or the amount is of
                for prep in child.children:
                    if prep.dep_ == "prep" and (prep.lower_ == "of" or (
                            prep.lower_ == "in" and _amount(child))):
                        objs = [g for g in prep.children if g.dep_ == "pobj"]
                        if objs:
                            return objs[0]
            return child
    return None
