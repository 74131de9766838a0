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


def under_other_cue(sdoc, cue: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Is the cue's first token below (at any depth) a token of one of the `others`?"""
    inside = {i for lo, hi in others if (lo, hi) != cue for i in range(lo, hi)}
    tok = sdoc[cue[0]]
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in inside:
            return True
    return False
