"""Stances named by a verb and a preposition (`prepositional_stances`): a verb of attitude or
topic whose prepositional object is what the attitude is about.

    "The minister railed against foreign banks."   stance, holder the minister
    "Most farmers voted for the tariff plan."      stance, holder most farmers
    "The governor has focused on jobs and taxes."  stance, holder the governor

PolNeAR annotates these as attributions (cue "railed against", source "The minister",
content "foreign banks"), and an analyst reads them as who stands where; none is a statement,
so they are kept with the beliefs (kind "stance", never a quote). The tagger, trained mostly
on verbs of saying, leaves most of them untagged. The holder is the verb's subject (a
participle's or a second verb's: the subject of the verb it hangs on); the topic ends before a
comma ("voted for [Ben Carson], a neurosurgeon who ..."). What a draft already
holds (a cue, source or content the tagger or another rule found) is left to it.
PolNeAR learn part, content exact F1: 0.6005 -> 0.6012 with subjects only (178 stances, 64
exact), -> 0.6020 with the participles' and second verbs' holders (64 more, 38 exact); its
internal test 0.5949 -> 0.5971 (session 40). Measured and left out: a verb of seeming as the
writer's hedge with no holder ("the coalition appeared divided"): 39 exact of 119 on the learn
part, about break-even, and lower on the internal test.

STANCE_VERBS: written for newsdesk from general English usage (which verbs take the topic of an
attitude after which preposition). Left out: verbs whose sense in news is as often a deed as an
attitude ("fight for", "hit at"): the events stage reads those. Measured and left out: nouns
with their possessive holder ("the senator's opposition to the deal", "her criticism of X"):
PolNeAR mostly holds such a phrase whole inside another attribution's content ("announcing
[his support for Trump]"), and only 25 of 110 matched exactly on the learn part.
"""
from __future__ import annotations

from .syntax import Draft, trim_punct

STANCE_VERBS = {
    "focus": {"on"}, "refer": {"to"}, "talk": {"about"}, "speak": {"about", "against"},
    "rail": {"against"}, "argue": {"for", "against"}, "campaign": {"for", "against"},
    "vote": {"for", "against"}, "push": {"for"}, "advocate": {"for"}, "lobby": {"for", "against"},
    "complain": {"about"}, "worry": {"about"}, "joke": {"about"}, "boast": {"about"},
    "hint": {"at"}, "point": {"to"}, "allude": {"to"}, "object": {"to"}, "comment": {"on"},
    "warn": {"about", "against", "of"}, "care": {"about"},
    "agree": {"with"}, "disagree": {"with"}, "side": {"with"}, "lash": {"at"},
    "weigh": {"on"}, "pray": {"for"}, "apologize": {"for"}, "apologise": {"for"},
    "testify": {"about", "on"}, "insist": {"on"}, "brag": {"about"}, "muse": {"about"},
    "protest": {"against"}, "rally": {"behind", "against"}, "dwell": {"on"},
}
OBJECT_DEPS = ("pobj", "pcomp")


def _topic(head, preps: set[str]):
    """(the preposition, its object) of `head` for one of `preps`, or None."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i:
            obj = next((g for g in c.children if g.dep_ in OBJECT_DEPS), None)
            if obj is not None:
                return c, obj
    return None


def _holder(verb) -> tuple[int, int] | None:
    """The holder of a stance: the verb's subject, or for a participle or a second verb with
    none ("attacked the plan, [referring to] its cost", "voted for A and [campaigned for] B")
    the subject of the verb it hangs on."""
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB" and \
            (verb.dep_ == "conj" or verb.tag_ == "VBG"):
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if holder is None or holder.lower_ in ("it", "that", "which", "this"):
        return None
    return holder.left_edge.i, holder.right_edge.i + 1


def prepositional_stances(sdoc, drafts: list[Draft], para_of: list[int]) -> list[Draft]:
    """Stance drafts for the verbs of STANCE_VERBS with a holder and a prepositional object,
    where no draft holds the verb, the object or the holder yet (see the module note)."""
    held = {i for d in drafts for rng in [d.cue, *d.contents] for i in range(*rng)}
    found = []
    for tok in sdoc:
        lemma = tok.lemma_.lower()
        preps = STANCE_VERBS.get(lemma) if tok.pos_ == "VERB" else None
        if not preps or tok.i in held:
            continue
        topic = _topic(tok, preps)
        holder = _holder(tok)
        if topic is None or holder is None:
            continue
        prep, obj = topic
        end = next((t.i for t in sdoc[obj.i:obj.right_edge.i + 1] if t.text == ","),
                   obj.right_edge.i + 1)  # "voted for [Ben Carson], a neurosurgeon who ..."
        content = trim_punct(sdoc, (obj.left_edge.i, end))
        if content[1] <= content[0] or any(i in held for i in range(*content)) or \
                any(i in held for i in range(*holder)):
            continue
        found.append(Draft(cue=(tok.i, prep.i + 1), para=para_of[tok.i], sources=[holder],
                           contents=[content], act="stance", form="stance"))
        held |= set(range(tok.i, prep.i + 1)) | set(range(*content))  # (a holder may hold two)
    return found
