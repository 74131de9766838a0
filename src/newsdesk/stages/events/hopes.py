"""A hope for better relations with another state ("Wang expressed hope that the two
countries could improve their relations", "he hoped Turkey and Greece would resolve their
disputes", "hopes to strengthen cooperation with Australia"): the hoper states an intent to
cooperate with the other state (CAMEO 030), as careful coders list it. Only a hope whose
clause betters the ties between two parties counts, and only when the other party is named:
"hoped the talks would succeed" names nobody to cooperate with.
"""
from __future__ import annotations

HOPE_CODE = "030"
# The parser lemmatizes "hoped" as "hop": the word forms are matched.
HOPE_FORMS = {"hope", "hopes", "hoped", "hoping"}
# Nouns that carry a hope: "expressed hope that", "voiced the hope that".
CARRIERS = {"express", "voice", "state", "convey", "reiterate"}
BETTER = {"improve", "advance", "calm", "ease", "strengthen", "deepen", "expand", "develop",
          "build", "boost", "resolve", "settle", "normalize", "normalise", "restore",
          "enhance", "mend", "repair", "resume", "cooperate", "overcome", "reduce", "defuse",
          "lower", "work", "move", "promote", "broaden", "upgrade", "revive"}
TIES = {"relation", "relationship", "tie", "cooperation", "partnership", "tension",
        "dispute", "difference", "friendship", "dialogue", "understanding", "trust",
        "link", "exchange", "collaboration", "rift", "row", "friction"}
PAIR_WORDS = {"both", "two"}


def hoped_betterment(token):
    """The verb of the bettered ties a hope word carries, or None: "hoped (that) X and Y
    would resolve their disputes", "expressed hope that ... improve their relations",
    "hopes to strengthen cooperation with"."""
    if token.lower_ not in HOPE_FORMS:
        return None
    if token.pos_ == "NOUN" and not (token.dep_ == "dobj" and
                                     token.head.lemma_.lower() in CARRIERS):
        return None
    if token.pos_ not in ("VERB", "NOUN"):
        return None
    for comp in token.children:
        if comp.dep_ in ("ccomp", "xcomp", "acl") and comp.lemma_.lower() in BETTER and \
                any(t.lemma_.lower() in TIES for t in comp.subtree):
            return comp
    return None


def _counterparts(doc, comp, context, resolve, the_two) -> list[dict]:
    """The parties whose ties the hope betters, as actor records: the clause's subject ("the
    two countries", "Turkey and Greece") or the object of "with" / "between" on a ties noun
    ("relations with Washington", "cooperation with Australia")."""
    found = []
    for subj in (c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lemma_.lower() in TIES:
            comp = subj  # "relations with Washington would improve": look in the noun
            continue
        pair = the_two(doc, subj, context)
        if pair:
            return pair
        found += [resolve(doc, t, context) for t in [subj] +
                  [c for c in subj.children if c.dep_ == "conj"]]
    for tie in (t for t in comp.subtree if t.lemma_.lower() in TIES):
        for prep in (c for c in tie.children if c.dep_ == "prep" and
                     c.lower_ in ("with", "between")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                found += [resolve(doc, t, context) for t in [obj] +
                          [c for c in obj.children if c.dep_ == "conj"]]
    return [f for f in found if f and f.get("country")]


def hoped_with(doc, hope, sources: list[dict], context) -> list[dict]:
    """The first party of a hope for better ties (hopes.py) of another state than the
    hoper's: whom the hoper means to cooperate with; [] when the hoper is unknown."""
    # imported here: phrase_actors and implied need coding, which needs this module
    from .pairs import the_two
    from .phrase_actors import resolve_phrase
    own = (sources[0] if sources else {}).get("country")
    if not own:
        return []
    parties = _counterparts(doc, hoped_betterment(hope), context, resolve_phrase, the_two)
    return [p for p in parties if p["country"] != own][:1]
