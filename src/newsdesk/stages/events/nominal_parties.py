"""Parties an event noun's own phrase names: a word that names a pair of states at once
("intra-Korean talks", "cross-strait talks"), an "X-led" adjective ("the Saudi-led air
campaign"), a pair noun after "between" ("contacts between the two leaders"), and, for
violence, the one attacked alone ("a cyberattack on Sony"). Pure tests of the parse and the
text (no lexicon, no document): coding.find_triggers and coding.nominal_agent call them;
the actors are then resolved as for any nominal event (arguments.source_token,
actors.actors_for; implied.paired_states and pairs.the_two for pairs).
"""
from __future__ import annotations

import re

from ...nlp import doc_text
from .frames import FRAME_VERBS


# Words that name a pair of states at once, with the pair (the one named first first): a
# joint act they modify ("intra-Korean talks", "cross-strait talks", "talks between North
# and South Korea") is between those two. The entity tagger reads "North and South Korea"
# as one place (South Korea's) and "inter-Korean" as none.
PAIR_WORDS = [(re.compile(pattern, re.I), states) for pattern, states in (
    (r"\b(?:inter|intra)-korean\b", ("PRK", "KOR")),
    (r"\bnorth and south korea\b", ("PRK", "KOR")),
    (r"\bsouth and north korea\b", ("KOR", "PRK")),
    (r"\b(?:the two|both) koreas\b", ("PRK", "KOR")),
    (r"\bcross-strait\b", ("CHN", "TWN")))]


def pair_word(noun) -> tuple[int, int, tuple[str, str]] | None:
    """(start, end, the two states) of a pair word in a noun's own phrase (its modifiers,
    "talks between ...", not a relative clause or an apposition on it); None when it has
    none."""
    skip = {t.i for c in noun.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in skip]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    text = doc_text(noun.doc)[start:end]
    for pattern, states in PAIR_WORDS:
        found = pattern.search(text)
        if found:
            return start + found.start(), start + found.end(), states
    return None


# Named-entity types that can be a party named inside the phrase (as coding.AGENT_ENTS).
PARTY_ENTS = {"GPE", "NORP", "ORG", "PERSON"}
# Prepositions that put the one acted on after a violent noun ("an attack on", "strikes
# against"); "of" is left out: "the bombing of Dresden" names a place as often as a party.
AGAINST_PREPS = {"against", "on"}
# Plural nouns that name a pair already in the text (pairs.PAIR_NOUNS resolves them); only
# the syntactic test is here: "the two leaders", "both countries".
PAIR_HEADS = {"leader", "country", "nation", "side", "government", "state", "neighbour",
              "neighbor", "rival", "power", "capital", "adversary", "ally", "party"}
PAIR_DETS = {"the", "both", "two"}
DEFINITE = {"the", "this", "that", "these", "those"}


def _names_party(token) -> bool:
    return any(t.ent_type_ in PARTY_ENTS or t.pos_ == "PROPN" for t in token.subtree)


def led_by(modifier):
    """ "the U.S.-led pressure campaign", "Saudi-led airstrikes": the leader an "X-led"
    adjective names is the act's doer (a coalition's acts are coded on its leader, as coders
    do with "the Saudi-led coalition"); None for any other modifier ("Iran-backed" names a
    sponsor, not the doer)."""
    if modifier.lower_ != "led":
        return None
    return next((c for c in modifier.children
                 if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and c.i < modifier.i
                 and _names_party(c)), None)


def pair_between(noun):
    """ "direct contacts between the two leaders", "talks between both countries": the pair
    noun after "between" (a plural PAIR_HEADS noun with "the", "both" or "two"), which stands
    for the two states named before it (pairs.the_two); None otherwise."""
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "between":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None or obj.tag_ != "NNS" or obj.lemma_.lower() not in PAIR_HEADS:
                return None
            words = {c.lower_ for c in obj.children if c.dep_ in ("det", "nummod", "predet")}
            return obj if words & PAIR_DETS else None
    return None


def attacked_party(noun):
    """ "the massive cyberattack against Sony Pictures", "airstrikes on Hezbollah": the party
    an act of violence is aimed at, named in its "against" / "on" phrase, when its phrase
    names no doer; None when that phrase names no party ("attacks on the embassy" names a
    building; "the war on drugs" no one), and None for a definite noun: "the attack on the
    Bundestag" mostly repeats an act told before, which anaphora.mentions lists with its
    doer (a second, doerless event would count it twice)."""
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
           for c in noun.children):
        return None
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ in AGAINST_PREPS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and _names_party(obj):
                return obj
    return None


# Meetings and calls named in an adjunct of the clause: "In a phone call with Zelensky, Macron
# pledged ...", "During talks with Putin, Xi said ..." (the clause's subject had them).
MEETING_NOUNS = {"call", "phone", "talk", "meeting", "conversation", "summit", "videoconference"}
MEETING_TIMES = {"in", "during", "at", "after", "following", "before", "on"}


def met_in_adjunct(noun):
    """The subject of the clause whose time or place phrase is a meeting or a call with
    someone ("In a call with Erdogan, Putin thanked Turkey": Putin), or None."""
    prep = noun.head
    if noun.lemma_.lower() not in MEETING_NOUNS or noun.dep_ != "pobj" or \
            prep.lower_ not in MEETING_TIMES or prep.head.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


# Adjectives of openness to a meeting ("open to negotiations"); "ready"/"willing" are frames.
OPEN_WORDS = {"open", "receptive", "amenable", "available"}


def open_to_party(noun):
    """The one "open to" talks, a deal or dialogue: the subject of the clause the adjective
    completes ("the ELN said it remained open to dialogue": it), or None. The noun names no
    doer in its own phrase; the adjective's subject is the one ready to meet (recode.py
    then codes it as an intent to meet, 036)."""
    prep = noun.head
    adjective = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or adjective.pos_ != "ADJ" or \
            adjective.lemma_.lower() not in OPEN_WORDS:
        return None
    verb = adjective.head if adjective.dep_ in ("acomp", "oprd") else None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None \
        else None


# Verbs that ask for an act ("demanded the withdrawal", "called for the release").
ASKING_VERBS = FRAME_VERBS["appeal"] | FRAME_VERBS["demand"]
# Verbs of asking that, with the act itself as their object, pursue it: "pressed its
# offensive", "pushed a crackdown on protests" are done; "pressed for a ceasefire" asks.
PURSUING_VERBS = {"press", "push"}
# Acts with no object, whose "of" phrase names the doer ("the withdrawal of Russian troops").
INTRANSITIVE_ACTS = {"withdrawal", "pullout", "pull-out", "retreat", "departure", "exit",
                     "resignation", "disarmament", "demobilization", "demobilisation"}


def asked_for(noun):
    """The verb that asks for the act a noun names ("Moldova demanded [their withdrawal]",
    "called for [the release] of the captain"), or None."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() in PURSUING_VERBS or \
            any(c.dep_ == "oprd" for c in verb.children):
        return None  # (a named or judged object is told, not asked for: "called the
        # agreement an act of aggression", objects.judged_object)
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in ASKING_VERBS else None


def asked_doer(noun):
    """The doer an asked-for act's own phrase names besides a name or a "by" phrase (see
    coding.nominal_agent): a possessive pronoun ("demanded [their] withdrawal", someone
    named before) or, for an act with no object, its "of" phrase ("called for the withdrawal
    of [Rwandan troops]"); None otherwise."""
    if asked_for(noun) is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is not None:
        return poss
    if noun.lemma_.lower() not in INTRANSITIVE_ACTS:
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
