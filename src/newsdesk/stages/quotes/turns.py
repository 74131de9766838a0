"""A transcript's turns: a paragraph that opens with a speaker's label and a colon
("WALLACE: Do you see those two as equal?") is what that speaker said. Lists whose items
open with a label ("France: 12 medals") are no turns."""
from __future__ import annotations

from .syntax import Draft, trim_punct


# Labels that end with a colon at a paragraph's start and are no speaker.
NOT_SPEAKERS = {"update", "updated", "note", "editor", "editors", "watch", "read", "related",
                "see", "listen", "video", "photo", "photos", "source", "sources", "correction",
                "disclosure", "background", "q", "a", "question", "answer", "more", "also",
                "breaking", "exclusive", "analysis", "opinion", "warning", "summary", "click"}
MAX_LABEL = 4
SPEAKER_ENTS = ("PERSON", "ORG", "GPE", "NORP")
HEARER_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM")  # the words of "to <whom>"


def turns(sdoc, paras: list[tuple[int, int]], drafts: list[Draft]) -> list[Draft]:
    """Drafts for a transcript's turns: a paragraph opening with a speaker label in capitals or
    a proper name (up to four words) and a colon; the rest of the paragraph is what was said.
    A paragraph some draft already reads as a statement keeps that reading; a draft whose cue
    is the label's colon is the turn itself, and becomes a direct quote of the label. Labels of
    a list are no speakers (`_list_labels`)."""
    held = {i for d in drafts for first, last in d.contents for i in range(first, last)}
    by_cue = {d.cue: d for d in drafts}
    names = _name_words(sdoc)
    labelled = []
    for n, (first, last) in enumerate(paras):
        colon = next((i for i in range(first, min(last, first + MAX_LABEL + 1))
                      if sdoc[i].text == ":"), None)
        if colon is None or colon == first or colon + 1 >= last:
            continue
        label = [t for t in sdoc[first:colon] if not t.is_punct]
        if not label or any(t.lower_.strip("'’s") in NOT_SPEAKERS for t in label):
            continue
        # "Clinton to Planned Parenthood: ..." (a headline's speaker and whom they told); the
        # speaker of that form must be named ("Road to Damascus:" is a title)
        speaker_end = next((t.i for t in label if t.lower_ == "to" and t.i > first), colon)
        if not all(t.is_upper or t.pos_ == "PROPN" or t.text in names
                   for t in label if t.i < speaker_end):
            continue
        if speaker_end != colon and (
                not any(t.text in names or t.ent_type_ in SPEAKER_ENTS
                        for t in sdoc[first:speaker_end]) or
                any(t.pos_ not in HEARER_POS for t in label if t.i > speaker_end)):
            continue
        labelled.append((n, first, speaker_end, colon, label,
                         trim_punct(sdoc, (colon + 1, last))))
    listed = _list_labels(sdoc, labelled)
    found = []
    for n, first, speaker_end, colon, label, content in labelled:
        if n in listed:
            continue
        own = by_cue.get((colon, colon + 1))
        if own is not None:
            own.sources, own.form, own.kind = [(first, speaker_end)], "colon", "direct"
            continue
        if content[1] <= content[0] or any(i in held for i in range(*content)):
            continue
        found.append(Draft(cue=(colon, colon + 1), para=n, sources=[(first, speaker_end)],
                           contents=[content], form="colon", kind="direct"))
    return found


def _name_words(sdoc) -> set[str]:
    """The capitalised words of the article's names of people and organisations. A name
    alone before a colon at a paragraph's start ("Trump: My plans are not set in stone") is
    often tagged a common noun or adjective, out of a sentence; the article names its
    speaker in full elsewhere ("Donald Trump said ...")."""
    return {t.text for ent in sdoc.ents if ent.label_ in ("PERSON", "ORG")
            for t in ent if t.is_title}


def _list_labels(sdoc, labelled: list) -> set[int]:
    """The paragraphs (of `labelled`: (paragraph, first, speaker end, colon, label tokens,
    content)) whose label marks a list item, not a speaker: a single letter ("B: bread";
    "Q:" and "A:" of an interview are interviews.py's), a date ("Monday: rain and wind"), or a label of a run of
    two or more labelled paragraphs none of which says anything with a verb ("France: 12
    medals", "Kenya: 9 medals"), where a transcript's turns are said in clauses."""
    listed = {n for n, _, _, _, label, _ in labelled
              if len(label) == 1 and len(label[0].text.strip(".")) == 1 or
              any(t.ent_type_ in ("DATE", "TIME") for t in label)}
    runs: list[list[tuple]] = []
    for item in labelled:
        if runs and runs[-1][-1][0] == item[0] - 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        if len(run) > 1 and not any(t.pos_ in ("VERB", "AUX") for *_, (lo, hi) in run
                                    for t in sdoc[lo:hi]):
            listed |= {item[0] for item in run}
    return listed
