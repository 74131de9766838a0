""""The group" pointing back at an armed group the text named (report 19, item 16's class):
'"The ELN has chosen the path of war," Petro wrote. He accused the group of war crimes',
"Hamas fired rockets overnight. The group said ...", "al-Shabaab claimed the attack; the
militant group ...", "Houthi rebels fired ... The rebels also attacked". Wire stories name an armed group once and then call it "the group" or
"the militia"; the phrase itself names no one, so the group named last before it (in its
sentence or the two before, inside a quote or not) is what it stands for. Only armed
non-state groups (rebels, militias, jihadist groups, gangs): "the group" after an NGO or a
company is left as it is (the actors stage's own reading).
"""
from __future__ import annotations

from ..actors import code_phrase

GROUP_NOUNS = {"group", "militia", "outfit", "faction", "movement", "insurgency"}
# Its members, in the plural: "Houthi rebels fired ... The rebels also attacked ...".
MEMBER_NOUNS = {"rebel", "militant", "insurgent", "jihadist", "militiaman"}
DEFINITE = {"the", "this", "that"}
ARMED_GROUP_SECTORS = {"REB", "PRM", "UAF", "CRM", "IMG"}
SPAN = 2  # the group is named in this sentence or the two before it


def named_group_before(doc, token) -> dict | None:
    """The actor (code, country, sector, start, end of the name) of the armed group named
    last before `token`, when `token` heads a definite "the group" phrase with no name of
    its own; None otherwise."""
    lemma = token.lemma_.lower()
    if not (lemma in GROUP_NOUNS and token.tag_ == "NN" or
            lemma in MEMBER_NOUNS and token.tag_ == "NNS") or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE | {"these", "those"}
            for c in token.children):
        return None
    own = [t for child in token.children if child.dep_ not in ("prep", "relcl", "acl")
           for t in child.subtree]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in own):
        return None  # "the Wagner group", "the Islamist group Boko Haram": named itself (not
        # a phrase hung on it: "launched by the rebels toward the USS Laboon")
    here = doc.sentence_at(token.idx)
    if here is None:
        return None
    floor = doc.sentences[max(here.i - SPAN, 0)].start
    # the last token of each name ("Al-Shabaab" in "Al-Shabaab fighters" too)
    names = [t for t in token.doc if floor <= t.idx < token.idx and t.pos_ == "PROPN"
             and not (t.dep_ == "compound" and t.head.pos_ == "PROPN")]
    for name in reversed(names):
        start = min(t.idx for t in name.children if t.dep_ == "compound" and
                    t.pos_ == "PROPN") if any(t.dep_ == "compound" and t.pos_ == "PROPN"
                                              for t in name.children) else name.idx
        end = name.idx + len(name)
        actor = code_phrase(doc.text[start:end], date=doc.meta.published) or {}
        if actor.get("sector") in ARMED_GROUP_SECTORS and actor.get("country"):
            return {"code": actor["code"], "country": actor["country"],
                    "sector": actor["sector"], "entity": None,
                    "start": token.idx, "end": token.idx + len(token)}
    return None
