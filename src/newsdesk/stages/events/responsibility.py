"""Acts someone is said to be responsible for: "the FBI said North Korea was behind the attack
on Sony", "Kyiv said Russia was responsible for the strike", "Iran denied any role in the
attack". The realnews coders list the act itself with the one held responsible as its doer:
negated when the doer denies it, hedged when the claim is the content of an assertion or a
conclusion, and else with its clause's modality (the claim's speaker keeps the quote).
Blaming ("blamed Hamas for the rocket fire", "holds Moscow responsible for the poisoning") is
the blamer's accusation (CAMEO 112), coded from the lexicon, and the coders list no second
event for it: those frames are left out here. A bare "the attack" under "was behind" repeats
an act the article told before: anaphora.py lists it again, keeping that act's code and
target, with the one this clause names as its doer.
"""
from __future__ import annotations

# What one denies having in an act: "denied responsibility for / any role in the attack".
SHARES = {"responsibility", "involvement", "role", "part", "hand", "link", "complicity"}
DENYING = {"deny", "reject", "dismiss"}
DEFINITE = {"the", "this", "that", "these", "those"}
PHRASE_PREPS = {"on", "against", "in", "at", "of", "near", "inside"}
# Nouns of claiming whose content clause is a claim, not an account: "the assertion that".
CLAIM_NOUNS = {"assertion", "conclusion", "claim", "allegation", "accusation", "suspicion",
               "charge", "theory", "finding", "belief", "contention"}
# Only hostile acts are claimed or denied this way (CAMEO 14-20: protest to mass violence);
# "responsible for the talks" is an office, not an accusation.
CLAIMED_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


def responsible_clause(noun):
    """(the clause whose subject is said to have done the act `noun` names, whether that is
    denied), or None when `noun` is not the act of such a claim told here (a bare "the
    attack" under "was behind" is anaphora.py's)."""
    claim = claim_frame(noun)
    if claim is None or claim[1] or _own_phrase(noun):
        return claim
    return None


def claim_frame(noun):
    """(the clause, denied) of a claim of responsibility for the act `noun`, told here or
    before: "X was behind / responsible for", "X denied any role in"; None otherwise."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    word = prep.head
    if prep.lower_ == "behind" and word.lemma_ == "be":
        return word, False  # "X was behind the attack"
    if prep.lower_ == "for" and word.lemma_ == "responsible" and word.dep_ == "acomp" and \
            word.head.lemma_ == "be":
        return word.head, False  # "X was (not) responsible for the attack"
    if prep.lower_ in ("for", "in") and word.lemma_ in SHARES and word.dep_ == "dobj" and \
            word.head.lemma_ in DENYING:
        return word.head, True  # "X denied any role in the attack"
    return None


def _own_phrase(noun) -> bool:
    """The act is told here, not repeated: it is indefinite ("an attack"), or its own phrase
    names where or on whom ("the strike on Kyiv", "the bombing in Kashmir"). A bare "the
    attack" repeats an act told before, whose doer the anaphora stage sets from this clause
    (anaphora.mentions), keeping the act's code and target."""
    if not any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in PHRASE_PREPS for c in noun.children)


def claimed_acts(sent, taken: set[int], match_token) -> list[tuple]:
    """(noun, code, clause) of each hostile act in the sentence told as someone's
    responsibility; `match_token` is the lexicon lookup (coding.py), `taken` the tokens
    already coded."""
    out = []
    for token in sent:
        held = responsible_clause(token) if token.i not in taken else None
        hit = match_token(token) if held is not None else None
        if hit and hit[0][:2] in CLAIMED_ROOTS:
            out.append((token, hit[0], held[0]))
    return out


def claimed_modality(noun, mod: str, hedged: str, negated: str) -> str:
    """The modality of an act told as someone's responsibility: negated where it is denied
    ("denied any role in", "was not behind"); hedged where the claim is the content of a
    noun of claiming ("the FBI's assertion that X was behind the attack"); else the clause's
    own ("officials said X was behind the attack": asserted, and theirs; "may have been
    behind": hedged)."""
    held = claim_frame(noun)
    if held is None or mod == negated:
        return mod
    if held[1]:
        return negated
    clause = held[0]
    if clause.dep_ in ("acl", "ccomp", "appos") and clause.head.lemma_.lower() in CLAIM_NOUNS:
        return hedged
    return mod


# Verbs by which a group takes an act as its own: "claimed (responsibility for) the attack",
# "took / accepted / admitted responsibility for the bombing", "claimed credit for".
CLAIMING = {"claim", "take", "accept", "admit", "assume", "acknowledge"}
OWNING = {"responsibility", "credit"}


def claimer(noun):
    """The one who claims the act a noun names as its own ("Houthi rebels claimed an attack
    on a tanker", "ISIS claimed responsibility for the bombing"): the subject of the claiming
    verb, the act's doer as the claim tells it; None otherwise. A denial is not a claim
    (responsible_clause reads those)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.head.lemma_.lower() in OWNING \
            and verb.head.dep_ == "dobj":
        verb = verb.head.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() != "claim":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
