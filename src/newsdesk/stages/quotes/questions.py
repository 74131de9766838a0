"""Questions put to a speaker by someone the text does not name (`asked_questions`):

    "Asked whether he would run again, the mayor smiled."
    '"You bet I would," Christie said when asked about a quarantine.'
    "The actress was asked if she had ever been discriminated against."

The one who asked (a reporter, a pollster, an interviewer) is not named, and the one asked is
no speaker of the question. Each is an attribution of its own kind, "question", kept with the
beliefs and stances (`Document.beliefs`: no statement anyone made, never shown as a quote),
with no source, the cue "Asked" ("was asked", "asked about") and the question as its content:
the clause opened by "whether", "if" or a question word, or what "about" names. PolNeAR
annotates them so (about 50 in its learn part, nearly all with no source). A question whose
asker is named ("asked by Stephanopoulos", "A reporter asked Sanders how ...") is a speech act
the tagger and the parse rules read; "was asked to name X" (a request, not a question) is left
alone.

A participle question is also no part of what the main clause's speaker says ("Asked why
..., Earnest responded, '...'": the question is not Earnest's words): `outside_questions`
takes it out of the other drafts' contents, and a draft left with nothing is dropped.
"""
from __future__ import annotations

from .speech import attribution_act
from .syntax import SPEECH_LEMMAS, Draft, content_from_parse

QUESTION_MARKS = {"whether", "if"}
QUESTION_TAGS = {"WDT", "WP", "WP$", "WRB"}
# how a participle "asked" hangs on the clause it sets the scene for: "Asked X, he said"
# (advcl), "Trump, asked about X, said" (acl)
PARTICIPLE_DEPS = {"advcl", "acl"}


def _question_clause(tok) -> tuple[int, int] | None:
    """The token range of the question "asked" governs: a clause opened by whether/if or a
    question word ('asked [whether he would run]'), or the object of "about"."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "advcl") and c.i > tok.i:
            first = c.left_edge
            opens = any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children)
            if opens or first.tag_ in QUESTION_TAGS:
                return first.i, c.right_edge.i + 1
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "about" and c.i > tok.i:
            objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
    return None


def _asked(tok) -> str | None:
    """'participle' ("Asked whether ...", "when asked about ...") or 'passive' ("was asked
    if ...") for an "asked" with no asker named, else None."""
    if tok.lemma_.lower() != "ask" or tok.tag_ not in ("VBN", "VBD"):
        return None
    deps = {c.dep_ for c in tok.children}
    if deps & {"agent", "dobj", "dative", "xcomp"}:
        return None  # (an asker named, one asked; "was asked to resign if ...": a request)
    if tok.tag_ == "VBN" and "auxpass" in deps and "nsubjpass" in deps:
        return "passive"
    if deps & {"nsubjpass", "aux", "auxpass"}:
        return None
    if tok.i == tok.sent.start and "nsubj" not in deps:
        return "participle"  # "Asked whether ..., Biden said": however the parse tags it
    if tok.dep_ not in PARTICIPLE_DEPS:
        return None
    if tok.tag_ == "VBN" and "nsubj" not in deps:
        return "participle"
    # "The senator, asked about X, said": the parse takes the participle for a past tense
    # whose subject is the noun the commas set it off from
    if tok.i > 0 and _after_comma(tok) and all(c.dep_ != "nsubj" or c.right_edge.i == tok.i - 2
                                             for c in tok.children):
        return "participle"
    return None


def _after_comma(tok) -> bool:
    return tok.doc[tok.i - 1].text == ","


def _trimmed(sdoc, asked, rng: tuple[int, int]) -> tuple[int, int]:
    """The question's words up to the first that does not hang on "asked" (a misparse may
    run the clause on into the main one: "when voters were asked who ..., Trump trounced
    Clinton"), without closing punctuation."""
    lo, hi = rng
    for i in range(lo, hi):
        if not asked.is_ancestor(sdoc[i]):
            hi = i
            break
    while hi > lo and sdoc[hi - 1].is_punct:
        hi -= 1
    return lo, hi


def asked_questions(sdoc, para_of: list[int]) -> tuple[list[Draft], list[tuple[int, int]]]:
    """(question drafts, the token ranges of the participle clauses they sit in); `para_of`
    gives each token's paragraph."""
    drafts, clauses = [], []
    for tok in sdoc:
        how = _asked(tok)
        content = _question_clause(tok) if how else None
        if content is None:
            continue
        lo = tok.i
        if how == "passive":  # "was asked", "has been asked": the auxiliaries are the cue's
            lo = min([c.i for c in tok.children if c.dep_ in ("aux", "auxpass")] + [lo])
            if tok.dep_ == "advcl":  # "when voters were asked who ..., Trump led"
                clauses.append((tok.left_edge.i, tok.right_edge.i + 1))
        elif tok.i > 0 and sdoc[tok.i - 1].lower_ == "when":
            clauses.append((tok.i - 1, tok.right_edge.i + 1))
        else:  # (not the subject a misparse gave it: "The senator, [asked about X],")
            first = min([c.left_edge.i for c in tok.children
                         if c.i > tok.i or c.dep_ != "nsubj"] + [tok.i])
            clauses.append((first, tok.right_edge.i + 1))
        hi = content[0] if sdoc[content[0] - 1].lower_ == "about" else tok.i + 1
        drafts.append(Draft(cue=(lo, hi), para=para_of[tok.i], act="question",
                            contents=[_trimmed(sdoc, tok, content)], form="question"))
    return drafts, clauses


def _outside(part: tuple[int, int], clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The part of a range outside the participle questions: after one it starts in, before
    one that starts inside it ("he said the plan would work [when asked about the cost]")."""
    lo, hi = part
    for c_lo, c_hi in clauses:
        if c_lo <= lo < c_hi:
            lo = c_hi
        elif lo < c_lo < hi:
            hi = c_lo
    return (lo, hi) if lo < hi else None


def outside_questions(sdoc, ctx: dict, drafts: list[Draft], questions: list[Draft],
                      clauses: list[tuple[int, int]]) -> list[Draft]:
    """The drafts without the questions' cues and participle clauses, and the questions: a
    draft whose cue is a question's "asked" gives way to it, and a content or source that
    holds a participle question ("[Asked why ...], Earnest responded, '...'", "The senator[,
    asked about X,]") loses it; a statement left with no word is given its speech verb's
    complement from the parse and judged again ("Asked why ..., the envoy blamed [Moscow]": a
    stance), and any other draft goes. `ctx`: the quote stage's document context."""
    cues = {i for q in questions for i in range(*q.cue)}
    out = []
    for d in drafts:
        if cues & set(range(*d.cue)):
            # 'the governor [said when asked about] X': the cue ends before the question
            end = min(cues & set(range(*d.cue)))
            while end > d.cue[0] and (sdoc[end - 1].is_punct or sdoc[end - 1].lower_ == "when"):
                end -= 1
            if end <= d.cue[0]:
                continue
            d.cue = (d.cue[0], end)
        d.sources = [p for p in (_outside(p, clauses) for p in d.sources) if p]
        kept = [p for p in (_outside(p, clauses) for p in d.contents) if p]
        kept = [p for p in kept if any(not t.is_punct for t in sdoc[p[0]:p[1]])]
        if kept != d.contents:
            d.contents = kept
            if not kept and any(t.lemma_.lower() in SPEECH_LEMMAS()
                                for t in sdoc[d.cue[0]:d.cue[1]]):
                content_from_parse(sdoc, d)
                d.act = attribution_act(sdoc, d, ctx) if d.contents else None
            if not d.contents or d.act is None:
                continue
        out.append(d)
    return out + questions
