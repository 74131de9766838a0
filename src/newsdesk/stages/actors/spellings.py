"""One person spelled two ways in one article ("Volodymyr Zelensky" ... "Volodymyr Zelenskyy",
a transliteration or a typo): the later spelling is the same person, not a second one.

The rule is on the names' words alone, and narrow on purpose:

- a name of as many words as an earlier one, the same words but one, and that one word a single
  edit away (a letter changed, added or dropped: Levenshtein distance 1), at least 4 letters
  long in both spellings, and not the first word: given names a letter apart are often two
  people of one family ("Mark Kelly" and "Mary Kelly"), a family or middle name a letter
  apart in one article is a spelling;
- a one-word mention a single edit away from an earlier name's last word, at least 5
  letters long ("Zelenskyy" after "Volodymyr Zelensky"), as the exact surname already is.

Across articles the names stay as each article spells them (a story's spellings are not
reconciled).
"""
from __future__ import annotations

MIN_WORD = 4  # shorter words one letter apart are different names ("Jan", "Jon"; "Un", "Il")
MIN_SURNAME = 5  # a one-word mention against an earlier surname


def one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by exactly one changed, added or dropped letter (case-blind)."""
    a, b = a.casefold(), b.casefold()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    # the rest after the first difference: the same once one letter is skipped or changed
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def respelled(text: str, earlier: str) -> bool:
    """Whether the name `text` is the name `earlier` spelled another way (see module doc)."""
    words, old = text.split(), earlier.split()
    if len(words) == 1 and len(old) > 1:
        return (min(len(words[0]), len(old[-1])) >= MIN_SURNAME
                and one_edit_apart(words[0], old[-1]))
    if len(words) != len(old) or len(words) < 2:
        return False
    differing = [k for k, (w, o) in enumerate(zip(words, old)) if w != o]
    if len(differing) != 1 or differing[0] == 0:
        return False
    w, o = words[differing[0]], old[differing[0]]
    return min(len(w), len(o)) >= MIN_WORD and w[:1].isupper() and one_edit_apart(w, o)
