"""The second half of what was said, after a comma and "and" or "but", when it is plainly the
same statement going on ("said [the talks had stalled, but that both sides would meet
again]", "said [she had read the report, but had not signed it]"): a tagger that stops at the
comma leaves it out. Two forms only, the ones PolNeAR's learn part annotates one way: a
second clause of what was said opened by "that" or "whether" (and / but), and a verb phrase
after "but" that shares the content's subject (it has none of its own). A clause with a
subject of its own after "and" ("said the port was shut, and ships waited offshore") is
left alone: PolNeAR keeps it about as often as not. Measured on the learn part with the
retrained tagger: 7 exact matches won, none lost.
"""
from __future__ import annotations

from .syntax import Draft

MARKS = {"that", "whether"}
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
SENTENCE_ENDS = {".", "!", "?", ";", ":"}


def coordinated_tail(sdoc, d: Draft, quote_state: list[int]) -> None:
    """Run the last content part on over ', and that ...' / ', but that ...' / ', but
    <verb phrase>' to the end of its sentence (see the module note)."""
    if not d.contents:
        return
    last = max(d.contents)
    first, end = last
    if first < d.cue[1] or quote_state[first]:
        return
    k = end
    while k < len(sdoc) and sdoc[k].is_space:
        k += 1
    if k + 2 >= len(sdoc) or sdoc[k].text != ",":
        return
    cc = sdoc[k + 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or not first <= cc.head.i < end:
        return
    conj = next((t for t in cc.head.children if t.dep_ == "conj" and t.i > cc.i), None)
    if conj is None:
        return
    second = any(c.dep_ == "mark" and c.lower_ in MARKS for c in conj.children)
    shared = cc.lower_ == "but" and conj.pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in SUBJECTS for c in conj.children)
    if not (second or shared):
        return
    stop = conj.right_edge.i + 1
    after = sdoc[stop] if stop < len(sdoc) else None
    if after is not None and not (after.text in SENTENCE_ENDS or after.is_space or
                                  after.is_sent_start):
        return
    if any(quote_state[i] for i in range(k, stop)):
        return
    d.contents[d.contents.index(last)] = (first, stop)
