"""Statements relayed by an outlet, in the two word orders outlets.py does not read.

- `mid_reports`: 'The union leader said, the Daily Nation reported: "We will not go back."'
  / 'The governor said, the Standard reported, that ...': the outlet's report stands between
  the speaker's verb and the words. The words are the speaker's, told through the outlet: one
  quote, the speaker's, with the outlet as its `hearer` (relation "reported"), as outlets.
  press_reports gives "X said Y, Reuters reported"; the outlet's report is no quote of its own
  (the tagger reads the words as the outlet's, and the speaker's verb as reporting the
  outlet's report).
- `closings_within`: '[The county will build two hospitals, the governor said], according to
  the Daily Nation': inside the outlet's report, the speaker's closing attribution reports the
  clause before it; a statement of the speaker's reported through (`parent`) the outlet's
  (outlets.reports_within reads the same when the parse hangs the clause on the verb; here it
  hangs the verb on the clause).
"""
from __future__ import annotations

from ...model import Document
from .outlets import is_press, reporting_site
from .syntax import SPEECH_LEMMAS, Draft, trim_punct

SUBJECTS = ("nsubj", "nsubjpass")
# What may stand between a speaker's verb and the comma before the outlet: the one told and
# when or where ("told supporters in Nakuru on Sunday").
ADJUNCTS = {"dobj", "dative", "prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound",
            "poss", "nummod", "case"}


def mid_reports(doc: Document, sdoc, drafts: list[Draft]) -> list[Draft]:
    """The drafts with each outlet's report set inside a statement made the statement's, with
    the outlet as its hearer (see the module note)."""
    gone = set()
    added = []
    for outer in drafts:
        if outer.act != "speech" or not outer.sources or not outer.contents or \
                min(r[0] for r in outer.contents) < outer.cue[1] or \
                not (is_press(doc, sdoc, outer.sources[0]) or reporting_site(doc, sdoc, outer)):
            continue
        said = _speaker_before(sdoc, outer.sources[0][0])
        if said is None:
            continue
        verb, subject = said
        inner = next((d for d in drafts if d is not outer and d.cue[0] <= verb < d.cue[1]),
                     None)
        if inner is None:
            inner = Draft(cue=(verb, verb + 1), para=outer.para, sources=[subject])
            added.append(inner)
        if not inner.sources:
            inner.sources = [subject]
        inner.contents, inner.kind, inner.act = list(outer.contents), outer.kind, "speech"
        inner.hearer, inner.hearer_relation = outer.sources[0], "reported"
        if inner.parent is outer:
            inner.parent = outer.parent
        gone.add(id(outer))
    kept = [d for d in drafts + added if id(d) not in gone]
    for d in kept:  # what was reported through a report that went, through the one above it
        while d.parent is not None and id(d.parent) in gone:
            d.parent = d.parent.parent
    return kept


def _speaker_before(sdoc, lo: int) -> tuple[int, tuple[int, int]] | None:
    """The speech verb and its subject's range of '<speaker> said[ adjuncts], ' ending just
    before token `lo` (the outlet), or None: the comma, then back over the verb's adjuncts
    to the verb, whose subject stands before it in the same sentence."""
    comma = lo - 1
    while comma >= 0 and sdoc[comma].is_space:
        comma -= 1
    if comma < 1 or sdoc[comma].text != ",":
        return None
    sent_start = sdoc[lo].sent.start if sdoc[lo].sent.start <= comma else sdoc[comma].sent.start
    for i in range(comma - 1, sent_start - 1, -1):
        tok = sdoc[i]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_LEMMAS():
            subj = [c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i]
            between = sdoc[tok.i + 1:comma]
            if not subj or any(t.is_punct or t.dep_ not in ADJUNCTS for t in between):
                return None
            return tok.i, (subj[0].left_edge.i, subj[0].right_edge.i + 1)
        if tok.is_punct:
            return None
    return None


def closings_within(sdoc, drafts: list[Draft]) -> list[Draft]:
    """New drafts for the closing attributions inside a draft's content (see the module note):
    a speech verb with its subject after a comma that ends the content, hung by the parse
    on the clause before it, each reported through (`parent`) the draft it sits in."""
    cues_at = {i for d in drafts for i in range(*d.cue)}
    found = []
    for d in drafts:
        for first, last in d.contents:
            for tok in sdoc[first:last]:
                if tok.i in cues_at or tok.pos_ != "VERB" or \
                        tok.lemma_.lower() not in SPEECH_LEMMAS() or \
                        tok.dep_ not in ("parataxis", "ccomp") or not first <= tok.head.i < tok.i:
                    continue
                subj = [c for c in tok.children if c.dep_ in SUBJECTS and c.i < tok.i and
                        first <= c.left_edge.i]
                if not subj or tok.right_edge.i + 1 < last - 1 or any(
                        c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                    continue  # the verb reports something of its own, or the content goes on
                comma = subj[0].left_edge.i - 1
                if comma <= first or sdoc[comma].text != ",":
                    continue
                content = trim_punct(sdoc, (first, comma))
                if content[1] > content[0]:
                    found.append(Draft(cue=(tok.i, tok.i + 1), para=d.para, parent=d,
                                       sources=[(subj[0].left_edge.i, subj[0].right_edge.i + 1)],
                                       contents=[content]))
    return found
