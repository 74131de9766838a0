"""Which cue a tagged content or source hangs on (attribution._best_cue weighs these).

- `depends_on`: the span's root (quotes/roots.py) attaches to the cue within two steps.
- `under_other_cue`: the cue stands anywhere below another cue of its sentence in the parse. A
  quotation opening the sentence after a closing attribution goes on with the words of that
  attribution's main cue, not with a speech word inside what the writer adds about the
  speaker or the moment: '"We are ahead," said Ana Ruiz, a spokeswoman for the builders, who
  said the bridge would open in May. "The steel came early."' gives both quotations to Ruiz's
  "said", not the second to the "said" of the relative clause. (Only the cue's head was asked
  before: a participle on the cue, "..., referring to X.", but no relative clause on the
  speaker, no "an early voice in urging ...", no "after hinting that ...". PolNeAR learn part:
  content exact F1 0.5829 -> 0.5841; PolNeAR gives the quotation after a closing attribution
  to that attribution 1148 times in 1189.)
- `qualifies`: the cue is an "according to X" phrase on the span's own root ("According to X,
  [G4S has been moving them], leaving some to question ..."): the statement is the clause the
  phrase qualifies, whichever other cue stands closer to it (here the participle "leaving").
"""
from __future__ import annotations

from .roots import word_root


def depends_on(sdoc, span: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Does the span's root attach (within two steps) to a token of the cue?"""
    head = word_root(sdoc, span).head
    for _ in range(2):
        if cue[0] <= head.i < cue[1]:
            return True
        head = head.head
    return False


def qualifies(sdoc, span: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Is the cue an "according to" phrase before the span that hangs on the span's root?
    (After it, the tagger's span is often a piece of the clause, which according.py widens
    when the phrase keeps it.)"""
    first = sdoc[cue[0]]
    return first.lower_ == "according" and cue[1] <= span[0] and \
        first.head.i == word_root(sdoc, span).i


def under_other_cue(sdoc, cue: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Is the cue's first token below (at any depth) a token of one of the `others`?"""
    inside = {i for lo, hi in others if (lo, hi) != cue for i in range(lo, hi)}
    tok = sdoc[cue[0]]
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in inside:
            return True
    return False
