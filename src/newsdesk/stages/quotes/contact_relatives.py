"""A statement in a relative clause without a relative word ("a step [they] believe could
unify the party", "the employees [they] thought were the best fit", "something [critics]
had urged him to do"): the noun the clause hangs on fills the gap in what was said (its
subject or its object), so it is the content's first part, as PolNeAR annotates it ("a step
they believe could unify the party" is one content, source and cue inside it). With a
relative word the word itself is that part (bounds.relative_pronoun).

Only when the words said lack the noun: a finite verb after the cue with no subject of its
own ("thought [ ] were the best fit"), or the last verb of the cue's infinitive chain with
no object ("urged him to do [ ]"). A noun of time, manner or reason ("the way they say
...", "the day she announced ...") says when or how, and the content keeps its own words.
Measured on PolNeAR's learn part (the retrained tagger): 6 exact matches won, none lost.
"""
from __future__ import annotations

from .syntax import Draft

# Nouns a relative clause without a relative word modifies as an adverb, not as a gap.
ADVERBIAL_NOUNS = {"reason", "way", "time", "extent", "day", "moment", "point", "year",
                   "place", "manner", "week", "month", "night", "morning", "hour", "minute"}
RELATIVE_WORDS = {"that", "which", "who", "whom", "whose", "where", "when", "why", "how",
                  "what"}
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
OBJECTS = {"dobj", "oprd", "attr", "ccomp", "xcomp", "pobj", "dative", "acomp"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def contact_relative(sdoc, d: Draft) -> None:
    """Add the noun a relative clause without a relative word hangs on as the content's
    first part when the cue is that clause's verb and the words said have a gap it fills
    (see the module note)."""
    if not d.contents or not d.sources:
        return
    cue = sdoc[d.cue[0]:d.cue[1]].root
    verb = cue
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return
    first = min(r[0] for r in d.contents)
    clause_end = verb.right_edge.i + 1
    if first < d.cue[1] or first >= clause_end:
        return
    lead = sdoc[verb.left_edge.i:d.cue[0]]
    if any(t.lower_ in RELATIVE_WORDS or t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in lead):
        return
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PRON", "PROPN", "NUM") or \
            noun.lemma_.lower() in ADVERBIAL_NOUNS or noun.i >= verb.i:
        return
    if not _gap(sdoc, cue, d.cue[1], clause_end):
        return
    top = noun
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("NOUN", "PRON"):
        top = top.head.head  # "the kind of [liberal jurist] critics fear ..."
    part = (top.left_edge.i, noun.i + 1)
    taken = [d.cue] + d.sources + d.contents
    if any(lo < part[1] and part[0] < hi for lo, hi in taken):
        return
    if part[1] > min(r[0] for r in d.sources):
        return
    d.contents.insert(0, part)


def _gap(sdoc, cue, after: int, clause_end: int) -> bool:
    """Do the words said lack a subject (the clause said, or a finite verb after the cue,
    has none) or an object (the last verb of the cue's infinitive chain has none after it)?"""
    for t in sdoc[after:clause_end]:
        if t.tag_ in FINITE and t.dep_ not in ("aux", "auxpass", "conj") and \
                not any(c.dep_ in SUBJECTS for c in t.children):
            return True
    last = cue
    while True:
        nxt = [c for c in last.children if c.dep_ == "xcomp" and c.i > last.i]
        if not nxt:
            break
        last = nxt[0]
    said = [c for c in last.children if c.dep_ == "ccomp" and c.i > last.i]
    if said:
        return not any(c.dep_ in SUBJECTS for c in said[0].children)
    return not any(c.dep_ in OBJECTS and c.i > last.i for c in last.children)
