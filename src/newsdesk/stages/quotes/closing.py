"""A closing attribution read off the surface: "<statement>, <noun phrase> said [adjuncts]."

Wire copy closes a sentence with its speaker: "Police arrested 40 people, including lawmaker
Peter Kamau, police spokeswoman Rose Njeri said in a statement." The parser often misreads
the list before the speaker: it gives the verb two subjects ("people" and "Njeri"), joins
the speaker to the list as one more item ("including aid worker Sarah Lind, mediator Omar
Haddad said"), or makes the speech verb a conjunct of the statement's verb. The surface
says it plainly all the same: the noun phrase between the last comma and the speech verb
speaks, and everything before that comma is what it said (issue 15: the right speaker).

`closing_attribution` finds that shape; `closing_repair` sets a draft's source and content
from it when the parse gave the draft no source, or a source inside the statement.
"""
from __future__ import annotations

from .syntax import SPEECH_LEMMAS, Draft, trim_punct

# Parts of speech of the words of a speaker's noun phrase ("Foreign Minister Elena
# Petrova", "the state's top prosecutor", "two senior officials").
PHRASE_POS = {"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"}
HEAD_POS = {"PROPN", "NOUN"}
MAX_PHRASE = 8
# What may follow the verb: "said in a statement on Monday", "told reporters in Nairobi";
# any verb after it ("said, adding ...") is a clause of its own, not this shape.
MAX_AFTER = 9
CITING = {"citing", "quoting"}
# A statement before the comma of at least this many words, with a verb of its own.
MIN_WORDS = 3


def closing_attribution(sdoc, tok) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source range, content range) when the speech verb `tok` closes its sentence after
    ", <noun phrase>" (see the module note), else None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_LEMMAS() or tok.dep_ == "relcl":
        return None  # "..., a charge the group denies": a clause on "a charge", no speaker
    sent = tok.sent
    after = [t for t in sdoc[tok.i + 1:sent.end] if not t.is_space]
    if after and after[-1].is_punct and after[-1].text in (".", "!"):
        after = after[:-1]
    # "..., the agency reported on Saturday, citing security sources": who is cited is how
    # the report was sourced (outlets.cited_sources), no clause of the reporting verb's own
    cites = next((j for j in range(1, len(after)) if after[j].lower_ in CITING and
                  after[j - 1].text == ","), None)
    if cites is not None:
        after = after[:cites - 1]
    if len(after) > MAX_AFTER or any(t.pos_ in ("VERB", "AUX") or t.is_quote or
                                     t.is_punct or t.pos_ == "SCONJ" for t in after):
        return None
    end = tok.i
    k = _phrase_start(sdoc, tok.i - 1, sent.start)
    if k == tok.i - 1 and sdoc[k].text == "," and k - 1 > sent.start:
        # "..., Kamerhe's spokesman, Michel Moto Muhima, wrote on X": a name set off by
        # commas after the speaker's role; the two are one speaker
        name_start = _phrase_start(sdoc, k - 1, sent.start)
        if sdoc[name_start].text == "," and name_start < k - 1 and \
                any(t.pos_ == "PROPN" for t in sdoc[name_start + 1:k]):
            end, k = k, _phrase_start(sdoc, name_start - 1, sent.start)
    comma, phrase = k, (k + 1, end)
    if sdoc[comma].text != "," or phrase[1] <= phrase[0] or \
            not any(t.pos_ in HEAD_POS for t in sdoc[phrase[0]:phrase[1]]) or \
            sdoc[phrase[0]].pos_ == "PART" or _two_phrases(sdoc, phrase):
        return None
    content = trim_punct(sdoc, (sent.start, comma))
    words = [t for t in sdoc[content[0]:content[1]] if any(ch.isalnum() for ch in t.text)]
    if len(words) < MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words) or \
            any(t.is_quote for t in sdoc[content[0]:content[1]]):
        return None  # no clause ("In Moscow, a spokesman said"), or a quotation's own marks
    return phrase, content


def _phrase_start(sdoc, k: int, floor: int) -> int:
    """Walk back from token k over the words of a noun phrase (at most MAX_PHRASE): the
    index of the first token before them."""
    top = k
    while k > floor and (sdoc[k].pos_ in PHRASE_POS or _hyphenated(sdoc, k)) and \
            top - k < MAX_PHRASE:
        k -= 1
    return k


HYPHENS = ("-", "–")


def _hyphenated(sdoc, k: int) -> bool:
    """Is token k a part of a hyphenated word ("state-owned", "Iranian-backed"), which the
    tokenizer splits and the tagger may call a verb?"""
    tok = sdoc[k]
    if tok.text in HYPHENS:
        return not tok.whitespace_ and k > 0 and not sdoc[k - 1].whitespace_
    glued_next = k + 1 < len(sdoc) and sdoc[k + 1].text in HYPHENS and not tok.whitespace_
    glued_prev = k > 0 and sdoc[k - 1].text in HYPHENS and not sdoc[k - 1].whitespace_
    return glued_next or glued_prev


def _two_phrases(sdoc, phrase: tuple[int, int]) -> bool:
    """A determiner after a noun: two noun phrases, the first modified by a clause whose
    relative pronoun is left out ("a charge the group denies", "a claim the ministry
    rejected"), not one speaker's name."""
    seen_noun = False
    for t in sdoc[phrase[0]:phrase[1]]:
        if t.pos_ == "DET" and seen_noun:
            return True
        seen_noun = seen_noun or t.pos_ in HEAD_POS
    return False


def closing_repair(sdoc, d: Draft) -> bool:
    """Give a draft the closing attribution's source and content when its own source is
    missing or lies inside the statement; whether it changed the draft."""
    if d.cue[1] - d.cue[0] != 1 or d.kind == "block":
        return False
    found = closing_attribution(sdoc, sdoc[d.cue[0]])
    if found is None:
        return False
    phrase, content = found
    if d.sources and all(content[1] <= lo and hi <= phrase[1] for lo, hi in d.sources):
        return False  # the parse already found a speaker after the comma
    d.sources, d.contents = [phrase], [content]
    return True
