"""Acts a clause tells by what happened rather than by who did it: a bomb that went off
("a bomb exploded outside a bank": a bombing, CAMEO 183) and a crowd act named by a noun
("protests erupted in Lima": CAMEO 14). The lexicon's cues read what a verb acts on, not its
subject, so these pairs are read here; coding.find_triggers makes them triggers, and
actors.py gives them the doer the text leaves out (an unnamed armed force, the people of the
place).
"""
from __future__ import annotations

# A bomb that went off is a bombing (CAMEO 183) whoever set it: "a bomb exploded at a bus
# stop", "an explosion went off in the station". The bomb is the verb's subject, which no
# lexicon cue reads (cues are what a verb acts on), so the pair is read here.
DETONATED = {"bomb", "device", "explosive", "ied", "grenade", "landmine", "mine", "explosion",
             "blast", "bombing"}
BOMBING = "183"


def detonated(verb, subj) -> bool:
    """Is `verb` a verb of going off whose subject `subj` is a bomb or a blast?"""
    lemma = verb.lemma_.lower()
    return (lemma in ("explode", "detonate") or (lemma == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))) and \
        subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i == verb.i and \
        subj.lemma_.lower() in DETONATED


def goes_off(token) -> bool:
    """Is `token` a verb of going off with a bomb or blast as its subject?"""
    return any(detonated(token, c) for c in token.children)


# Crowd acts named by a noun that happen as the clause tells ("protests erupted in Lima",
# "riots spread across the country", "the deal led to student protests in Lae"): the crowd
# is the doer, unnamed (actors.py: the people of the place). Verbs of occurrence, spread or
# cause; "called for protests" or "planned a rally" stay with their light verbs.
CROWD_NOUNS = {"protest", "demonstration", "rally", "riot", "march"}
HAPPENING_VERBS = {"erupt", "spread", "break", "continue", "enter", "sweep", "rage", "grow",
                   "intensify", "escalate", "rock", "paralyse", "paralyze", "engulf", "spark",
                   "trigger", "prompt", "lead", "fuel", "provoke", "ignite", "follow",
                   "turn", "persist", "spill", "flare", "resume"}


def crowd_event(noun) -> bool:
    """Is `noun` a crowd act (CROWD_NOUNS) that a verb of HAPPENING_VERBS reports, as its
    subject, its object or the object of its preposition ("led to protests")?"""
    if noun.lemma_.lower() not in CROWD_NOUNS or noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
        head.lemma_.lower() in HAPPENING_VERBS and head.pos_ in ("VERB", "AUX")
