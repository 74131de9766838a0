"""Verbs of promising or giving that are deeds, not statements, by their object
(`pledged_goods`): "Japan pledged [5 trillion yen] in investment" gives money, it says
nothing; "Japan pledged that it would invest" or "pledged to invest" stays a statement."""
from __future__ import annotations

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
