"""A quotation split around its attribution is one statement (`rejoin_split_quotations`, and
`halves_around` for a cue left with no content at all); so is a quotation that the speaker's
paragraph opens after the attribution and leaves open, running over the paragraphs that
reopen it (`run_on_paragraphs`).

'"We have never backed down," she told reporters on Friday, "and we will not start now."':
the speaker and cue stand between two quotations of one sentence, the first closed on a comma
and the second opened after one. The tagger and the parse rules often give the statement only
one of the two (the one next to the cue, or the one a long attribution does not keep apart:
"the union leader told the crowd outside the factory gates on Monday evening"); the other half
belongs to the same quote. Read off the surface, like forms.interjected, because the parse of
the attribution between two quotations is often wrong; the text between them must be the
attribution alone: the draft's source and cue and words around them, no sentence end, no
line break, no second speaker ('"A," she said, and he replied, "B."'), no longer than
`MAX_GAP` tokens.
"""
from __future__ import annotations

from .syntax import Draft

# An attribution set between two halves of a quotation is a few words ("she said", "Mayor
# Alice Brandt told residents at the town hall on Monday evening"); longer runs are prose.
MAX_GAP = 25
SENTENCE_ENDS = {".", "!", "?", ";"}
# A quotation shorter than this (a scare-quoted word or two: 'the "deal"') is no half of a
# statement.
MIN_REGION = 4


def rejoin_split_quotations(sdoc, drafts: list[Draft], regions: list[tuple[int, int]]) -> None:
    """Give each statement whose speaker and cue stand between two halves of a quotation the
    half it lacks (see the module note). `regions`: the quotation token ranges [open mark,
    close mark + 1), in text order."""
    regions = [r for r in regions if r[1] - r[0] >= MIN_REGION]
    held = [(r, d) for d in drafts if d.act == "speech" and d.sources for r in d.contents]
    for d in drafts:
        if d.act != "speech" or not d.sources or not d.contents or d.kind == "block":
            continue
        own = [d.cue] + d.sources
        lo, hi = min(r[0] for r in own), max(r[1] for r in own)
        before = [r for r in regions if r[1] <= lo]
        after = [r for r in regions if r[0] >= hi]
        if not before or not after:
            continue
        first, second = before[-1], after[0]
        has = [any(a < r[1] and r[0] < b for a, b in d.contents) for r in (first, second)]
        if not any(has) or not _only_attribution(sdoc, first, second, own):
            continue
        if all(has):
            # both halves held, one of them run on over the attribution's own adjuncts ('the
            # chairman said [on state television, "indicate ..."]'): the text between the
            # halves is the attribution's, so each half ends at its marks
            d.contents = [_off_gap(r, first, second) for r in d.contents]
            continue
        missing, present = (second, first) if has[0] else (first, second)
        if any(o is not d and a < missing[1] and missing[0] < b for (a, b), o in held):
            continue  # the other half is another statement's ('..., adding, "B."')
        # the half it had, whole with its marks (a part read off the parse may lack them), so
        # that a reading of either half under another cue lies inside this statement; what the
        # part held of the attribution between the halves ("state television, ...") goes
        over = [r for r in d.contents if r[0] < present[1] and present[0] < r[1]]
        if present == first:
            whole = (min([present[0]] + [r[0] for r in over]), present[1])
        else:
            whole = (present[0], max([present[1]] + [r[1] for r in over]))
        d.contents = sorted([r for r in d.contents if r not in over] + [whole, missing])


def around_attribution(sdoc, rng: tuple[int, int], regions: list[tuple[int, int]],
                       cats: list) -> list[tuple[int, int]]:
    """A content the tagger ran over a whole quotation split around its attribution ('["These
    figures," the governor said in his address, "show that ..."]', no cue nor source tagged)
    is the two halves; the speech verb between them (a cue word of the lexicon, `cats`) is left
    outside for the grouping to find as the cue. Any other range is returned whole."""
    inner = [r for r in regions if r[1] - r[0] >= MIN_REGION and rng[0] <= r[0] and
             r[1] <= rng[1]]
    for first, second in zip(inner, inner[1:]):
        cues = [(i, i + 1) for i in range(first[1], second[0]) if cats[i]]
        if cues and _only_attribution(sdoc, first, second, cues):
            return [(rng[0], first[1]), (second[0], rng[1])]
    return [rng]


def _off_gap(rng: tuple[int, int], first: tuple[int, int], second: tuple[int, int]
             ) -> tuple[int, int]:
    """A content part less what it holds of the text between the two quotations."""
    lo, hi = rng
    if first[1] <= lo < second[0] < hi:
        lo = second[0]
    if lo < first[1] < hi <= second[0]:
        hi = first[1]
    return lo, hi


def halves_around(sdoc, d: Draft, regions: list[tuple[int, int]]) -> None:
    """A cue the tagger left without content, set with its source between two halves of a
    quotation ('"These figures," the governor said in his address, "show that inflation has
    peaked."': the parse may read the second half's verb as the sentence's, and find no
    clause under "said"), takes both halves as its content."""
    if d.contents or not d.sources or d.act != "speech":
        return
    regions = [r for r in regions if r[1] - r[0] >= MIN_REGION]
    own = [d.cue] + d.sources
    lo, hi = min(r[0] for r in own), max(r[1] for r in own)
    before = [r for r in regions if r[1] <= lo]
    after = [r for r in regions if r[0] >= hi]
    if before and after and _only_attribution(sdoc, before[-1], after[0], own):
        d.contents = [before[-1], after[0]]


def _only_attribution(sdoc, first: tuple[int, int], second: tuple[int, int],
                      own: list[tuple[int, int]]) -> bool:
    """Is the text between the two quotations the attribution alone: a comma closing the first
    ('"A,"' or '"A",'), a comma opening the second, and between them the draft's own words
    with their adjuncts (see the module note)?"""
    gap = [t for t in sdoc[first[1]:second[0]]]
    if not gap or len(gap) > MAX_GAP:
        return False
    if any(t.text in SENTENCE_ENDS or "\n" in t.text or t.is_quote for t in gap):
        return False
    words = [t for t in gap if not t.is_space]
    inner_end = first[1] - 2  # the last token before the closing mark
    closes_on_comma = (inner_end >= first[0] and sdoc[inner_end].text == ",") or \
        (words and words[0].text == ",")
    if not closes_on_comma or not words or words[-1].text != ",":
        return False
    mine = {i for r in own for i in range(*r)}
    for t in words:
        if t.i in mine or t.pos_ not in ("VERB", "AUX"):
            continue
        # a verb with a subject of its own is a second speaker or act ("and he replied"),
        # unless it is a relative clause on the speaker ("Jane Obi, who chairs the panel,")
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in mine for c in t.children) and \
                t.dep_ != "relcl":
            return False
    return True


OPENING_MARKS = ("\u201c", "\u00ab")  # curly and guillemet opening marks; '"' opens or closes
CLOSING_MARKS = ("\u201d", "\u00bb", '"')


def unclosed_from(sdoc, para: tuple[int, int]) -> int | None:
    """The token index of the quotation mark the paragraph opens and never closes, or None."""
    opened = None
    for tok in sdoc[para[0]:para[1]]:
        if tok.text in OPENING_MARKS or (tok.text == '"' and opened is None):
            opened = tok.i
        elif tok.text in CLOSING_MARKS:
            opened = None
    return opened


def run_on_paragraphs(sdoc, drafts: list[Draft], paras: list[tuple[int, int]]) -> None:
    """The news convention for a long quotation ("...," the teacher said. "Then we locked the
    doors. / "We waited three hours. / "Nobody told us anything."): a quotation opened after
    the attribution and left open at the paragraph's end goes on in each next paragraph that
    opens with a quotation mark, up to the one that closes it, and all of it is that
    speaker's. Read off the marks where the tagger read none of a piece ("Then we locked
    the doors.", whose parts then lose their speaker); where it read every piece, its
    reading stands. A paragraph with an attribution of its own ('"...," the mayor added.')
    ends the run."""
    for d in drafts:
        if d.act != "speech" or not d.sources or d.kind == "block" or d.para + 1 >= len(paras):
            continue
        opened = unclosed_from(sdoc, paras[d.para])
        if opened is None or opened < max(r[1] for r in [d.cue] + d.sources):
            continue
        if any(o is not d and o.para == d.para and o.sources and o.cue[0] > opened
               for o in drafts):
            continue  # a second speaker after the opening: theirs, not d's
        run = [(opened, paras[d.para][1])]
        block = d.para
        while block + 1 < len(paras) and sdoc[paras[block + 1][0]].text in OPENING_MARKS + ('"',) \
                and not any(o.para == block + 1 and o.sources for o in drafts):
            block += 1
            run.append(paras[block])
            if unclosed_from(sdoc, paras[block]) is None:
                break
        if block == d.para or all(_read(drafts, piece) for piece in run):
            continue  # the tagger read every piece: its reading stands
        hi = run[-1][1]
        # a content read up to the mark already ('was not "prepared for ...') keeps its start
        lo = min([r[0] for r in d.contents if r[0] < hi and run[0][0] < r[1]] + [run[0][0]])
        run[0] = (lo, run[0][1])
        d.contents = [r for r in d.contents if r[1] <= lo or r[0] >= hi] + run
        for other in drafts:  # the tagger's pieces of those paragraphs belong to this quote
            if other is not d and not other.sources:
                other.contents = [r for r in other.contents if r[1] <= lo or r[0] >= hi]


def _read(drafts: list[Draft], piece: tuple[int, int]) -> bool:
    """Does some draft's content cover part of the piece?"""
    return any(r[0] < piece[1] and piece[0] < r[1] for o in drafts for r in o.contents)
