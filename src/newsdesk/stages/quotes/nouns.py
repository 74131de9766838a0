"""Statements named by a noun with their author after "from": 'welcomed a statement from
Foreign Minister X that the talks would resume', 'pointed to a letter from the health secretary
that hospitals had beds'. The statement is the author's, said in the that-clause; the verb
around the noun ("welcomed", "pointed to") is the subject's act on it, so the subject is not
the speaker. The tagger (trained on verbs of saying) rarely marks such a noun as a cue, and
the clause rules read verbs only (forms.clause_drafts)."""
from __future__ import annotations

from .features import SPEECH_CATEGORIES
from .speech import is_finite
from .syntax import Draft, trim_punct

# Dependencies by which the parse hangs the that-clause on the noun, or on its author when it
# reads the clause as a relative one ('a letter from [the secretary] that hospitals had beds':
# a "that" marking a clause with its own subject is no relative pronoun).
CLAUSE_DEPS = ("acl", "relcl", "ccomp")


def _that_clause(head):
    """The finite clause with its own subject, opened by "that", hanging from `head`."""
    for c in head.children:
        # the parse may tag the "that" otherwise than as a mark; a subject of its own
        # tells the content clause from a relative one ("that was posted": "that" the subject)
        if c.dep_ in CLAUSE_DEPS and c.i > head.i and is_finite(c) and \
                c.left_edge.lower_ == "that" and c.left_edge.head.i == c.i and \
                any(s.dep_ in ("nsubj", "nsubjpass", "expl") and s.lower_ != "that"
                    for s in c.children):
            return c
    return None


def noun_statements(sdoc, drafts: list[Draft], ctx: dict, para_of: list[int]) -> list[Draft]:
    """Drafts for the speech nouns ("statement", "letter", "message") with "from" an author
    and a that-clause, that no statement holds yet (see the module note)."""
    speech = [d for d in drafts if d.act == "speech"]
    held = {i for d in speech for rng in [d.cue, *d.contents] for i in range(*rng)}
    found = []
    for noun in sdoc:
        if noun.pos_ != "NOUN" or noun.i in held and not _held_whole(sdoc, noun, speech) or \
                ctx["fine"][noun.i] not in SPEECH_CATEGORIES:
            continue
        author = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj"), None)
        if author is None:
            continue
        clause = _that_clause(noun) or _that_clause(author) or next(
            (cl for a in author.children if a.dep_ == "appos" for cl in [_that_clause(a)] if cl),
            None)
        if clause is None:
            continue
        first = clause.left_edge.i
        content = trim_punct(sdoc, (first + 1, clause.right_edge.i + 1))  # after "that"
        source = trim_punct(sdoc, (author.left_edge.i, min(first, author.right_edge.i + 1)))
        if content[1] <= content[0] or source[1] <= source[0] or any(
                i in held for i in range(*content)) and not _held_whole(sdoc, noun, speech):
            continue
        found.append(Draft(cue=(noun.i, noun.i + 1), para=para_of[noun.i], sources=[source],
                           contents=[content]))
    return found


def _holders(sdoc, noun, drafts: list[Draft]) -> list[Draft]:
    """The drafts whose content is the noun's phrase itself ('pointed to [a statement from X
    that ...]'): the noun's statement, not theirs."""
    return [d for d in drafts
            if any(lo <= noun.i < hi and sdoc[lo:hi].root.i == noun.i for lo, hi in d.contents)]


def _held_whole(sdoc, noun, speech: list[Draft]) -> bool:
    """Is the noun held only as the whole content of statements (`_holders`)?"""
    holders = _holders(sdoc, noun, speech)
    return bool(holders) and not any(
        d not in holders and (d.cue[0] <= noun.i < d.cue[1] or
                              any(lo <= noun.i < hi for lo, hi in d.contents))
        for d in speech)


def demote_holders(sdoc, drafts: list[Draft], statements: list[Draft]) -> None:
    """A draft whose content is a statement's noun phrase ("Trump pointed to [a statement
    from Liu He that ...]", "welcomed [a letter from X that ...]") names the subject's act on
    that statement: a stance, not a second statement of the same words by the subject."""
    for st in statements:
        for d in _holders(sdoc, sdoc[st.cue[0]], drafts):
            if d is not st and d.act == "speech":
                d.act = "stance"
