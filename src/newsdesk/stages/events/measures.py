"""Sanctions dealt as a blow (issue 19, precision on real news): a verb of a blow done "with"
the measures of economic pressure is those measures imposed on the one hit (CAMEO 163),
neither force nor nothing. coding.find_triggers asks `punished_with_measures` of each verb
before the lexicon: "slapped Iran with new sanctions", "hit Belarus with export bans",
"struck Chinese firms with trade restrictions", "punished Moscow with tariffs". A blow dealt
with anything else is left to the lexicon (force, or figurative.py's metaphors)."""
from __future__ import annotations

from .objects import PARTITIVES, of_object

# The verbs of a blow, and the nouns of restrictive measures.
BLOW_VERBS = {"hit", "strike", "slap", "target", "punish", "penalize", "penalise", "hammer",
              "pound", "whack", "smack", "sting", "squeeze", "saddle", "retaliate"}
MEASURE_NOUNS = {"sanction", "embargo", "tariff", "duty", "levy", "restriction", "penalty",
                 "ban", "freeze", "blacklist", "blacklisting", "curb", "control", "boycott"}
SANCTIONS = "163"
# Nouns that say only that something was done: a modifier of pressure ("punitive measures")
# or the measures they list ("a range of measures, among them export bans") name them.
GENERAL_MEASURES = {"measure", "step", "action"}
PRESSURE_WORDS = {"punitive", "economic", "retaliatory", "restrictive", "financial", "trade"}
# "a package of sanctions", "a new round of tariffs": what the bundle holds decides.
BUNDLE_NOUNS = {"package", "round", "raft", "range", "wave", "slew", "host", "battery",
                "array", "barrage", "volley", "salvo", "flurry", "string"} | PARTITIVES


def punished_with_measures(verb):
    """The noun of the restrictive measures that a verb of a blow is dealt "with" (the
    `BLOW_VERBS` above; the verb's object is the one they are imposed on), or None."""
    if verb.lemma_.lower() not in BLOW_VERBS:
        return None
    # (the parser often hangs the "with" on the object: "struck [firms with controls]")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in [*verb.children, *(c for o in objects for c in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (found := _measure(obj)) is not None:
                    return found
                if obj.dep_ == "pobj" and _general(obj):
                    # "with a range of measures, among them export bans": the parser often
                    # hangs the list on the verb
                    return _listed_after(verb, prep)
    return None


def _general(noun, depth: int = 0) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in BUNDLE_NOUNS and depth < 3 and (inner := of_object(noun)) is not None:
        return _general(inner, depth + 1)
    return lemma in GENERAL_MEASURES


# What ends a clause's own words: a measure named in another clause is not the blow's.
CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "xcomp", "acl", "conj", "parataxis"}


def _listed_after(verb, prep):
    """A measure noun after the "with" phrase in the verb's own clause, or None."""
    for token in verb.subtree:
        if token.i <= prep.i or token.lemma_.lower() not in MEASURE_NOUNS:
            continue
        cur = token
        while cur.i != verb.i and cur.dep_ not in CLAUSE_DEPS:
            cur = cur.head
        if cur.i == verb.i:
            return token
    return None


def _measure(noun, depth: int = 0):
    lemma = noun.lemma_.lower()
    if lemma in MEASURE_NOUNS:
        return noun
    if lemma in BUNDLE_NOUNS and depth < 3:
        inner = of_object(noun)
        return _measure(inner, depth + 1) if inner is not None else None
    if lemma in GENERAL_MEASURES:
        if any(c.dep_ in ("amod", "compound") and c.lower_ in PRESSURE_WORDS
               for c in noun.children):
            return noun
        return next((t for t in noun.subtree
                     if t.i != noun.i and t.lemma_.lower() in MEASURE_NOUNS), None)
    return None
