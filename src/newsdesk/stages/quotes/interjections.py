"""A speaker and cue set off by commas inside the sentence they report ("The plan, she said,
would fail"; "Donations, according to the campaign, have doubled"): the statement is the
sentence around them, both pieces (forms.interjected reads the pieces off the surface)."""
from __future__ import annotations

from .forms import interjected, without_pieces
from .roots import word_root
from .speech import attribution_act
from .syntax import Draft


def _inside(rng: tuple[int, int], piece: tuple[int, int]) -> bool:
    return piece[0] <= rng[0] and rng[1] <= piece[1]


def _goes_on(sdoc, pieces: list[tuple[int, int]]) -> bool:
    """Does the piece before hang on the piece after in the parse ("[Donations], according to
    the campaign, [have doubled]": the subject of "doubled"; "[The next day], ..., [the
    landlord raised the rent]")? Else what follows the interjection is the writer's addition
    to a whole statement: an apposition of the speaker ("..., said Ann Lee, [a pollster]"),
    a clause of its own ("..., according to the poll, [where 40 seats are at stake]")."""
    head = word_root(sdoc, pieces[0]).head.i
    return pieces[1][0] <= head < pieces[1][1]


def _clause_after(sdoc, pieces: list[tuple[int, int]]) -> bool:
    """Does the piece after the cue hold a verb with its own subject ("..., officials say,
    [they were told to leave]"), not a phrase ("..., said Ann Lee, [a negotiator]")?"""
    lo, hi = pieces[-1]
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                 for c in t.children) for t in sdoc[lo:hi])


def around_interjection(sdoc, d: Draft, ctx: dict, clause_after: bool = False) -> None:
    """A statement with its speaker and cue set off inside it is both pieces, when what was
    found of it is one piece only, the one after the cue or the one before it (a tagger often
    sees only one side of the cue: "The difference now, he told reporters, is ..." was read as
    a stance on "reporters"; "[Donations], according to the campaign, have doubled" as a
    stance on "Donations"), or nothing; and the pieces are a statement
    (speech.attribution_act; beliefs keep what they had). `clause_after`: only when the
    piece after the cue is a clause of its own (for a cue nothing was found for yet)."""
    pieces = interjected(sdoc, d, ctx["cats"])
    if not pieces or clause_after and not _clause_after(sdoc, pieces):
        return
    after = not any(first < d.cue[1] for first, _ in d.contents)
    before = len(pieces) == 2 and d.contents and all(
        _inside(r, pieces[0]) for r in d.contents) and _goes_on(sdoc, pieces)
    if not (after or before):
        return
    was, act = d.contents, d.act
    d.contents = pieces
    if attribution_act(sdoc, d, ctx) == "speech":
        d.act = "speech"
        d.sources = without_pieces(sdoc, d.sources, pieces)
    else:
        d.contents, d.act = was, act
