"""Lexicon hits whose clause gives the verb another sense than the act it codes (newcomer 20,
C9), each decided on the clause's structure:

- reporting boilerplate: "spoke on condition of anonymity to discuss private talks", "who
  was not authorized to discuss the negotiations" say why a source is unnamed, no
  consultation (040) between anyone;
- "fought alongside the national army": a war fought together, military cooperation (062),
  not force against the one named;
- "the law bars the party from holding rallies": the activity barred is no event (the bar
  itself is coded on its own verb);
- "ordered the armed forces to remain in the prison", "instructed police to guard the
  airports": a command to the speaker's own forces (named with no state of their own) is
  no demand on another actor (the act ordered, if coded, stays, requested; build.py drops
  the demand once its source is known, as the doer later clauses refer back to);
- (C6) "vowed to crush the rebels", "pledged to dismantle the militias": an intent verb coded
  as intent to cooperate (030) whose complement is a hostile verb the lexicon has no row for
  is a threat (CAMEO 13x: 138 of force, 130 of coercion), not a pledge of cooperation; a
  complement the lexicon codes is handled in clauses._empty_intent (the act, planned);
- "failed to stop the militants' advance": halting an act another party is named doing is
  resisting it, no de-escalation (087) by the subject.

`no_event_clause(verb, code)`: drop the hit; `other_sense(verb, code)`: the code to use.
"""
from __future__ import annotations

from .frames import FRAME_OF
from .objects import kind_of

# Verbs of talking that the anonymity formula uses for the subject of the unnamed source.
TALK_VERBS = {"discuss", "talk", "speak", "comment", "describe", "brief", "detail", "address",
              "characterize", "disclose", "reveal", "share"}
ANONYMITY = {"anonymity", "anonymously", "unnamed"}
# "not authorized / permitted / cleared to discuss": a rule on who may speak to the press.
LEAVE_WORDS = {"authorize", "authorized", "permit", "permitted", "allow", "allowed", "clear",
               "cleared", "entitle", "entitled", "empower", "empowered"}
TOGETHER_PREPS = {"alongside", "beside"}
BAR_VERBS = {"bar", "ban", "prohibit", "forbid", "disqualify", "debar"}


def no_event_clause(verb, code: str) -> bool:
    """The clause of `verb` (the trigger's verb or the verb a noun trigger hangs on) tells
    no event: the press boilerplate or an activity barred."""
    return (code[:2] < "06" and _press_boilerplate(verb)) or _barred_activity(verb) or \
        _topic_of_talk(verb) or (code == "087" and _anothers_act_stopped(verb))


# Verbs of halting an act, and the acts they halt as their object ("stop military
# provocations", "halt its advance"): the act, whoever its words name, is no party to
# it (arguments.target_candidates).
HALTING_VERBS = {"halt", "stop", "cease", "end", "suspend", "pause"}
HALTED_ACTS = {"fighting", "fight", "firing", "fire", "attack", "strike", "airstrike",
               "hostility", "offensive", "bombing", "shelling", "bombardment", "raid", "assault",
               "incursion", "advance", "provocation", "aggression", "escalation"}


def _anothers_act_stopped(verb) -> bool:
    """ "failed to stop the militants' advance", "stopped the advance of the rebels": the act
    halted is another party's, named as its doer, so halting it is resisting that party, no
    de-escalation by the subject ("halt its advance", "stop the attacks" are the doer's own)."""
    if verb.lemma_.lower() not in HALTING_VERBS:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in obj.children):
            return True
        if any(p.dep_ == "prep" and p.lower_ in ("of", "by") and
               any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children)
               for p in obj.children):
            return True
    return False


# Verbs of talking whose object is what is talked about, never with whom (nor an event of
# the talkers: arguments.target_candidates, _topic_of_talk).
TALK_VERBS = {"discuss", "debate"}


def _topic_of_talk(noun) -> bool:
    """ "discussed the war in Ukraine": an act named as the topic of a talk is no event of
    the talkers (nor of whatever the parse hangs on it)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in TALK_VERBS


# Verbs of command and the forces a leader commands.
COMMAND_VERBS = {"order", "instruct", "command", "direct", "task"}
FORCE_NOUNS = {"army", "force", "forces", "troop", "troops", "military", "police", "soldier",
               "soldiers", "navy", "guard", "unit", "units", "commander", "commanders",
               "officer", "officers", "security", "battalion", "brigade", "division"}
STATE_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


# Who commands a state's forces: its government and the forces' own chiefs ("a federal court
# ordered the military to admit recruits" is a ruling on the military, a demand: 10).
COMMANDERS = {"GOV", "MIL", "COP"}


def own_forces_ordered(verb, source: dict | None) -> bool:
    """ "ordered the army / his troops / police to ...": by a commander of the state's forces,
    the object a force named with no state or group of its own (a possessive pronoun or a
    bare article): the source's own. (The target found may be the act's: "ordered the
    military to strike Hezbollah".)"""
    if verb.lemma_.lower() not in COMMAND_VERBS or (source or {}).get("sector") not in COMMANDERS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in FORCE_NOUNS and obj.lower_ not in FORCE_NOUNS:
        return False
    return not any(t.ent_type_ in STATE_ENTS or t.pos_ == "PROPN" for t in obj.subtree)


def thing_ordered(verb) -> bool:
    """ "ordered summit preparations to begin", "ordered work on the bridge to resume": an
    order about a thing or a task, carried out by the one's own people, is no demand made of
    another (CAMEO 10 is aimed at someone)."""
    if verb.lemma_.lower() not in COMMAND_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    task = any(c.dep_ == "xcomp" for c in verb.children)  # "... to begin" (not "ordered the
    # departure of the staff", whose people are moved)
    return task and obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and \
        kind_of(obj) in ("abstract", "thing", "unknown")


def other_sense(verb, code: str) -> str | None:
    """The code of a verb trigger whose clause gives it another sense (fought alongside)."""
    if code[:2] == "19" and _fought_together(verb):
        return "062"
    return code


def _press_boilerplate(verb) -> bool:
    """A talking verb (an infinitive) that tells why a source goes unnamed: hung on a verb
    whose phrase names anonymity ("spoke on condition of anonymity to discuss", "requested
    anonymity to describe"), or on a word of leave to speak ("not authorized to discuss")."""
    if verb.lemma_.lower() not in TALK_VERBS or verb.dep_ not in ("advcl", "xcomp", "acl") or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in LEAVE_WORDS or head.lower_ in LEAVE_WORDS:
        return True
    own = {t.i for t in verb.subtree}
    return any(t.lower_ in ANONYMITY for t in head.subtree if t.i not in own)


def _fought_together(verb) -> bool:
    """ "fought alongside Haftar's forces": with them, against no one named."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return bool(preps & TOGETHER_PREPS) and "against" not in preps and \
        not any(c.dep_ == "dobj" for c in verb.children)


def _barred_activity(verb) -> bool:
    """ "bars the Awami League from holding rallies or campaigning online": the gerund of
    "from" under a verb of barring (or its conjunct) is what may not be done."""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ == "pcomp" and cur.head.lower_ == "from" and \
        cur.head.head.lemma_.lower() in BAR_VERBS


# Hostile verbs with no lexicon row of their own that an intent verb can introduce: force
# (a threat of force, 138) or coercion of people or groups (130). "defeat", "destroy", "oust",
# "retaliate" have rows: they are coded as the act, planned (clauses._empty_intent).
FORCE_INTENTS = {"crush", "wipe", "annihilate", "smash", "eliminate", "eradicate", "hunt",
                 "root", "exterminate", "vanquish", "obliterate", "avenge", "flatten",
                 "neutralize", "neutralise"}
COERCE_INTENTS = {"dismantle", "punish", "topple", "overthrow", "confront", "subdue",
                  "disband", "outlaw"}


def hostile_intent(trig, doc, coded: dict) -> str | None:
    """The threat code for an intent trigger (030) whose complement is a hostile verb of no
    lexicon row (not in `coded`, the sentence's triggers by token), or a that-clause of
    force ("vowed that the army would press on with its offensive"); None otherwise."""
    verb = trig.token
    if trig.code[:2] != "03" or verb.i != trig.head.i or \
            FRAME_OF.get(verb.lemma_.lower()) != "intent":
        return None
    for comp in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        lemma = comp.lemma_.lower()
        told = [coded[t.i] for t in [comp] + [c for c in comp.children if c.dep_ == "xcomp"]
                if t.i in coded] if comp.dep_ == "ccomp" else []
        if any(t.code[:2] in ("18", "19", "20") for t in told):
            return "138"  # "vowed that his government would press on with its offensive",
            # "that Israel would keep striking": a threat of force (the force stays planned)
        if any(t.code[:2] == "13" for t in told):
            return "130"  # "vowed that the attackers would pay a heavy price": the vow is
            # the threat (what it foretells of the threatened is no act of theirs)
        if comp.i in coded:
            continue
        if lemma in FORCE_INTENTS:
            return "138"
        obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
        if lemma in COERCE_INTENTS and obj is not None and \
                kind_of(obj, doc) in ("person", "group"):
            return "130"
        if any(_retribution(t) for t in comp.subtree):
            return "130"  # "vowed that the attacks would not go unanswered", "that Israel
            # would face a just punishment": a threat, its means not said
    return None


# Words of paying back a wrong: in what is vowed, they make the vow a threat.
RETRIBUTION = {"punishment", "unpunished", "unanswered", "retaliate", "retaliation",
               "retribution", "revenge", "reprisal", "reprisals", "consequence", "consequences"}
# ... "response" and "respond" only when the vow says how hard ("a severe response",
# "respond firmly"): a response alone may be an answer in words.
HARD = {"severe", "firm", "firmly", "harsh", "harshly", "befitting", "decisive", "decisively",
        "strong", "strongly", "forceful", "forcefully", "crushing", "robust", "resolute",
        "resolutely", "swift", "swiftly", "appropriate", "proportionate"}


def _retribution(tok) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in RETRIBUTION or tok.lower_ in RETRIBUTION:
        return True
    if lemma == "price" and tok.head.lemma_.lower() == "pay":
        return True  # "will pay a heavy price"
    return lemma in ("response", "respond") and any(
        c.lower_ in HARD for c in tok.children if c.dep_ in ("amod", "advmod"))
