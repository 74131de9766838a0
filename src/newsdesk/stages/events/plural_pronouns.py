"""Whom "them" points back to: the nearest plural party named before it, not the last doer.

"The United States imposed sanctions on Myanmar's generals, but China continues to sell them
weapons": the cheap coreference of phrase_actors gives a pronoun the last event's source
(the United States), which a plural object pronoun can rarely mean, a state being named in
the singular. A plural noun phrase naming a party ("Myanmar's generals", "the rebels") in
the sentence or the one before is what "them" most often stands for.
"""
from __future__ import annotations

_PLURAL_TAGS = {"NNS", "NNPS"}
# Places a plural party is named in: a subject, an object, a prepositional object.
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"}


def plural_antecedent(doc, token, resolve) -> dict | None:
    """The actor of the nearest plural party noun before the pronoun `token` ("them"), in
    its sentence or the one before; `resolve(tok)` codes a noun phrase (phrase_actors).
    None when there is none: the caller falls back on the last source."""
    if token.lower_ != "them":
        return None
    here = doc.sentence_at(token.idx)
    if here is None:
        return None
    first = doc.sentences[here.i - 1].start if here.i > 0 else here.start
    own_subjects = {c.i for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for cand in reversed([t for t in token.doc if first <= t.idx < token.idx]):
        if cand.tag_ not in _PLURAL_TAGS or cand.dep_ not in _ARGUMENT_DEPS or \
                cand.i in own_subjects:
            continue
        found = resolve(cand)
        if found and found.get("sector") and found.get("country"):
            return found
    return None
