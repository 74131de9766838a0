"""Acts a clause says were not done, or are no act of the kind the lexicon offers: an act
backed down, refrained or shied away from ("backed down from imposing a tariff": negated),
an act ruled out ("ruled out strikes": negated; "did not rule out strikes": possible), a
response given in words ("responded to the attack, tweeting ...": no force), an act only
threatened ("threats of nuclear strikes against the US": the threat is the act, not the
strikes). modality.py, refine.py and coding.py ask these.
"""
from __future__ import annotations

# Verbs whose "from" + gerund is an act not done: "backed down from imposing", "refrained
# from attacking", "shied away from naming" (the doer's own choice; "deterred China from
# arming" is a prevention, arguments.py).
REFRAINING_VERBS = {"back", "refrain", "abstain", "desist", "shy", "retreat", "step"}


def ruled_out(tok) -> bool:
    """ "ruled out a strike": `tok` is "rule" with its particle "out"."""
    return tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out"
                                                for c in tok.children)


def refrained(prep) -> bool:
    """Is the "from" phrase `prep` on a verb of REFRAINING_VERBS, directly or through its
    particle ("shied away from")?"""
    head = prep.head
    if head.lower_ in ("away", "down", "back", "off") and head.dep_ in ("advmod", "prt"):
        head = head.head
    return head.lemma_.lower() in REFRAINING_VERBS


# What makes a response force, not words: "responded militarily / with force".
FORCE_WORDS = {"force", "militarily", "military"}


def answered_in_words(verb) -> bool:
    """A response already given (told in the past, no future or modal) to an attack or a
    provocation, with no word of force: "responded to the attack, tweeting". A response
    promised to any attack is a threat (recode.py) and stays."""
    if verb.lemma_.lower() != "respond" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "shall",
                                            "wo", "can", "ca") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "responded with air strikes": the means named (verb_acts.py)
    return not any(t.lemma_.lower() in FORCE_WORDS for t in verb.subtree if t.i != verb.i)


# Nouns whose "of" phrase names an act only threatened or warned of.
THREAT_NOUNS = {"threat", "warning"}


def threatened(noun) -> bool:
    """Is `noun` the act a threat or warning is "of" ("threats of nuclear strikes against
    the United States", "a warning of retaliatory tariffs")? Not done: the threat is."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lemma_.lower() in THREAT_NOUNS
