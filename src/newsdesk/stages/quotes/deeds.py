"""Cue verbs that are deeds, not statements, by their object:
- promising or giving (`pledged_goods`): "Japan pledged [5 trillion yen] in investment" gives
  money, it says nothing; "Japan pledged that it would invest" or "pledged to invest" stays a
  statement;
- speech verbs with a second sense that moves people (`deploys_people`): "recalled its
  ambassador", "posted troops along the border", "detailed three officers to the embassy"
  (CAMEO counts a recalled envoy as a cut in relations, 161); "recalled the talks" stays
  what it was.
"""
from __future__ import annotations

from ..actors import code_phrase

GIVING = {"pledge", "promise", "offer", "commit", "grant", "give", "donate", "earmark",
          "allocate", "provide"}
# What is handed over, not said: an amount of money or of goods.
AMOUNTS = ("MONEY", "QUANTITY")
CURRENCIES = {"dollar", "euro", "yen", "pound", "yuan", "renminbi", "rupee", "ruble", "rouble",
              "franc", "peso", "real", "rand", "naira", "shilling", "dirham", "riyal", "won",
              "lira", "krona", "krone", "zloty", "forint", "hryvnia", "$", "€", "£", "¥"}


def pledged_goods(tok, contents: list[tuple[int, int]]) -> bool:
    """Is `tok` a verb of giving whose content is its direct object, an amount ("pledged
    $5 billion", "offered 300 million euros in loans")?"""
    if tok.lemma_.lower() not in GIVING or not contents:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    obj = objects[0]
    lo, hi = contents[0]
    if not lo <= obj.i < hi or any(t.i < obj.left_edge.i for t in tok.doc[lo:hi]):
        return False
    head_words = tok.doc[obj.left_edge.i:obj.i + 1]
    return any(t.ent_type_ in AMOUNTS for t in head_words) or \
        obj.lemma_.lower() in CURRENCIES and any(c.dep_ == "nummod" for c in obj.children)


# recall (an envoy), post (troops), detail (officers): said of people, these send or withdraw them.
DEPLOY_SENSES = {"recall", "post", "detail"}
PEOPLE_ENTITIES = ("PERSON", "NORP")


def deploys_people(tok) -> bool:
    """Is `tok` one of DEPLOY_SENSES whose direct object is people: a person, or a noun the
    actor tables code (envoy, ambassador, troops, officers, diplomats)? Only the object's head
    and the words before it count ("his first meeting with the minister" is a meeting)."""
    if tok.lemma_.lower() not in DEPLOY_SENSES or tok.pos_ != "VERB":
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    head = tok.doc[obj.left_edge.i:obj.i + 1]
    return obj.ent_type_ in PEOPLE_ENTITIES or code_phrase(head.text) is not None
