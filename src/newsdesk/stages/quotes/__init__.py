"""The `quotes` stage: who says what, through whom.

    attribution.py  the stage: tagged spans → attributions, block quotes, chains (`via`)
    syntax.py       the rules that read the dependency parse (source, content, nested speech)
    tagger.py       the CRF that tags tokens as source / cue / content (models/quotes_crf.bin)
    features.py     the tagger's token features and the cue lexicon (lexicons/cues.txt)
    sources.py      a source span → the named speaker it refers to
"""
from __future__ import annotations

from .attribution import find_quotes, quotes

__all__ = ["quotes", "find_quotes"]
