"""Rules that keep, recode or drop a lexicon hit by what the parse says around it. Each rule is
one class of error a verb lexicon makes on real news (issue 19), decided on the clause's
structure and the kind of its object (objects.py), never on particular sentences:

- figurative force: a verb of force (15-20) whose object is an abstract notion ("attacked the
  problem", "invaded a new corner of the market", "storm the courts") or a war/battle noun
  of another domain ("a legal war"; a trade war is economic pressure, 163) → no event
  (the tests on war nouns and weapons of words are in figurative.py);
- releases: 084x needs people released ("released a statement / a report" → no event), and
  someone who returns them ("refugees returned home" went back themselves → no event);
- capture / seize: people seized are an abduction (181), a place an occupation (192), other
  things a confiscation (1711 for seize) or nothing (a camera "captured the attack");
- "help to unite", "helped bring about": help with a clause and nobody helped is no aid;
- suicide attacks ("suicide bombers struck", "blew himself up") are 1831, whoever the verb
  alone would suggest;
- "going to" is a future, not a trip; a missile that "landed in" a country made no visit;
  "welcomed the decision" is approval (051), not hosting; "warned citizens to avoid
  crowds" is advice (020), not a threat; "agreed with that sentiment" is no intent to
  cooperate;
- imperatives (slogans, "Free the hostages!") report no event.

`refine(trigger, code)` → the code to use, or None to drop the hit. Rules that need the
actors (visits without a destination, irregular violence) are in actor_rules.py.
"""
from __future__ import annotations

import re

from ..actors import code_phrase
from ..voice.tone import polarity_of
from .modality import phoned_to
from .objects import MOTION_VERBS, PLACE_NOUNS, judged_thing, kind_of, thematic_object
from .coding import AGREED, time_phrase
from .actor_rules import CONTEST_VERBS, SEIZE_VERBS
from .arguments import INSTRUMENTS
from .figurative import (FORCE_ROOTS, armed_with_words, economic_doer, economic_truce,
                         noun_domain, war_on_abstract)
from .recode import FUTURE_AUX, structural
from .mutual_speech import pair_spoke
from .restrictive import DISAPPROVAL, holding_rule
from .senses import no_event_clause, other_sense
from .undone import answered_in_words
from .verb_acts import fight_between

RELEASE_PREFIX = "084"
HELP_VERBS = {"help", "assist"}
REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def refine(trig, code: str, doc) -> str | None:
    """The code for a lexicon hit after the structural rules above (None: no event)."""
    verb = trig.head
    if _imperative(verb) or _generic_gerund(verb) or generic_doer(verb):
        return None
    if _suicide_attack(trig, code):
        return "1831"
    if _describes_a_noun(verb, code) or no_event_clause(verb, code):
        return None  # (no_event_clause: press boilerplate, a barred activity: senses.py)
    if trig.token.i == verb.i and verb.lemma_.lower() in WEAPON_ONLY_VERBS and not trig.cued \
            and not weapon_hit(verb):
        return None  # "prices hit a record", "the storm hit the coast": no weapon, no force
    if code == "190" and answered_in_words(verb):
        return None  # "Trump responded to the attack, tweeting that ...": a reply, no force
    if trig.token.i != verb.i:
        return structural(trig, noun_domain(trig.token, code, doc))
    if code == "0871" and economic_truce(verb):
        return structural(trig, "030")  # "agreed to a truce on tariff hikes": a trade deal
        # (agreed by two states, the agreement rule makes it 057), no ceasefire
    obj = thematic_object(verb)
    held = holding_rule(verb, code, obj)  # holdings closed, sanctions adopted
    if held is not None:
        return structural(trig, held or None)
    kind = kind_of(obj, doc) if obj is not None else None
    code = _by_object(code, verb, obj, kind, doc)
    code = other_sense(verb, code) if code else None  # "fought alongside" (senses.py)
    return structural(trig, _by_verb(code, verb, kind, doc) if code else None)


# Verbs of force only when a weapon does them (their lexicon row has no cue).
WEAPON_ONLY_VERBS = {"hit"}


def weapon_hit(verb) -> bool:
    """Is the doer a weapon ("Russian missiles hit Kyiv", "was hit by a drone")?"""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in INSTRUMENTS:
            return True
        if child.dep_ == "agent" and any(g.dep_ == "pobj" and g.lemma_.lower() in INSTRUMENTS
                                         for g in child.children):
            return True
    return False


def _describes_a_noun(verb, code: str) -> bool:
    """ "urged them to respect the ceasefire agreed in Dar es Salaam", "the deal signed in
    Doha": a participle of cooperation that describes a noun, with no doer of its own ("by
    Qatar"), recalls how the thing came about; it is no act of the clause's subject, and
    its place is a venue, no party."""
    own = ("agent", "nsubj", "nsubjpass", "aux", "auxpass")
    if code[:2] not in ("03", "04", "05", "06") or any(c.dep_ in own for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return True
    # the parse often reads "the ceasefire agreed in X" as a subjectless clause of the main
    # verb or its conjunct ("urged ... agreed"): a past form right after the noun, with no
    # subject, is that
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBD", "VBN") and \
        before is not None and before.pos_ == "NOUN" and before.dep_ in ("dobj", "pobj")



def _by_object(code: str, verb, obj, kind: str | None, doc) -> str | None:
    """Releases, seizures, captures and force, decided by what they are done to."""
    lemma = verb.lemma_.lower()
    if code.startswith(RELEASE_PREFIX) and lemma in ("release", "free"):
        return code if kind in (None, "person", "group", "unknown") else None
    if code.startswith(RELEASE_PREFIX) and lemma == "return" and obj is None and \
            not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "the fighters could return to the battlefield": they went back,
        # nobody returned them (084 is the return of persons by someone who held them)
    if code.startswith("192") and lemma in SEIZE_VERBS and kind in ("person", "group"):
        return "181"  # "seized four suspects at the airport": the place cued the row, but it
        # is where; the people are what was seized
    if code.startswith("1711") and lemma == "seize":
        if kind in ("person", "group") and not _is_place_word(obj):
            return "181"
        return None if kind == "abstract" else code
    if code == "181" and lemma in ("capture", "recapture"):
        # people captured: abduction; a place: occupation; an image or a moment: nothing
        return {"person": code, "group": code, "place": "192", None: code}.get(kind)
    if code == "190" and lemma in CONTEST_VERBS and obj is not None and \
            obj.lemma_.lower() in REPELLED_ACTS:
        return code  # "repelled an insurgent attack": force against the attackers
    if lemma in ("commit", "perpetrate") and code[:2] in ("18", "20"):
        return code  # "committed atrocities": the object names the act itself, no target
    if code[:2] in FORCE_ROOTS and _final_score(verb):
        return None  # "Rovers beat United 3-1": a game, not force
    if code in ("175", "190") and obj is not None and obj.lemma_.lower() in REPRESSED_ACTS:
        return code  # "crushed the uprising", "quelled the protests": force on those who rise
    if code == "170" and obj is not None and obj.lemma_.lower() in COUP_OBJECTS:
        return code  # "seized power": the state's power is what a coup takes (lexicon)
    if code[:2] in FORCE_ROOTS or code.startswith("17"):
        if kind == "abstract" and code != "196" and not code.startswith("172"):
            return None  # a ceasefire agreement is what 196 violates; a curfew, a ban or
            # martial law is what a restriction (172x) imposes
        if code[:2] in FORCE_ROOTS and (war_on_abstract(verb, doc) or armed_with_words(verb, doc)
                                        or economic_doer(verb)):
            return None
    return code


# Acts of a people or a force that a state crushes ("crushed the rebellion", "quelled the
# protests"): the force falls on those who do them, though the noun names an act.
REPRESSED_ACTS = {"protest", "demonstration", "unrest", "riot", "dissent", "uprising",
                  "strike", "rebellion", "insurgency", "revolt", "mutiny", "insurrection"}


# What a coup takes or is ("seized power", "staged a coup"): abstract nouns, and the act.
COUP_OBJECTS = {"power", "coup", "putsch"}


# Acts that a force beats off: the verb's object, not an abstract notion ("repelled an
# attack", "pushed back the offensive").
REPELLED_ACTS = {"attack", "assault", "offensive", "raid", "incursion", "advance", "ambush",
                 "onslaught", "push"}


_SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–:] ?\d{1,3}(?![\d.,:])")


def _final_score(verb) -> bool:
    """Is there a score ("3-1", "24-12", "2:0") in what follows the verb in its clause ("beat
    United 3-1 on Saturday")? Sports results use the verbs of force. Not a range of a count
    ("killed 3-4 militants": a noun follows) nor a time of day ("at 10:30")."""
    doc = verb.doc
    clause = doc[verb.i:verb.right_edge.i + 1]
    for match in _SCORE.finditer(clause.text):
        span = clause.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(t.ent_type_ == "TIME" for t in span):
            continue
        if span.end < len(doc) and doc[span.end].pos_ == "NOUN":
            continue
        return True
    return False


def _by_verb(code: str, verb, kind: str | None, doc) -> str | None:
    """Verbs whose lexicon reading their clause overrules: help with a clause, "going to",
    a thing that travels, a welcome of a decision, a warning that advises."""
    lemma = verb.lemma_.lower()
    if code.startswith("07") and lemma in HELP_VERBS and _helps_a_clause(verb):
        return None
    if code.startswith("04") and lemma == "go" and _going_to(verb):
        return None  # "is going to bring": a future, not a trip
    if lemma == "hurt" and not _hurt_by_someone(verb, doc):
        return None  # "the tariffs hurt farmers": harm done by a thing, no use of force
    if code == "040" and lemma == "speak" and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        # "X and Y spoke", "spoke to his Indian counterpart"; not "spoke at the UN", nor
        # "spoke to reporters" (an audience hears, it does not consult)
        return code if pair_spoke(verb) or _spoke_to_an_official(verb) else None
    if code.startswith("04") and lemma == "meet" and retaliation(verb):
        return None  # "any attack would be met with a strong blow": a response, no meeting
    if code.startswith("042") and _thing_moves(verb, doc):
        return None  # "a missile landed in Poland": no visit
    if code.startswith("04") and lemma in MOTION_VERBS and _change_of_state(verb):
        return None  # "went from a territorial power to an insurgency": no trip
    if code == "043" and lemma == "welcome" and kind not in (None, "person", "group", "place"):
        return "051"  # "welcomed the talks": approval, not hosting
    if code == "130" and lemma in ("warn", "caution") and _advises(verb):
        return "020"  # "warned citizens to avoid crowds": advice, not a threat
    if code == "130" and lemma == "hold" and not {c.lower_ for c in verb.children} & FUTURE_AUX:
        return None  # "the court held the company accountable": a ruling; "will hold": a threat
    if code == "130" and lemma in ("warn", "caution") and foretells(verb):
        return None  # "warned that millions could go hungry": a forecast (a quote), no threat
    if code.startswith("13") and lemma in ("warn", "caution") and forecasts_another(verb):
        return None  # "warned that Iran will attack": Iran's act, coded on its own verb
    verdict = _verdict(verb) if lemma in CHARACTERIZE_VERBS else None
    if verdict is not None:
        return verdict  # "called the move unjustified": a verdict, not a phone call
    if lemma == "call" and code[:3] != "041" and judged_thing(verb) is not None:
        return None  # "called the talks a sham", "called the ceasefire fragile": the act is
        # named (and judged), not called for (02x); a verdict of blame is coded just above
    if lemma in ("call", "name", "dub", "style") and any(
            c.dep_ in ("dobj", "nsubj") and c.lower_ in REFLEXIVES for c in verb.children):
        return None  # "the coup leaders, who call themselves the National Council": a name
    if lemma == "call" and code.startswith(("02", "041")) and phoned_to(verb):
        return "041"  # "called to restart talks", "called Putin to demand": a call made
    if lemma == "call" and code == "020" and _called_someone_on(verb):
        return "041"  # "called Tokayev on his birthday": a call on an occasion, not "called
        # on X to" (whose "on" comes before the one appealed to)
    if code == "041" and lemma == "call":
        return _call(verb, kind, doc)
    if (code.startswith("03") or code == AGREED) and lemma == "agree" and \
            _agrees_with_a_view(verb, doc):
        return None  # "agreed with that sentiment": an opinion shared, no pledge to anyone
    if code in ("120", "016") and lemma == "deny" and _denied_happening(verb):
        return None  # "denied that any such call had taken place": that an event happened
        # is denied, no one's responsibility (the event itself is coded negated)
    if code == "120" and lemma == "deny" and any(
            (c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG") or c.dep_ == "ccomp"
            or _gerund_as_modifier(c) for c in verb.children):
        return "016"  # "denied sending migrants", "denied that its ships rammed the boat": an
        # act denied (responsibility), no rejection (the act itself is coded negated)
    if code == "014" and lemma == "consider" and any(
            c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN", "PROPN")
            for c in verb.children):
        return None  # "considered the sanctions illegal", "considers the group a threat": a
        # judgement (a predicate on the object), no policy option
    return code


def _agrees_with_a_view(verb, doc) -> bool:
    """ "agreed with the assessment / that sentiment / his remarks": what is agreed with is
    a view (an abstract noun), not a party, and nothing is agreed to."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or \
            any(c.dep_ == "prep" and c.lower_ in ("to", "on") and not time_phrase(c)
                for c in verb.children):
        return False  # agreed to / on something ("on Monday" is when, not what)
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(kind_of(g, doc) in ("abstract", "unknown") and
                                 g.pos_ != "PROPN" for g in objects)


def _called_someone_on(verb) -> bool:
    """ "called Tokayev on his birthday", "called the emir on Friday evening": a direct object
    before the "on" phrase."""
    objects = [c.i for c in verb.children if c.dep_ in ("dobj", "oprd")]  # (the parse
    # reads "called Aliyev on ..." as naming too)
    ons = [c.i for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    return bool(objects and ons) and min(objects) < min(ons)


NAMING_DEPS = {"oprd", "xcomp", "ccomp", "attr"}
# Role nouns objects.py does not know as people: "called his Iraqi counterpart".
COUNTERPARTS = {"counterpart", "ally", "partner", "envoy", "host", "colleague"}


def _call(verb, kind: str | None, doc) -> str | None:
    """A bare "call": a phone call when it has nobody or a person as object ("Xi called
    Trump", "officials called twice"); name-calling (111) when it names its object with an
    insult ("called the president a dotard", "called the report slander"); else no event
    ("called an election", "so-called", "a group called X", "what he called a crime")."""
    if verb.dep_ in ("amod", "acl") or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    naming = [c for c in verb.children if c.dep_ in NAMING_DEPS]
    if obj is None and len(naming) == 1 and naming[0].dep_ == "oprd" and \
            kind_of(naming[0], doc) in ("person", "group"):
        obj, naming = naming[0], []  # "Xi called Biden": the parser's naming is the object
    if obj is None and len(naming) >= 2 and naming[0].dep_ == "oprd":
        obj, naming = naming[0], naming[1:]  # "called Duque 'a puppet'": two oprd, the first named
    appositive = not naming and obj is not None
    if appositive:
        # "called Britain's ambassador a very stupid guy": the name hangs on the object
        naming = [c for c in obj.children if c.dep_ == "appos"]
    if naming:
        if obj is not None and obj.tag_ in ("WP", "WDT"):
            return None
        # an insult is reported in quotation marks or with a word of negative tone
        parsed = verb.doc
        span = [t for c in naming for t in c.subtree]
        near = [parsed[i] for i in (span[0].i - 1, span[-1].i + 1) if 0 <= i < len(parsed)]
        quoted = any(t.is_quote for t in span + near)
        negative = any(polarity_of(t.lower_) < 0 for t in span)
        positive = any(polarity_of(t.lower_) > 0 for t in span)
        # quotation marks alone make an insult only of an actor ("called Kim 'rocket man'");
        # "called the maneuvering 'the usual give-and-take'" describes a thing
        actor = obj is not None and (obj.pos_ == "PROPN" or bool(obj.ent_type_) or
                                     kind_of(obj, doc) in ("person", "group"))
        if (negative or (quoted and actor)) and not positive:
            return "111"
        if not appositive:
            return None  # "called the plan a first step": a description, no act
    if obj is not None and kind_of(obj, doc) not in ("person", "group") and \
            obj.lemma_.lower() not in COUNTERPARTS:
        return None
    return "041"


def _hurt_by_someone(verb, doc) -> bool:
    """ "was hurt in the blast" (the victim as subject) or "police hurt three protesters" (a
    doer who can act); not "falling prices hurt farmers"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.pos_ == "PROPN" or bool(subj.ent_type_) or
                                 kind_of(subj, doc) in ("person", "group"))


# Nouns of holders of office one speaks to in consultation ("spoke to his counterpart").
OFFICIAL_NOUNS = {"counterpart", "minister", "president", "premier", "chancellor", "leader",
                  "adviser", "advisor", "official", "envoy", "ambassador", "king", "emir",
                  "prince", "secretary", "head", "chief", "commander", "governor", "mayor"}


def _spoke_to_an_official(verb) -> bool:
    """ "Rubio spoke to the national security advisers of both countries", "spoke to
    Putin by phone": someone in office, named or by title, spoken to."""
    return any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in
                                     OFFICIAL_NOUNS)
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children)


def _imperative(verb) -> bool:
    """A clause in the imperative: the bare verb heads its sentence with no subject ("Free
    the hostages!", "Stop the war"). Slogans and calls of the writer, not reports."""
    root = verb
    while root.dep_ in ("xcomp", "conj", "dobj") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "ROOT" or root.tag_ != "VB":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "mark")
                   for c in root.children)


# Pronouns of anyone at all: "anyone who attacks Iran", "whoever harms us".
GENERIC_DOERS = {"anyone", "anybody", "whoever", "whomever", "whichever"}


def generic_doer(verb) -> bool:
    """ "Anyone who attacks Iran will face a crushing response", "Whoever harms us will pay":
    the act of anyone at all, told to threaten whoever does it, is no act anyone did (the
    threat around it is the event, threats.py)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lower_ in GENERIC_DOERS


def _generic_gerund(verb) -> bool:
    """A gerund clause as a subject, with no doer of its own: "Striking an airport multiplies
    the impact", "Attacking civilians is a war crime". A statement about such acts in
    general, not the report of one."""
    return verb.tag_ == "VBG" and verb.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children) \
        and not fight_between(verb)  # "fighting between X and Y killed ...": its parties


def _suicide_attack(trig, code: str) -> bool:
    """ "suicide bombers struck", "a suicide attack", "blew himself up" (a reflexive object of
    a verb of blowing up / detonating)."""
    if code[:2] not in ("18", "19") and not code.startswith("1712"):
        return False
    verb = trig.head
    if verb.lemma_.lower() in ("blow", "detonate") and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
        return True
    near = [trig.token] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent",
                                                                  "dobj")]
    near += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]  # "killed in a suicide attack"
    for tok in near:
        if any(t.lower_ == "suicide" for t in tok.subtree if t.i <= tok.i):
            return True
    return False



def _thing_moves(verb, doc) -> bool:
    """The one who travels is a thing (a missile, a shell, a shipment), not a visitor."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and kind_of(subj, doc) in ("thing", "abstract")


def _going_to(verb) -> bool:
    """ "going to + verb": the future, whatever follows."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


# Who an official's warning commits when it says they "will": the state's own powers, or the
# speaker's own group or movement ("a Hezbollah spokesman warned that the group would respond").
STATE_POWERS = {"government", "authority", "administration", "state", "regime", "police",
                "army", "military", "force", "troop", "ministry", "country", "nation", "group",
                "movement", "militia"}


def foretells(verb) -> bool:
    """A warning of a danger, not of what the warner will do: a that-clause of someone else's
    act (forecasts_another), or "of/about" a thing (threatened acts, "warned of retaliation",
    have their own lexicon rows, read before this bare 130)."""
    if forecasts_another(verb):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in verb.children)


def forecasts_another(verb) -> bool:
    """A that-clause whose subject is not a pronoun ("warned that it would retaliate" is a
    threat; "warned that the dam could burst" or "that Iran will attack" is not), unless it
    is the state's own power that "will" act ("warned that the government would not
    tolerate ..."). A parenthetical warning ("the dam, experts warn, could burst") frames
    the clause it sits in, as a that-clause would."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        clauses.append(verb.head)
    for c in clauses:
        subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON":
            continue
        will = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in c.children)
        if will and subj.lemma_.lower() in STATE_POWERS:
            continue  # "the minister warned that the government would not tolerate ...": a threat
        if will and retaliation(c):
            continue  # "warned that any attack would be met with force": the warner's threat
        if will and _own_group(verb, subj):
            continue  # "Houthi leader X warned that the rebels would resume strikes"
        if declared_hostile(c):
            continue  # "warned that U.S. warships were legitimate targets": the warner's threat
        return True
    return False


# What a warner declares someone or something to be, marking it for force: "legitimate
# targets", "a declaration of war", "a hostile act", "an act of aggression".
HOSTILE_DESIGNATIONS = {"target", "declaration", "aggression"}
HOSTILE_ACT_WORDS = {"hostile", "aggressive", "war", "aggression"}


def declared_hostile(clause) -> bool:
    """Does the warned-of clause declare its subject a target or an act of war ("U.S. and
    British warships were now legitimate targets", "any attack would be treated as a hostile
    act", "would be considered a declaration of war")?"""
    named = [c for c in clause.children if c.dep_ in ("attr", "oprd")] + [
        g for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children if g.dep_ == "pobj"]
    for noun in named:
        lemma = noun.lemma_.lower()
        if lemma in HOSTILE_DESIGNATIONS:
            return True
        if lemma == "act" and any(t.lower_ in HOSTILE_ACT_WORDS for t in noun.subtree):
            return True
    return False


def _own_group(verb, subj) -> bool:
    """The clause's subject is the warner's own side named by its noun: a rebel leader's
    "the rebels", an army spokesman's "the army" (same sector, no other state named)."""
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if warner is None or subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "NORP"):
        return False
    # the warner's side: the whole phrase's, or the group a name in it codes ("a PKK
    # commander" reads as the military, the PKK is the rebels)
    mine = [code_phrase(" ".join(t.text for t in warner.subtree)) or {}] + [
        code_phrase(t.text) or {} for t in warner.subtree if t.pos_ == "PROPN"]
    them = code_phrase(" ".join(t.text for t in subj.subtree)) or {}
    return any(m.get("sector") and m.get("sector") == them.get("sector") and
               them.get("country") in (None, m.get("country")) for m in mine)


# What a foe is told it "will" undergo in return, with the one who hits back left unsaid:
# "would face a crushing response", "would be met with a strong blow", "will pay a heavy
# price", "will regret it". (Said by a warner, the warner is the one who hits back.)
RETALIATION_OBJECTS = {"consequence", "response", "retaliation", "reprisal", "reaction",
                       "punishment", "blow", "force"}


def retaliation(clause) -> bool:
    """Is a warned-of clause what a foe will suffer in return (RETALIATION_OBJECTS)?"""
    lemma = clause.lemma_.lower()
    objects = {g.lemma_.lower() for c in clause.children
               for g in ([c] + [p for p in c.children if p.dep_ == "pobj"])
               if c.dep_ in ("dobj", "prep", "advmod")}
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if lemma == "meet" and passive:
        return bool(objects & RETALIATION_OBJECTS)
    if lemma == "pay":
        return bool(objects & {"price", "dearly"})
    if lemma == "face":
        return bool(objects & RETALIATION_OBJECTS)
    return lemma == "regret"


def _advises(verb) -> bool:
    """ "warned X to ...": an infinitive clause of what to do (or not to do)."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in c.children) for c in verb.children)


def _is_place_word(obj) -> bool:
    return obj is not None and obj.lemma_.lower() in PLACE_NOUNS


PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _change_of_state(verb) -> bool:
    """ "went from a territorial power to an insurgency", "moved from opposition to
    government": from one state to another, neither of them a place or a name."""
    ends = {prep.lower_: obj for prep in verb.children if prep.dep_ == "prep"
            and prep.lower_ in ("from", "to", "into") for obj in prep.children
            if obj.dep_ == "pobj"}
    if "from" not in ends or not ({"to", "into"} & set(ends)):
        return False
    return not any(obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_ENTITIES or
                   _is_place_word(obj) for obj in ends.values())


def _helps_a_clause(verb) -> bool:
    """ "is helping to unite X", "helped bring about Y": help whose complement is a clause and
    who is helped is not said. ("helped Ukraine rebuild" has an object: aid to Ukraine.)"""
    has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    has_object = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return has_clause and not has_object


# Verbs that say what something is ("called the move unjustified", "described the vote as"):
# their verdict is the act.
CHARACTERIZE_VERBS = {"call", "describe", "brand", "label", "term", "dub", "deem"}
# Verdicts the tone lexicons (lexicons/tone_*.txt, written for voice) do not hold.
NEGATIVE_VERDICTS = {"unjustified", "unacceptable", "provocative", "baseless", "groundless",
                     "unfounded", "absurd", "outrageous", "unlawful", "illegitimate",
                     "reckless", "hostile", "false", "unjust", "unfair", "shameful"}


def _verdict(verb) -> str | None:
    """Disapproval (111) when the words something is called are negative, praise (051) when
    positive ("called the election free and fair"); None otherwise, and the verb's other
    readings decide ("calling the president a dotard": name-calling, see _call)."""
    if not any(c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return None  # "what he called a heinous attack": the writer's words for another act
    words = [t.lower_ for c in verb.children if c.dep_ == "oprd" for t in c.subtree]
    if any(w in NEGATIVE_VERDICTS or w in DISAPPROVAL or polarity_of(w) < 0 for w in words):
        return "111"
    if any(polarity_of(w) > 0 for w in words):
        return "051"
    return None


# Verbs that say an event happened: "denied that the meeting took place".
HAPPEN_VERBS = {"happen", "occur", "exist", "transpire"}


def _denied_happening(verb) -> bool:
    """ "denied that any such call had taken place", "denied that the talks ever happened":
    the clause denied says an event noun happened."""
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN":
            continue
        lemma = comp.lemma_.lower()
        if lemma in HAPPEN_VERBS or (lemma == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in comp.children)):
            return True
    return False


def _gerund_as_modifier(child) -> bool:
    """ "denied paying ransoms": the parser may hang the gerund on its object as a modifier
    (paying ← ransoms); it still is the act denied."""
    return child.dep_ == "dobj" and any(
        g.dep_ == "amod" and g.tag_ == "VBG" and g.i == child.left_edge.i for g in child.children)

