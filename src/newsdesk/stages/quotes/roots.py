"""The root of a span's words. spaCy's `Span.root` is the token nearest the sentence root
whose head lies outside the span; a punctuation mark counts only when it has no children. At
the end of a paragraph the line break is a space token the parse hangs on the closing quotation
mark, and that mark, with the stop before it, hangs on the first verb of the sentence: a content
tagged up to the closing mark then had that mark for its root. In 'She said the ferry has given
islanders hope and said that the toll was "too high."' (a paragraph's end, the second "said"
parsed as a conjunct inside the first statement) the second content's root was the mark, hung
on the first "said", so it went to that cue as a second part of its quote. `word_root` leaves
out the punctuation and spaces at both ends before asking (PolNeAR learn part: content exact
F1 0.5785 -> 0.5829, strict whole 0.6819 -> 0.6842). `word_span` is that span of words; its
sentence is the sentence of the words, not of an opening mark the parser hung on the sentence
before."""
from __future__ import annotations


def word_span(sdoc, span: tuple[int, int]) -> tuple[int, int]:
    """The span without the punctuation and spaces at its ends (the span itself when it holds
    nothing else)."""
    first, last = span
    while first < last and (sdoc[first].is_punct or sdoc[first].is_space):
        first += 1
    while last > first and (sdoc[last - 1].is_punct or sdoc[last - 1].is_space):
        last -= 1
    return (first, last) if last > first else span


def word_root(sdoc, span: tuple[int, int]):
    """The root token of the span's words (`word_span`)."""
    first, last = word_span(sdoc, span)
    return sdoc[first:last].root
