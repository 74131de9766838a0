"""States named in a side clause lend no country to the actors of the main one.

"The rebels attacked army posts near the port, where China is building a harbour": China is
named about the port, in a clause of its own; the rebels and the posts are not China's. A
relative clause (or a "where" clause) describes something in the main clause and names its
states in another role (a builder, an owner, a backer), so a sector with no country of its
own ("the army", "military positions") does not take them. Used by entities._fill_countries
and context.sentence_country. So too for an absolute phrase ("The Assembly condemned the
invasion, with Russia voting against": Russia votes, the Assembly is no Russian body), and for
what a speaker says (`in_reported_content`): the
states in a spokesman's words lend no country to the spokesman.
"""
from __future__ import annotations

from ...model import Document, Entity

# Words that open a clause about a place or a thing, not about the actor of the sentence.
_RELATIVE_OPENERS = {"where", "which", "whose", "whom"}


def _side_clause(token):
    """The head of the relative clause `token` sits in, else None."""
    head = token
    for _ in range(12):
        if head.dep_ == "relcl":
            return head
        if head.dep_ == "advcl" and any(c.lower_ in _RELATIVE_OPENERS and c.i < head.i
                                        for c in head.children):
            return head
        if absolute_phrase(head):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def absolute_phrase(token) -> bool:
    """Is `token` the verb of an absolute phrase ("adopted the resolution, with Russia and
    China abstaining", "with Germany promising Patriot batteries"): a predication of its own
    on its own subject, whose states are no party of the main clause?"""
    return token.dep_ == "pcomp" and token.pos_ in ("VERB", "AUX") and \
        token.head.lower_ in ("with", "without") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def in_side_clause(doc: Document, ent: Entity, start: int | None = None) -> bool:
    """Is `ent` named in a relative clause that does not hold the actor at offset `start`
    (None: any relative clause)?"""
    root = entity_root(doc, ent)
    clause = _side_clause(root) if root is not None else None
    if clause is None:
        return False
    if start is None:
        return True
    # (the clause's own tokens only: walking the whole doc per mention cost a pass each)
    return not any(t.idx <= start < t.idx + len(t.text) for t in clause.subtree)


def entity_root(doc: Document, ent: Entity):
    """The parse's head token of an entity mention, or None without a parse or a span."""
    parsed = getattr(doc, "spacy", None)
    if parsed is None:
        return None
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand")
    return span.root if span is not None else None


# Sectors of armed groups outside the state: coded by the country they act in.
OUTLAW_SECTORS = {"REB", "PRM", "CRM", "UAF"}
# Where a bare state name is a party to its clause (a doer, a receiver, a partner), not a
# place: "Egypt has supplied jets to the army", "talks with Kenya".
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "iobj"}
_PARTY_PREPS = {"to", "with", "from", "against", "by", "on", "for"}


def acts_as_party(doc: Document, ent: Entity) -> bool:
    """Is `ent` a state named bare as a party of its clause ("Egypt has supplied jets",
    "sent troops to Kenya"), not as a place or an owner ("in Sudan", "Haiti's police")?"""
    parsed = getattr(doc, "spacy", None)
    if parsed is None or (ent.actor or {}).get("sector"):
        return False
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in _PARTY_DEPS or (root.dep_ == "pobj" and root.head.lower_ in _PARTY_PREPS)


# Words inside a name or title that the speaker of a clause climbs through to its subject
# ("Defence ministry spokesman Zhang Wei said": "ministry" is a compound of "spokesman").
_IN_NAME = {"compound", "amod", "appos", "poss", "nmod", "flat"}


def in_reported_content(doc: Document, speaker: Entity, other: Entity) -> bool:
    """Is `other` named inside what `speaker` says ("Defence ministry spokesman Zhang Wei said
    the minister would meet Russian officials in Moscow": Russia is the talk's partner, not
    the spokesman's state)? The speaker is the subject of a verb, `other` in that verb's
    clausal complement."""
    root, there = entity_root(doc, speaker), entity_root(doc, other)
    if root is None or there is None:
        return False
    for _ in range(6):
        if root.dep_ not in _IN_NAME or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "ccomp" and there in c.subtree for c in root.head.children)
