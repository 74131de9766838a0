"""spaCy Docs built by hand for the rule tests, so that a new spaCy model cannot change what
they see. A parse is a small table, one token a line:

    word  lemma  POS  tag  dep  head        (head = the index of the head token; ROOT points
                                             at itself)
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

# A blank English vocabulary (no trained model): it gives tokens their lower case and
# punctuation flags, which the rules read.
VOCAB = spacy.blank("en").vocab


def parsed(table: str) -> Doc:
    """A spaCy Doc from a token table (see the module docstring)."""
    rows = [line.split() for line in table.strip().splitlines()]
    words, lemmas, pos, tags, deps, heads = (list(col) for col in zip(*rows))
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps,
               heads=[int(h) for h in heads])


def token(doc: Doc, word: str):
    return next(t for t in doc if t.text == word)
