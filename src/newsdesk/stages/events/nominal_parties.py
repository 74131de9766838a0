"""Parties an event noun's own phrase names: a word that names a pair of states at once
("intra-Korean talks", "cross-strait talks"). Pure tests of the parse and the text (no
lexicon): coding.find_triggers calls them and implied.paired_states turns a pair into
actors.
"""
from __future__ import annotations

import re


# Words that name a pair of states at once, with the pair (the one named first first): a
# joint act they modify ("intra-Korean talks", "cross-strait talks", "talks between North
# and South Korea") is between those two. The entity tagger reads "North and South Korea"
# as one place (South Korea's) and "inter-Korean" as none.
PAIR_WORDS = [(re.compile(pattern, re.I), states) for pattern, states in (
    (r"\b(?:inter|intra)-korean\b", ("PRK", "KOR")),
    (r"\bnorth and south korea\b", ("PRK", "KOR")),
    (r"\bsouth and north korea\b", ("KOR", "PRK")),
    (r"\b(?:the two|both) koreas\b", ("PRK", "KOR")),
    (r"\bcross-strait\b", ("CHN", "TWN")))]


def pair_word(noun) -> tuple[int, int, tuple[str, str]] | None:
    """(start, end, the two states) of a pair word in a noun's own phrase (its modifiers,
    "talks between ...", not a relative clause or an apposition on it); None when it has
    none."""
    skip = {t.i for c in noun.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in skip]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    text = noun.doc.text[start:end]
    for pattern, states in PAIR_WORDS:
        found = pattern.search(text)
        if found:
            return start + found.start(), start + found.end(), states
    return None
