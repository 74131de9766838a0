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
internal test 0.5949 -> 0.5971 (2026-12-05). Measured and left out: a verb of seeming as the
writer's hedge with no holder ("the coalition appeared divided"): 39 exact of 119 on the learn
part, about break-even, and lower on the internal test.

STANCE_VERBS: written for newsdesk from general English usage (which verbs take the topic of an
attitude after which preposition). Left out: verbs whose sense in news is as often a deed as an
attitude ("fight for", "hit at", "lash at", "rally behind", "weigh on": the markets): the events
stage reads those. THING_VERBS are done by things as well ("The storm focused on the coast",
"the missiles pointed to Moscow"): their holder must be a name, a pronoun, or a role or body
noun (people.py). Measured and left out: nouns
with their possessive holder ("the senator's opposition to the deal", "her criticism of X"):
PolNeAR mostly holds such a phrase whole inside another attribution's content ("announcing
[his support for Trump]"), and only 25 of 110 matched exactly on the learn part; verbs of
taking a side with a direct object ("a group backing Rubio", "China and Russia support the
government"): 66 exact of 180 on the learn part, no gain on the internal test, and a lower
source accuracy there (the holder of a participle is often not PolNeAR's source).
"""
from __future__ import annotations

from .people import BODY_NOUNS, PERSON_ROLES
from .syntax import Draft, trim_punct

STANCE_VERBS = {
    "focus": {"on"}, "refer": {"to"}, "talk": {"about"}, "speak": {"about", "against"},
    "rail": {"against"}, "argue": {"for", "against"}, "campaign": {"for", "against"},
    "vote": {"for", "against"}, "push": {"for"}, "advocate": {"for"}, "lobby": {"for", "against"},
    "complain": {"about"}, "worry": {"about"}, "joke": {"about"}, "boast": {"about"},
    "hint": {"at"}, "point": {"to"}, "allude": {"to"}, "object": {"to"}, "comment": {"on"},
    "warn": {"about", "against", "of"}, "care": {"about"},
    "agree": {"with"}, "disagree": {"with"}, "side": {"with"},
    "pray": {"for"}, "apologize": {"for"}, "apologise": {"for"},
    "testify": {"about", "on"}, "insist": {"on"}, "brag": {"about"}, "muse": {"about"},
    "protest": {"against"}, "dwell": {"on"},
}
# Stance verbs that things do too: their holder must name someone (`_names_someone`).
THING_VERBS = {"focus", "point", "push"}
HOLDER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
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
    """The holder of a stance: the verb's subject ("which" or "that" only as a relative
    clause's), or for a participle or a second verb with none ("attacked the plan,
    [referring to] its cost", "voted for A and [campaigned for] B") the subject of the verb it
    hangs on, or the noun a participle qualifies ("[a group] campaigning for Rubio")."""
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB" and \
            (verb.dep_ == "conj" or verb.tag_ == "VBG"):
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and \
            verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return verb.head.left_edge.i, verb.head.i + 1
    if holder is None or holder.lower_ in ("it", "this") or \
            holder.lower_ in ("that", "which") and verb.dep_ != "relcl":
        return None
    return holder.left_edge.i, holder.right_edge.i + 1


def _names_someone(tok) -> bool:
    """A name, a pronoun, or a noun of a person's role or of a body ("the governor")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in HOLDER_LABELS or \
        tok.lemma_.lower() in PERSON_ROLES | BODY_NOUNS


def prepositional_stances(sdoc, drafts: list[Draft], para_of: list[int]) -> list[Draft]:
    """Stance drafts for the verbs of STANCE_VERBS with a holder and a prepositional object,
    where no draft holds the verb, the object or the holder yet (see the module note)."""
    held = {i for d in drafts for rng in [d.cue, *d.contents] for i in range(*rng)}
    found = []
    for tok in sdoc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or tok.i in held:
            continue
        topic = _topic(tok, STANCE_VERBS[lemma]) if lemma in STANCE_VERBS else None
        holder = _holder(tok)
        if topic is None or holder is None:
            continue
        if lemma in THING_VERBS and not _names_someone(sdoc[holder[0]:holder[1]].root):
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
