"""The relative or question word that opens a speaker's clause is part of what was said:
"the tax, [which] he called [a disaster]", "in [what] officials called [a hate crime]", "a
country [that] the minister called [our main rival]", "[which] the council has vowed [to
repeal]". PolNeAR annotates the word as the content's first part, before the source and the
cue. bounds.relative_pronoun adds it only when its cue word is the verb of a relative clause
and the word hangs inside the content ("which organisers say could decide the race"); this adds
it also when the word is the object of the cue ("which he called a disaster"), when the clause
is a free relative ("what officials called"), and when the cue opens with an auxiliary ("has
vowed"). The word must stand right before the source, be tagged as a relative or question
word (WDT, WP; the "that" of "said that officials announced" is a complementiser, no such
word), and hang on the cue or inside the content. PolNeAR learn part: content exact F1 0.5841
-> 0.5857 (31 exact matches won, 8 lost, half of those "what X called Y", which PolNeAR
annotates both ways). Measured too and left out: "where" ("Bergen, where the admiral says the
ships will stay"): PolNeAR leaves the place out of the content (2 won, 13 lost).
"""
from __future__ import annotations

from .syntax import Draft

WH_WORDS = {"which", "what", "who", "whom", "that"}
WH_TAGS = {"WDT", "WP"}


def wh_lead(sdoc, d: Draft) -> None:
    """Add the relative or question word before the draft's source as its content's first part
    (see the module note)."""
    if not d.sources or not d.contents or d.form == "raised":
        return
    if any(first < d.cue[1] for first, _ in d.contents):
        return
    first = min(lo for lo, _ in d.sources)
    if first == 0 or first > d.cue[0]:
        return
    word = sdoc[first - 1]
    if word.lower_ not in WH_WORDS or word.tag_ not in WH_TAGS or word.dep_ == "mark":
        return
    cue = range(*d.cue)
    inside = any(lo <= word.head.i < hi for lo, hi in d.contents)
    if not (word.head.i in cue or inside):
        return
    d.contents.insert(0, (word.i, word.i + 1))
