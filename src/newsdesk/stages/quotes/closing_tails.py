"""After a closing attribution ('"We are ahead," Ruiz said ...') the quotation before it is
what was said; what the writer adds after the cue in that sentence is not: where or when it
was said ('... said in an interview with "Morning Radio."'), the question it answered ('... said
when asked whether the plant would close'), what the speaker was doing ('..., describing how
the line works'), a clause on the speaker ('said Ruiz, who has run the yard for years'). The
tagger often reads such a tail as a second content part, and a tail with quotation marks (a
programme's title) or a clause of its own was kept as quoted or as said. A part after the
attribution stays only when it opens with a quotation mark right after the attribution, with
a punctuation mark or a conjunction before it (the second half of a split quotation: '"A,"
she said, "B."', '"A," he said, but "B."'), or when it lies in a later sentence. The quotation
must open its sentence and close with a comma, "?" or "!" (not with a stop, which ends the
sentence, and not a title inside a phrase). PolNeAR learn part: content exact F1 0.5857 ->
0.5868 (27 exact matches won, 9 lost), content overlap 0.7517 -> 0.7518; the tails that are
statements of their own ("..., describing how ...", "..., citing ...") are then read as such.
Measured and left out: keeping only a quotation with nothing but punctuation between it and
the attribution ('"A," he said of the plan, "B."': PolNeAR keeps B; 27 won, 68 lost).
"""
from __future__ import annotations

from .syntax import Draft


def drop_closing_tails(sdoc, drafts: list[Draft], quote_state: list[int]) -> None:
    """Drop the tails after each closing attribution that follows a quotation (see the module
    note)."""
    for d in drafts:
        if d.kind == "block" or len(d.contents) < 2 or not d.sources or d.act != "speech":
            continue
        parts = sorted(_past_abbreviation(sdoc, r, quote_state) for r in d.contents)
        own = [d.cue] + d.sources
        lo, hi = min(r[0] for r in own), max(r[1] for r in own)
        head = parts[0]
        if head[1] > lo or not _quoted(sdoc, head, quote_state) or \
                _gap_has_words(sdoc, head[1], lo) or \
                _gap_has_words(sdoc, sdoc[head[0]].sent.start, head[0]):
            continue  # (a title inside a phrase: 'With the help of "Flip It", the actor asked')
        sent = sdoc[d.cue[0]].sent
        kept = [r for r in parts if r[1] <= lo or r[0] >= sent.end or r[0] < hi or
                (quote_state[r[0]] == 2 and _opens_statement(sdoc, r[0]))]
        if kept != sorted(d.contents):
            d.contents = kept


def _past_abbreviation(sdoc, rng: tuple[int, int], quote_state: list[int]) -> tuple[int, int]:
    """'said Jane Hale of Worcester, [Mass. "Heating cost ..."]': the tagger, reading the
    abbreviation's stop as no sentence end, may open the next quotation's part on the
    abbreviation; the part starts at the mark."""
    first, last = rng
    if first + 1 < last and len(sdoc[first].text) > 1 and sdoc[first].text.endswith(".") and \
            not quote_state[first] and quote_state[first + 1] == 2:
        return first + 1, last
    return rng


def _quoted(sdoc, rng: tuple[int, int], quote_state: list[int]) -> bool:
    """Is the range a whole quotation closed by a comma, a question or an exclamation mark (a
    stop before the closing mark ends the sentence: '"Lyin' Ted." Trump called him ...' is no
    closing attribution of it)?"""
    first, last = rng
    closing = [i for i in range(max(first + 1, last - 3), last) if quote_state[i] == 2]
    if quote_state[first] != 2 or not closing:
        return False
    return sdoc[closing[-1] - 1].text != "."


def _gap_has_words(sdoc, first: int, last: int) -> bool:
    """Is there any word (not punctuation or space) in [first, last)?"""
    return any(not (t.is_punct or t.is_space) for t in sdoc[first:last])


def _opens_statement(sdoc, i: int) -> bool:
    """Does the quotation at token i open after a punctuation mark or a conjunction ('..., she
    said, "B."', '... he said, but "B."'), not as a phrase's object (a title: 'on the podcast
    "Morning Radio"')? An abbreviation's stop ends the sentence too when a capital follows the
    mark ('said Ana Ruiz of Tampa, Fla. "We are ahead."': the parse, taking "Fla." for a
    word inside the sentence, runs it on into the quotation)."""
    j = i - 1
    while j >= 0 and sdoc[j].is_space:
        j -= 1
    if j >= 0 and len(sdoc[j].text) > 1 and sdoc[j].text.endswith(".") and \
            i + 1 < len(sdoc) and sdoc[i + 1].text[:1].isupper():
        return True
    return j < 0 or sdoc[j].is_punct or sdoc[j].pos_ == "CCONJ"
