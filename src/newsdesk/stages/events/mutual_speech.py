"""Two parties who "spoke" with no "with" (report 19, item 15's class): "Modi and Xi spoke on
Tuesday", "the two leaders have not spoken since March", "both presidents spoke by phone".
Said of a pair, "speak" is talking with each other, a consultation (CAMEO 040, 041 by phone)
as "talked" is; said of one party ("the minister spoke at the conference", "spoke to
reporters", "spoke of heavy shelling") it is no act toward anyone. The lexicon's bare
"speak" row (cameo_verbs.tsv) stands only on such a pair; the pair's actors are read as for
any co-agents (actors.py, pairs.the_two for "the two leaders").
"""
from __future__ import annotations

PAIR_WORDS = {"two", "both", "2"}
# Who the words are for or where they are said: no exchange between the pair.
AUDIENCE_PREPS = {"to", "at", "before", "of", "on", "for", "in"}


def pair_spoke(verb) -> bool:
    """Is the verb "speak" with a subject of two parties (conjoined, or a plural noun with
    "two"/"both") and no audience or forum ("to reporters", "at the summit")?"""
    if verb.lemma_.lower() != "speak":
        return False
    if any(c.dep_ == "prep" and c.lower_ in AUDIENCE_PREPS and not _date(c)
           for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    if subj.tag_ != "NNS":
        return False
    # "the two leaders", "both presidents"; "the foreign ministers of Japan and Korea"
    return any(c.lower_ in PAIR_WORDS for c in subj.children
               if c.dep_ in ("det", "nummod", "predet")) or any(
        g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.children)
        for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _date(prep) -> bool:
    """ "on Tuesday", "in March": when, not to whom."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)
