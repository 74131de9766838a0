"""A headline that attributes: "President Duterte Says Peace Talks Still Possible", "Deal
With Rebels Unlikely, Army Chief Says". Headlines drop verbs ("Talks [Are] Still Possible"),
so the parser reads the words after "Says" as an object or a loose adjective and neither the
tagger nor the clause rules find a statement; the line's layout does: one line with no full
stop, in title case, with a capitalised speech verb. Used by attribution.find_attributions.
"""
from __future__ import annotations

from .syntax import Draft, trim_punct

# The speech verbs of headlines, as headlines write them (present tense, capitalised).
HEADLINE_CUES = frozenset({"Says", "Say", "Said", "Warns", "Warn", "Claims", "Insists",
                           "Tells", "Vows", "Admits", "Confirms", "Denies"})
MAX_SOURCE = 8  # words: a longer stretch before the verb is no headline's speaker
# A content opening with these is no statement: "Warns Of Riots" (what is warned of),
# "Simon Says Is Back" (a name with a verb in it).
NO_CONTENT_START = ("ADP", "AUX", "VERB")
TITLE_SHARE = 0.6  # of the words: capitalised in a title-case line


def _title_case(tokens) -> bool:
    words = [t for t in tokens if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) >= TITLE_SHARE * len(words)


def _headline(sdoc, first: int, last: int) -> bool:
    """One line, no sentence-final stop, in title case."""
    tokens = [t for t in sdoc[first:last] if not t.is_space]
    if len(tokens) < 3 or any("\n" in t.text for t in sdoc[first:last] if t.is_space):
        return False
    return tokens[-1].text not in (".", "!", "?", ":") and _title_case(tokens)


def headlines(sdoc, paras: list[tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
    """Drafts for headline statements: "<speaker> Says <content>" or "<content>, <speaker>
    Says" on a headline line (`_headline`) where no statement has a cue yet. A draft that read
    the verb as a stance ("Says [Peace Talks]": a noun for its object) becomes the statement;
    the new drafts are returned."""
    cued = {i for d in drafts if d.act == "speech" for i in range(*d.cue)}
    by_cue = {d.cue: d for d in drafts if d.act != "speech"}
    found = []
    for n, (first, last) in enumerate(paras):
        while last > first and sdoc[last - 1].is_space:
            last -= 1
        if not _headline(sdoc, first, last) or cued & set(range(first, last)):
            continue
        cue = next((i for i in range(first + 1, last) if sdoc[i].text in HEADLINE_CUES), None)
        if cue is None:
            continue
        if cue == last - 1:  # "<content>, <speaker> Says"
            comma = next((i for i in range(cue - 1, first, -1) if sdoc[i].text == ","), None)
            if comma is None:
                continue
            source, content = (comma + 1, cue), trim_punct(sdoc, (first, comma))
        else:
            source, content = (first, cue), trim_punct(sdoc, (cue + 1, last))
        if not 0 < source[1] - source[0] <= MAX_SOURCE or content[1] <= content[0] or \
                sdoc[content[0]].pos_ in NO_CONTENT_START:
            continue
        own = by_cue.get((cue, cue + 1))
        if own is not None:
            own.act, own.sources, own.contents, own.form = "speech", [source], [content], "headline"
            continue
        found.append(Draft(cue=(cue, cue + 1), para=n, sources=[source], contents=[content],
                           form="headline"))
    return found
