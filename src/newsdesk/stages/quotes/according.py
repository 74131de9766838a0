"""What "according to X" attributes: the clause it is set in (`according_clause`).

"According to Mendez, the club has changed coaches four times since May because many players
disliked the plan": the tagger often takes only the last clause of a long sentence ("many
players disliked the plan") or the clause after the next comma ("The council approved the
budget, according to two members, [but the mayor plans to veto it]"). "According to" is no
verb with a complement to read; it qualifies the whole main clause it is set in, and PolNeAR
annotates that clause as the content:
- the phrase opens the sentence (after a linking word: "But according to X, ..."): the rest
  of the sentence;
- it stands before the main verb ("The harbour fees, according to X, will rise"): the clause
  around it, in two parts;
- it follows the main verb ("The factory employs 900 people, according to X, and exports
  ..."): the clause before it; what follows the phrase is a conjunct or a remark the source
  is not given for.
A colon or semicolon bounds the clause as a sentence end does. Left as tagged: a sentence with
quotation marks (the words quoted are the content, read by the quotation rules) and a clause
with another attribution's cue in it (the clause may be that speaker's: 'X said the talks
failed, according to the transcript'); a cue after the phrase, in the remark that follows
("..., according to U.S. officials, though Netanyahu has said ..."), is no such cue. Measured on PolNeAR's learn part (exact content match of the "according
to" attributions in unquoted sentences: 186 -> 200 of 284 in the simulation that chose it).
"""
from __future__ import annotations

from .syntax import Draft, trim_punct

# Words that link a sentence to the one before: before "according to" they do not make the
# phrase stand inside the clause ("But according to X, ..." opens it).
LINKS = {"and", "but", "yet", "or", "so", "however", "meanwhile", "still", "also", "indeed"}
CLAUSE_BREAKS = {":", ";"}


def according_clause(sdoc, d: Draft, quote_state: list[int], cue_starts: set[int]) -> None:
    """Set the content of an "according to" attribution to the clause it qualifies (see the
    module note); `cue_starts`: the first token of every statement's cue (a belief inside
    the clause, "many players disliked the plan", is part of what is attributed)."""
    acc = next((t for t in sdoc[d.cue[0]:d.cue[1]] if t.lower_ == "according"
                and t.dep_ == "prep"), None)
    if acc is None or not d.contents or d.kind == "block":
        return
    sent = acc.sent
    if any(quote_state[i] or sdoc[i].is_quote for i in range(sent.start, sent.end)):
        return
    lo_pp, hi_pp = acc.left_edge.i, acc.right_edge.i + 1
    start = max([sent.start] + [t.i + 1 for t in sdoc[sent.start:lo_pp]
                                if t.text in CLAUSE_BREAKS])
    end = next((t.i for t in sdoc[hi_pp:sent.end] if t.text in CLAUSE_BREAKS), sent.end)
    k = start
    while k < lo_pp and (sdoc[k].lower_ in LINKS or sdoc[k].is_punct or sdoc[k].is_space):
        k += 1
    if k >= lo_pp:
        if hi_pp < end and not sdoc[hi_pp].is_punct:
            # "[According to the official, air defence stocks] were running low": the parse
            # read the opening's comma into its object; the clause starts after that comma
            hi_pp = next((t.i + 1 for t in reversed(sdoc[acc.i:hi_pp]) if t.text == ","), hi_pp)
        parts = [(hi_pp, end)]
    elif sent.root.i < lo_pp:
        parts = [(start, lo_pp)]
    else:
        parts = [(start, lo_pp), (hi_pp, end)]
    parts = [p for p in (trim_punct(sdoc, p) for p in parts) if p[1] > p[0]]
    if any(a <= c < b and not d.cue[0] <= c < d.cue[1] for c in cue_starts for a, b in parts):
        return  # another statement's cue in the clause: it may be that speaker's
    own = [r for r in d.sources if r[0] < lo_pp or r[1] > hi_pp]
    if parts and not own:
        d.contents = parts


# The source of an "according to" that opens a sentence is a few words before a comma
# ("According to the official, ..."); a longer run is no such opening.
MAX_OPENING_SOURCE = 12


def according_openings(sdoc, drafts: list[Draft], quote_state: list[int],
                       para_of: list[int]) -> list[Draft]:
    """Drafts for the sentences that open with "According to X," where the tagger tagged no
    cue (it reads the phrase in one paragraph and passes it over in the next, after another
    speaker's sentence): cue "according to", source X up to the comma, content the rest of the
    sentence. Read off the surface, as the parse of such an opening is often wrong ("the
    official, air defence stocks" read as one noun phrase). Left alone: a sentence with
    quotation marks or with a cue of its own (the quotation and cue rules read those)."""
    cued = {i for d in drafts for i in range(*d.cue)}
    found = []
    for sent in sdoc.sents:
        k = sent.start
        while k < sent.end and (sdoc[k].lower_ in LINKS or sdoc[k].is_punct or sdoc[k].is_space):
            k += 1
        if k + 2 >= sent.end or sdoc[k].lower_ != "according" or sdoc[k + 1].lower_ != "to":
            continue
        if any(sent.start <= i < sent.end for i in cued) or any(
                quote_state[i] or sdoc[i].is_quote for i in range(sent.start, sent.end)):
            continue
        comma = next((t.i for t in sdoc[k + 2:min(sent.end, k + 3 + MAX_OPENING_SOURCE)]
                      if t.text == ","), None)
        if comma is None or comma == k + 2:
            continue
        content = trim_punct(sdoc, (comma + 1, sent.end))
        if content[1] <= content[0]:
            continue
        found.append(Draft(cue=(k, k + 2), para=para_of[k], sources=[(k + 2, comma)],
                           contents=[content]))
    return found
