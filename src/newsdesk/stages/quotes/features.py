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
    return _category(token.pos_, token.tag_, token.lemma_.lower(), token.lower_)


def _category(pos: str, tag: str, lemma: str, lower: str) -> str | None:
    """cue_category from the token's part of speech, tag, lower-case lemma and word. The
    lemmatizer cuts some inflected forms of a verb in -e one letter short ("hoped", "hopes",
    "hoping" -> "hop"), so such a form also finds the lemma with its -e."""
    lex = cue_lexicon()
    if pos in ("VERB", "AUX") or tag.startswith("VB"):
        verbs = lex["VERB"]
        if lemma in verbs:
            return verbs[lemma]
        if lower in (lemma + "ed", lemma + "es", lemma + "ing"):
            return verbs.get(lemma + "e")
        return None
    if pos == "NOUN":
        return lex["NOUN"].get(lemma)
    if lower == "according":
        return "speech"
    return None


def paragraphs(sdoc, table: dict | None = None) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the paragraphs (split at whitespace holding a newline).
    `table`: token_table(sdoc), if at hand."""
    table = table or token_table(sdoc)
    out, first = [], 0
    for i, (text, space) in enumerate(zip(table["text"], table["space"])):
        if space and "\n" in text:
            if i > first:
                out.append((first, i))
            first = i + 1
    if len(sdoc) > first:
        out.append((first, len(sdoc)))
    return out


def quote_state(sdoc, table: dict | None = None) -> list[int]:
    """Per token: 0 outside quotation marks, 1 inside, 2 the mark itself.

    Curly marks open and close; a straight mark opens when none is open. A paragraph break
    closes an open quote (the next paragraph reopens it with its own mark, as style guides
    require for a quote running over paragraphs). `table`: token_table(sdoc), if at hand."""
    table = table or token_table(sdoc)
    state, inside = [], False
    for text, space in zip(table["text"], table["space"]):
        if space and "\n" in text:
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


def single_quoted(sdoc, table: dict | None = None) -> list[bool]:
    """Per token: inside single quotation marks (‘...’, ``...'') within one sentence — the
    headline style ("calls Obamacare ‘crazy system’"). An apostrophe ("Trump’s", "don’t") is
    no closing mark: spaCy keeps it inside its word's token."""
    table = table or token_table(sdoc)
    out = [False] * len(table["text"])
    start = None
    for i, (text, first) in enumerate(zip(table["text"], table["start"])):
        if first:
            start = None  # a mark left open does not run into the next sentence
        if text in SINGLE_OPEN and start is None:
            start = i
        elif text in SINGLE_CLOSE and start is not None:
            out[start + 1:i] = [True] * (i - start - 1)
            start = None
    return out


def phrase_marks(sdoc, table: dict | None = None) -> dict[int, str]:
    """Token index -> 'B:' / 'I:' + phrase, for the lexicon's multi-word cues."""
    phrases = cue_lexicon()["PHRASE"]
    firsts = {p[0] for p in phrases}
    longest = max((len(p) for p in phrases), default=0)
    lowers = (table or token_table(sdoc))["lower"]
    marks: dict[int, str] = {}
    for i in range(len(lowers)):
        if lowers[i] not in firsts:
            continue
        for n in range(longest, 1, -1):
            key = tuple(lowers[i:i + n])
            if key in phrases:
                name = "_".join(key)
                marks[i] = "B:" + name
                for j in range(i + 1, i + n):
                    marks[j] = "I:" + name
                break
    return marks


def cue_anchor(table: dict, i: int, cats: list) -> tuple[str, str] | None:
    """(dependency under the cue, cue category) for the nearest cue ancestor of token i
    (at most 8 steps up)."""
    head, dep = table["head"], table["dep"]
    child, steps = i, 0
    while head[child] != child and steps < 8:
        up = head[child]
        if cats[up]:
            return dep[child], cats[up]
        child, steps = up, steps + 1
    return None


def _sentence_cues(table: dict, cats) -> dict[int, list[int]]:
    """Sentence start token -> indices of its cue words."""
    out: dict[int, list[int]] = {}
    for i, start in enumerate(table["sent"]):
        if cats[i]:
            out.setdefault(start, []).append(i)
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n < 4 else "4-8" if n < 9 else "9+"


_TABLE_ATTRS = ("ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_TYPE", "IS_TITLE",
                "IS_LOWER", "IS_PUNCT", "IS_SPACE", "SENT_START")


def token_table(sdoc) -> dict[str, list]:
    """The token attributes the features and rules read, one list each, read from the parse
    in one `Doc.to_array` call: a spaCy attribute read per token is a lookup in the string
    store, and `tok.sent` walks the sentence, which cost more than the CRF itself.
    Keys: text, lower, lemma (lower case), pos, tag, dep, ent, shape (X title, x lower,
    p punctuation, o other), head (index), space, start (sentence start), sent (index of
    the token's sentence start)."""
    n = len(sdoc)
    cols = sdoc.to_array(list(_TABLE_ATTRS)).reshape(n, len(_TABLE_ATTRS))
    # string hashes are unsigned; HEAD (an offset) and SENT_START (-1, 0, 1) are signed
    signed = cols.view("int64")
    strings = sdoc.vocab.strings
    names: dict[int, str] = {}

    def text(h: int) -> str:
        out = names.get(h)
        if out is None:
            out = names[h] = strings[h] if h else ""
        return out

    orth, low, lem, pos, tag, dep, _, ent, title, lower, punct, space, _ = cols.T.tolist()
    head, start = signed[:, 6].tolist(), signed[:, 12].tolist()
    starts = [i == 0 or v == 1 for i, v in enumerate(start)]
    for i in range(n - 1):
        if starts[i] and space[i]:
            starts[i + 1] = True  # after the blank a dateline left (nlp.without_datelines)
    sent, current = [0] * n, 0
    for i, first in enumerate(starts):
        if first:
            current = i
        sent[i] = current
    return {
        "text": [text(h) for h in orth], "lower": [text(h) for h in low],
        "lemma": [text(h).lower() for h in lem], "pos": [text(h) for h in pos],
        "tag": [text(h) for h in tag], "dep": [text(h) for h in dep],
        "ent": [text(h) for h in ent], "head": [i + d for i, d in enumerate(head)],
        "shape": ["X" if t else "x" if lo else "p" if p else "o"
                  for t, lo, p in zip(title, lower, punct)],
        "space": [bool(v) for v in space], "start": starts, "sent": sent,
    }


def doc_context(sdoc) -> dict:
    """Per-document lookups the token features read (computed once per article): `cats`
    the tagger's cue category per token, `fine` the lexicon's own (cue_category), `quote`
    the quotation state (quote_state), `single` single quotation marks (single_quoted),
    `tokens` the parse's attributes (token_table)."""
    table = token_table(sdoc)
    fine = [_category(*t) for t in zip(table["pos"], table["tag"], table["lemma"], table["lower"])]
    cats = [FEATURE_CATEGORY.get(c, c) for c in fine]
    return {"cats": cats, "fine": fine, "quote": quote_state(sdoc, table),
            "single": single_quoted(sdoc, table), "phrases": phrase_marks(sdoc, table),
            "sent_cues": _sentence_cues(table, cats), "tokens": table}


def token_features(sdoc, i: int, ctx: dict, near: dict[int, int] | None = None) -> list[str]:
    """The CRF's features of token i (doc_context gives `ctx`). `near`: the token at each
    offset -2, -1, 1, 2 when the neighbours are not the adjacent tokens (`word_features`)."""
    t = ctx["tokens"]
    if t["space"][i]:
        return ["bias", "space"]
    cats, quote = ctx["cats"], ctx["quote"]
    lower, lemma, pos, dep, head = t["lower"][i], t["lemma"][i], t["pos"][i], t["dep"][i], t["head"][i]
    feats = [
        "bias", "w=" + lower, "lem=" + lemma, "pos=" + pos, "tag=" + t["tag"][i],
        "dep=" + dep, "hlem=" + t["lemma"][head], "hpos=" + t["pos"][head],
        "dep_hpos=" + dep + "_" + t["pos"][head], "ent=" + t["ent"][i],
        "q=" + str(quote[i]), "suf=" + lower[-3:], "shape=" + t["shape"][i],
    ]
    n = len(t["lower"])
    if t["start"][i]:
        feats.append("sent_start")
    if i + 1 == n or t["start"][i + 1]:
        feats.append("sent_end")
    if lower in PRONOUNS:
        feats.append("pron")
    if cats[i]:
        feats += ["cue=" + cats[i], "cue_lem=" + lemma]
    if cats[head]:
        feats += ["hcue_dep=" + dep, "hcue=" + cats[head]]
    anchor = cue_anchor(t, i, cats)
    if anchor:
        feats += ["anc_dep=" + anchor[0], "anc=" + anchor[0] + "_" + anchor[1]]
    phrase = ctx["phrases"].get(i)
    if phrase:
        feats += ["phr=" + phrase, "phr_pos=" + phrase[0]]
    cues = ctx["sent_cues"].get(t["sent"][i], [])
    if cues:
        nearest = min(cues, key=lambda c: abs(c - i))
        side = "at" if nearest == i else "before" if i < nearest else "after"
        feats += ["rel=" + side, "rel_dist=" + side + _bucket(abs(nearest - i))]
    else:
        feats.append("rel=none")
    for off in (-2, -1, 1, 2):
        j = i + off if near is None else near.get(off, -1)
        if 0 <= j < n and not (j == 0 and t["space"][j]):  # a leading blank is the edge
            feats += [f"{off}:w=" + t["lower"][j], f"{off}:pos=" + t["pos"][j]]
            if abs(off) == 1:
                feats += [f"{off}:q=" + str(quote[j]), f"{off}:cue=" + str(cats[j])]
        else:
            feats.append(f"{off}:edge")
    return feats


def paragraph_words(sdoc, first: int, last: int, ctx: dict) -> list[int]:
    """The tokens of a paragraph the tagger reads: all but the blanks inside a phrase. A run of
    spaces ("some 40  events", where a page lost a link) or a no-break space between two words
    ("her\xa0last name") is a token of its own in the parse, and the tagger, which saw blanks
    only as O, cut a content in two there and kept the piece after it. A no-break space beside
    punctuation ('said,\xa0"We ...') is how some outlets lay out every quotation, common in
    the tagger's training data, and stays."""
    space, text, pos = ctx["tokens"]["space"], ctx["tokens"]["text"], ctx["tokens"]["pos"]

    def inside_phrase(i: int) -> bool:
        if not text[i].strip(" "):
            return True
        return first < i < last - 1 and pos[i - 1] != "PUNCT" and pos[i + 1] != "PUNCT"

    return [i for i in range(first, last) if not (space[i] and inside_phrase(i))]


def word_features(sdoc, words: list[int], ctx: dict) -> list[list[str]]:
    """The CRF's features of the tokens `words` (paragraph_words), each with its neighbours
    among them: the word after a blank sees the word before it, as it would without one."""
    out = []
    for k, i in enumerate(words):
        near = {off: words[k + off] for off in (-2, -1, 1, 2) if 0 <= k + off < len(words)}
        near.update({off: i + off for off in (-2, -1, 1, 2)
                     if not 0 <= k + off < len(words)})  # the paragraph's edge, as before
        out.append(token_features(sdoc, i, ctx, near))
    return out


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
