"""Token features for the quote tagger, shared by training and run time.

The tagger labels every token of a paragraph O, B-/I-SRC (source), B-/I-CUE (cue) or
B-/I-CON (content). Features are cheap lookups on the spaCy parse: the word and its
neighbours, part of speech and dependency, whether the token sits inside quotation marks,
and where it stands relative to the nearest cue word of the lexicon (lexicons/cues.txt) —
under it as its subject, as its clausal complement, before or after it.
"""
from __future__ import annotations

import functools
from importlib import resources

OPEN_MARKS = {"“", "«", "„", "``"}
CLOSE_MARKS = {"”", "»"}
# A straight mark opens when none is open and closes otherwise; two apostrophes ('') are the
# straight double mark of some newspaper texts: ''It is over,'' she said.
STRAIGHT = ('"', "''")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
# The tagger was trained on the categories speech, belief, intention and perception; the finer
# speech categories the rules read (lexicons/cues.txt) reach its features as "speech".
FEATURE_CATEGORY = {"announce": "speech", "manner": "speech", "stance": "speech"}
# Categories of a speech act (the others never make a quote).
SPEECH_CATEGORIES = ("speech", "announce", "manner")
# Categories of a state of mind: what these cue make is a belief, kept apart from the quotes.
BELIEF_CATEGORIES = ("belief", "intention", "perception")


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> dict:
    """{"VERB": {lemma: category}, "NOUN": {...}, "PHRASE": {(word, ...): category}}."""
    table: dict = {"VERB": {}, "NOUN": {}, "PHRASE": {}}
    text = resources.files("newsdesk.lexicons").joinpath("cues.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, category, pos = line.split("\t")
        key = tuple(word.split()) if pos == "PHRASE" else word
        table[pos].setdefault(key, category)
    return table


def cue_category(token) -> str | None:
    """The lexicon category of a cue word ('speech', 'announce', 'manner', 'belief',
    'intention', 'perception'), or None."""
    lex = cue_lexicon()
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return _verb_category(lex["VERB"], token)
    if token.pos_ == "NOUN":
        return lex["NOUN"].get(token.lemma_.lower())
    if token.lower_ == "according":
        return "speech"
    return None


def _verb_category(verbs: dict, token) -> str | None:
    """The lexicon category of a verb by its lemma; the lemmatizer cuts some inflected forms
    of a verb in -e one letter short ("hoped", "hopes", "hoping" -> "hop"), so such a form
    also finds the lemma with its -e."""
    lemma = token.lemma_.lower()
    if lemma in verbs:
        return verbs[lemma]
    if token.lower_ in (lemma + "ed", lemma + "es", lemma + "ing"):
        return verbs.get(lemma + "e")
    return None


def paragraphs(sdoc) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the paragraphs (split at whitespace holding a newline)."""
    out, first = [], 0
    for tok in sdoc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > first:
                out.append((first, tok.i))
            first = tok.i + 1
    if len(sdoc) > first:
        out.append((first, len(sdoc)))
    return out


def quote_state(sdoc) -> list[int]:
    """Per token: 0 outside quotation marks, 1 inside, 2 the mark itself.

    Curly marks open and close; a straight mark opens when none is open. A paragraph break
    closes an open quote (the next paragraph reopens it with its own mark, as style guides
    require for a quote running over paragraphs)."""
    state, inside = [], False
    for tok in sdoc:
        text = tok.text
        if tok.is_space and "\n" in text:
            inside = False
            state.append(0)
        elif text in OPEN_MARKS or (text in STRAIGHT and not inside):
            inside = True
            state.append(2)
        elif text in CLOSE_MARKS or text in STRAIGHT:
            inside = False
            state.append(2)
        else:
            state.append(1 if inside else 0)
    return state


SINGLE_OPEN = {"‘", "``", "`"}
SINGLE_CLOSE = {"’", "''", "'"}


def single_quoted(sdoc) -> list[bool]:
    """Per token: inside single quotation marks (‘...’, ``...'') within one sentence — the
    headline style ("calls Obamacare ‘crazy system’"). An apostrophe ("Trump’s", "don’t") is
    no closing mark: spaCy keeps it inside its word's token."""
    out = [False] * len(sdoc)
    for sent in sdoc.sents:
        start = None
        for tok in sent:
            if tok.text in SINGLE_OPEN and start is None:
                start = tok.i
            elif tok.text in SINGLE_CLOSE and start is not None:
                for i in range(start + 1, tok.i):
                    out[i] = True
                start = None
    return out


def phrase_marks(sdoc) -> dict[int, str]:
    """Token index -> 'B:' / 'I:' + phrase, for the lexicon's multi-word cues."""
    phrases = cue_lexicon()["PHRASE"]
    longest = max((len(p) for p in phrases), default=0)
    lowers = [t.lower_ for t in sdoc]
    marks: dict[int, str] = {}
    for i in range(len(lowers)):
        for n in range(longest, 1, -1):
            key = tuple(lowers[i:i + n])
            if key in phrases:
                name = "_".join(key)
                marks[i] = "B:" + name
                for j in range(i + 1, i + n):
                    marks[j] = "I:" + name
                break
    return marks


def cue_anchor(token, cats: list) -> tuple[str, str] | None:
    """(dependency under the cue, cue category) for the nearest cue ancestor of a token."""
    child, steps = token, 0
    while child.head.i != child.i and steps < 8:
        head = child.head
        if cats[head.i]:
            return child.dep_, cats[head.i]
        child, steps = head, steps + 1
    return None


def _sentence_cues(sdoc, cats) -> dict[int, list[int]]:
    """Sentence start token -> indices of its cue words."""
    out: dict[int, list[int]] = {}
    for tok in sdoc:
        if cats[tok.i]:
            out.setdefault(tok.sent.start, []).append(tok.i)
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n < 4 else "4-8" if n < 9 else "9+"


def doc_context(sdoc) -> dict:
    """Per-document lookups the token features read (computed once per article): `cats`
    the tagger's cue category per token, `fine` the lexicon's own (cue_category), `quote`
    the quotation state (quote_state), `single` single quotation marks (single_quoted)."""
    fine = [cue_category(t) for t in sdoc]
    cats = [FEATURE_CATEGORY.get(c, c) for c in fine]
    return {"cats": cats, "fine": fine, "quote": quote_state(sdoc), "single": single_quoted(sdoc),
            "phrases": phrase_marks(sdoc), "sent_cues": _sentence_cues(sdoc, cats)}


def token_features(sdoc, i: int, ctx: dict) -> list[str]:
    tok = sdoc[i]
    cats, quote = ctx["cats"], ctx["quote"]
    lower = tok.lower_
    feats = [
        "bias", "w=" + lower, "lem=" + tok.lemma_.lower(), "pos=" + tok.pos_, "tag=" + tok.tag_,
        "dep=" + tok.dep_, "hlem=" + tok.head.lemma_.lower(), "hpos=" + tok.head.pos_,
        "dep_hpos=" + tok.dep_ + "_" + tok.head.pos_, "ent=" + tok.ent_type_,
        "q=" + str(quote[i]), "suf=" + lower[-3:],
        "shape=" + ("X" if tok.is_title else "x" if tok.is_lower else "p" if tok.is_punct else "o"),
    ]
    if tok.is_space:
        return ["bias", "space"]
    if tok.is_sent_start:
        feats.append("sent_start")
    if i + 1 == len(sdoc) or sdoc[i + 1].is_sent_start:
        feats.append("sent_end")
    if lower in PRONOUNS:
        feats.append("pron")
    if cats[i]:
        feats += ["cue=" + cats[i], "cue_lem=" + tok.lemma_.lower()]
    if cats[tok.head.i]:
        feats += ["hcue_dep=" + tok.dep_, "hcue=" + cats[tok.head.i]]
    anchor = cue_anchor(tok, cats)
    if anchor:
        feats += ["anc_dep=" + anchor[0], "anc=" + anchor[0] + "_" + anchor[1]]
    phrase = ctx["phrases"].get(i)
    if phrase:
        feats += ["phr=" + phrase, "phr_pos=" + phrase[0]]
    cues = ctx["sent_cues"].get(tok.sent.start, [])
    if cues:
        nearest = min(cues, key=lambda c: abs(c - i))
        side = "at" if nearest == i else "before" if i < nearest else "after"
        feats += ["rel=" + side, "rel_dist=" + side + _bucket(abs(nearest - i))]
    else:
        feats.append("rel=none")
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(sdoc):
            other = sdoc[j]
            feats += [f"{off}:w=" + other.lower_, f"{off}:pos=" + other.pos_]
            if abs(off) == 1:
                feats += [f"{off}:q=" + str(quote[j]), f"{off}:cue=" + str(cats[j])]
        else:
            feats.append(f"{off}:edge")
    return feats


def paragraph_features(sdoc, first: int, last: int, ctx: dict | None = None) -> list[list[str]]:
    ctx = ctx or doc_context(sdoc)
    return [token_features(sdoc, i, ctx) for i in range(first, last)]


def token_labels(sdoc, gold: list[dict]) -> list[str]:
    """BIO labels per token from gold attributions ({content, source, cue: [(s, e)]})."""
    role_tags = {"source": "SRC", "cue": "CUE", "content": "CON"}
    owner = [None] * len(sdoc)
    starts = [t.idx for t in sdoc]
    for n, unit in enumerate(gold):
        for role, tag in role_tags.items():
            for start, end in unit[role]:
                for tok in sdoc.char_span(start, end, alignment_mode="expand") or []:
                    if not tok.is_space:
                        owner[tok.i] = (n, tag)
    labels = []
    for i, own in enumerate(owner):
        if own is None:
            labels.append("O")
        elif i > 0 and owner[i - 1] == own and starts[i] >= 0:
            labels.append("I-" + own[1])
        else:
            labels.append("B-" + own[1])
    return labels
