"""An interview printed as questions and answers: lines opening "Q:" / "A:" (or "Q." / "A.",
"Question:" / "Answer:") after the text has named the one interviewed.

    Maria Lopez, the head of the nurses' union, spoke to the Ledger about the strike.
    Q: Why did the nurses walk out?
    A: We have been asking for more staff for three years.

Each answer is a direct quote of the interviewee (the last person named before the first
question, outside quotation marks: the source is that mention), running on over the lines
without a label that follow it while the interview goes on (a later line has a label). Each
question is a direct quote of the interviewer: who talks to the interviewee ("The Ledger spoke
to Maria Lopez"), else an outlet named before the first question ("in an interview with the
Evening Courier"), else the label itself, named after the publisher (`Document.meta.publisher`)
or "the interviewer" ("we asked him" is the writer's). The label is the cue. A text with answers but no question, or no one named before them, is no interview
(a line "A: ..." alone may be a list item), and the labels stay no speaker of their own
(forms.NOT_SPEAKERS).
"""
from __future__ import annotations

from ...model import Document
from .forms import lines_of
from .outlets import is_press
from .syntax import Draft

QUESTION_LABELS = {"q", "question"}
ANSWER_LABELS = {"a", "answer"}
# How many paragraphs before the first question the interviewee and the outlet are looked for.
INTRO_PARAGRAPHS = 3
INTERVIEWER = "the interviewer"
# Verbs of talking with or asking someone: their subject asks the questions.
ASKING = {"speak", "talk", "chat", "interview", "ask", "question", "meet", "sit"}


def _label(sdoc, first: int, last: int) -> tuple[str, int] | None:
    """('q' or 'a', the token after the label) when the line opens with a label: "Q:", "Q.",
    "Question:" (the label in capitals, as interviews print it)."""
    tok = sdoc[first]
    word = tok.text.rstrip(".")
    if not word or not word[0].isupper():
        return None
    role = "q" if word.lower() in QUESTION_LABELS else "a" if word.lower() in ANSWER_LABELS \
        else None
    if role is None:
        return None
    after = first + 1
    if tok.text.endswith(".") and len(word) == 1:
        return role, after  # "Q." / "A."
    if after < last and sdoc[after].text in (":", "."):
        return role, after + 1
    return None


def _labelled_lines(sdoc, paras) -> list[tuple[int, int, int, str | None, int]]:
    """Every line as (paragraph, first, last, role or None, where its words start)."""
    out = []
    for n, para in enumerate(paras):
        for first, last in lines_of(sdoc, para):
            while first < last and sdoc[first].is_space:
                first += 1
            if first >= last:
                continue
            found = _label(sdoc, first, last)
            out.append((n, first, last, found[0] if found else None,
                        found[1] if found else first))
    return out


def _words(sdoc, first: int, last: int) -> tuple[int, int]:
    """The range less the space around it (its punctuation stays: "Will you stay?")."""
    while first < last and sdoc[first].is_space:
        first += 1
    while last > first and sdoc[last - 1].is_space:
        last -= 1
    return first, last


def _intro(sdoc, paras, para: int, first: int) -> tuple[int, int]:
    """Character offsets of the text before the first label (token `first`, in paragraph
    `para`), from a few paragraphs back."""
    lo = paras[max(0, para - INTRO_PARAGRAPHS)][0]
    return sdoc[lo].idx, sdoc[first].idx


def _interviewee(doc: Document, sdoc, start: int, end: int, quote_state):
    """The token range of the last person named in [start, end) outside quotation marks."""
    for ent in reversed([e for e in doc.entities if start <= e.start and e.end <= end]):
        if ent.label != "PERSON":
            continue
        span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is not None and not any(quote_state[t.i] for t in span):
            return span.start, span.end
    return None


def _asker(sdoc, person: tuple[int, int]):
    """'The Daily Ledger spoke to [Maria Lopez]' / 'The Ledger interviewed her': the subject of
    the verb of talking or asking the interviewee hangs on, unless the writer ("we asked")."""
    tok = sdoc[person[0]:person[1]].root
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with"):
        verb = tok.head.head
    elif tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    else:
        return None
    if verb.lemma_.lower() not in ASKING:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.pos_ != "PRON":
            return subj.left_edge.i, subj.right_edge.i + 1
    return None


def _outlet(doc: Document, sdoc, start: int, end: int, person: tuple[int, int]):
    """The token range of who asks: the subject of talking to the interviewee, else the last
    outlet named in [start, end) ("in an interview with the Evening Courier")."""
    asker = _asker(sdoc, person)
    if asker is not None:
        return asker
    span = sdoc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    for chunk in reversed(list(span.noun_chunks)):
        rng = (chunk.start, chunk.end)
        if is_press(doc, sdoc, rng):
            return rng
    return None


def interviews(doc: Document, sdoc, paras: list[tuple[int, int]], quote_state: list[int]
               ) -> list[Draft]:
    """Drafts for the questions and answers of a printed interview (see the module note)."""
    lines = _labelled_lines(sdoc, paras)
    roles = [line[3] for line in lines]
    if "q" not in roles or "a" not in roles:
        return []
    opening = min(roles.index("q"), roles.index("a"))
    start, end = _intro(sdoc, paras, lines[opening][0], lines[opening][1])
    person = _interviewee(doc, sdoc, start, end, quote_state)
    if person is None:
        return []
    outlet = _outlet(doc, sdoc, start, end, person)
    last_label = max(k for k, role in enumerate(roles) if role)
    drafts: list[Draft] = []
    answering = None  # the answer a line without a label goes on with
    for k, (para, first, last, role, words) in enumerate(lines):
        if role is None:
            if answering is not None and k < last_label:
                answering.contents.append(_words(sdoc, first, last))
            continue
        content = _words(sdoc, words, last)
        answering = None
        if content[1] <= content[0]:
            continue
        d = Draft(cue=(first, words), para=para, contents=[content], form="interview",
                  kind="direct")
        if role == "a":
            d.sources = [person]
            answering = d
        elif outlet is not None:
            d.sources = [outlet]
        else:
            d.sources = [(first, first + 1)]
            d.speaker_name = doc.meta.publisher or INTERVIEWER
        drafts.append(d)
    return drafts
