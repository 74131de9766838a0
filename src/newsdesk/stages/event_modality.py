"""Modality of an event: did it happen (asserted), or is it planned, hedged, negated,
hypothetical or requested? Read from the trigger's own dependents and the verbs above it, so
"Beijing appears to be preparing aid" is hedged and "urged Moscow to withdraw" requested.

Precedence when several cues meet: negated > hypothetical > requested > hedged > planned.
"""
from __future__ import annotations

PLAN_VERBS = {"plan", "intend", "schedule", "prepare", "expect", "aim", "hope", "set", "due",
              "mean", "seek", "try", "want", "propose", "vow", "pledge", "promise",
              "agree", "offer", "threaten", "go"}
HEDGE_VERBS = {"appear", "seem", "suspect", "believe", "report", "allege", "rumor", "rumour",
               "suggest", "claim"}
REQUEST_VERBS = {"urge", "ask", "call", "demand", "press", "request", "plead", "appeal",
                 "push", "pressure", "encourage", "implore", "invite", "order", "tell"}
AVOID_VERBS = {"avoid", "refrain", "stop", "cease", "abstain"}
HEDGE_WORDS = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "likely",
               "probably", "purportedly", "supposedly", "seemingly", "maybe", "unconfirmed"}
HEDGE_MODALS = {"may", "might", "could"}
HYPOTHETICAL_MODALS = {"would", "should"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
NEGATIONS = {"not", "n't", "never", "no"}
CONDITION_MARKS = {"if", "unless", "whether"}
REPORT_VERBS = {"say", "announce", "tell", "state", "add", "declare", "report", "warn",
                "insist", "claim", "promise", "vow", "pledge"}


def _aux_words(token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det"))
               for c in token.children)


def _chain(token):
    """The trigger and the verbs above it within its clause (xcomp/ccomp/conj chains), up to
    a verb of saying, so modality is read where English puts it ("is set to visit")."""
    out = [token]
    cur = token
    while cur.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "relcl", "dobj",
                       "pobj", "prep", "attr") and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp",) and cur.head.lemma_ in ("say", "tell", "report", "announce",
                                                           "state", "add", "claim"):
            break
        cur = cur.head
        out.append(cur)
        if len(out) > 6:
            break
    return out


def modality(trigger, head=None, sentence_words: set[str] | None = None) -> str:
    """One of asserted|planned|hedged|negated|hypothetical|requested for the trigger token
    (`head` = the light verb carrying a noun trigger, if any)."""
    verb = head if head is not None else trigger
    chain = _chain(verb)
    if trigger.i != verb.i:
        chain = [trigger] + chain
    found: set[str] = set()
    for i, tok in enumerate(chain):
        aux = _aux_words(tok)
        adv = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "npadvmod")}
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        lemma = tok.lemma_.lower()
        if _negated(tok) and i <= 2:
            found.add("negated")
        if marks & CONDITION_MARKS or (i == 0 and _has_condition(tok)):
            found.add("hypothetical")
        if aux & HYPOTHETICAL_MODALS:
            # "said it would allow": future in the past (a plan), not a hypothesis
            reported = tok.dep_ == "ccomp" and tok.head.lemma_ in REPORT_VERBS
            found.add("planned" if reported else "hypothetical")
        if aux & HEDGE_MODALS or adv & HEDGE_WORDS:
            found.add("hedged")
        if aux & FUTURE_MODALS or ("going" in aux and tok.tag_ == "VB"):
            found.add("planned")
        if i > 0 and chain[i - 1].dep_ == "xcomp":
            if lemma in AVOID_VERBS:
                found.add("negated")  # "has avoided criticizing Trump"
            elif lemma in REQUEST_VERBS:
                found.add("requested")
            elif lemma in HEDGE_VERBS:
                found.add("hedged")
            elif lemma in PLAN_VERBS or (lemma == "be" and _is_to_infinitive(chain[i - 1])):
                found.add("planned")
        if tok.pos_ in ("NOUN",) and any(c.lemma_ in ("plan", "planned", "upcoming",
                                                     "proposed", "scheduled")
                                         for c in tok.children if c.dep_ in ("amod", "compound")):
            found.add("planned")
    if verb.dep_ == "ROOT" and _is_to_infinitive(verb):
        found.add("planned")  # headline style: "China to send minister to Moscow"
    if sentence_words and sentence_words & {"reportedly", "allegedly"}:
        found.add("hedged")
    for label in ("negated", "hypothetical", "requested", "hedged", "planned"):
        if label in found:
            return label
    return "asserted"


def _has_condition(token) -> bool:
    """A conditional clause on the verb: "will withdraw ... unless X arranges a ceasefire"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in token.children)


def _is_to_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
