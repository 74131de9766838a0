"""Attribution forms the token tagger misses, read off the parse and the layout.

- `clause_drafts`: a speech verb of the lexicon and the clause it reports, wherever the clause
  stands: before it ("Rebels attacked the convoy, officials said."; "..., said a spokesman"),
  after it ("officials said the talks failed"), around it ("The plan, she said, would fail"),
  as the verb it is wedged into ("militants they said were planning attacks"), or the clause
  an "as" clause modifies ("As Reuters reported, the plant will close"); an
  `announce` verb's object ("announced a ban"); a directive's infinitive ("warned citizens to
  avoid crowds").
- `joined_regions`: quotation regions, a quote running over paragraphs taken as one: the
  convention opens every paragraph of it with a mark and closes only the last.
- `interjected`: a source and cue set off by commas inside a sentence ("Climate change, Mr.
  Obama often says, is the greatest threat"): the sentence around them is the statement.
- `signatures`: a quotation or a paragraph signed with a dash ("...," -Commissioner Jane Doe;
  a post ending "— Jane Doe (@jdoe) May 1, 2020").
"""
from __future__ import annotations

from .closing import closing_attribution
from .features import SPEECH_CATEGORIES
from .syntax import (DIRECTIVES, NAMING, SPEECH_LEMMAS, Draft, question_clause, semicolon_between,
                     told_clause, told_nouns, trim_punct)

SUBJECT_DEPS = ("nsubj", "nsubjpass")
DASHES = ("-", "--", "—", "–", "―")
CLOSING = ("”", '"', "»", "’")
OPENING = ("“", '"', "«")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# A signature names someone in a few words; longer runs after a dash are the sentence going on.
MAX_SIGNATURE = 14


def _subtree(tok) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _without(outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[int, int]]:
    """`outer` less `inner`, as up to two ranges (empty pieces left out)."""
    pieces = [(outer[0], min(outer[1], inner[0])), (max(outer[0], inner[1]), outer[1])]
    return [p for p in pieces if p[1] > p[0]]


def _has_subject(tok) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def reported_clause(sdoc, tok, category: str) -> list[tuple[int, int]]:
    """The content ranges a speech verb reports (see the module note), or []."""
    final = final_clause(sdoc, tok)
    if final:
        return [final]
    comps = [c for c in tok.children if c.dep_ == "ccomp" and
             not semicolon_between(sdoc, _subtree(c), (tok.i, tok.i + 1))]
    if comps:
        comp = comps[0] if comps[0].i > tok.i or len(comps) == 1 else comps[-1]
        lo, hi = _subtree(comp)
        if lo < tok.i < comp.i:
            # "its own audio [that] it said backed up ...": the parse gives the clause the
            # relative pronoun before the speaker as its subject; what was said is the clause
            # after the verb, never the speaker and cue themselves
            lo = tok.i + 1
        return [(lo, hi)]
    question = question_clause(tok)
    if question is not None:
        return [_subtree(question)]
    head = tok.head
    if tok.dep_ in ("parataxis", "ccomp") and head.i != tok.i and head.pos_ in ("VERB", "AUX") \
            and _has_subject(tok) and not any(c.dep_ == "dobj" for c in tok.children) \
            and not _reported_by(tok, head) and _set_off(tok) and \
            not semicolon_between(sdoc, _subtree(tok), (head.i, head.i + 1)):
        # "The plan, she said, would fail": the clause around the verb, less the verb's words
        return _without(_subtree(head), _subtree(tok))
    if _as_clause(tok):
        # "As the minister said on Monday, the border stays closed": the clause it modifies
        return [trim_punct(sdoc, r) for r in _without(_subtree(head), _subtree(tok))]
    for c in tok.children:  # "expressed hope that ...", "voiced concern that ..."
        if c.dep_ == "dobj" and c.i > tok.i:
            # (or on a noun of the phrase of the one told: "told a meeting of [officers] that")
            nouns = told_nouns(tok) or [c]
            clause = [g for n in nouns for g in n.children if g.dep_ in ("acl", "relcl", "ccomp")
                      and (any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children) or
                           told_clause(tok, g))]
            if clause:
                return [_subtree(clause[0])]
    named = _named(tok)
    if named:
        return [named]
    if category == "announce":  # "vowed to resign" before "announced [a ban]"
        for dep in ("xcomp", "dobj"):
            for c in tok.children:
                if c.dep_ == dep and c.i > tok.i:
                    return [_subtree(c)]
    if tok.lemma_.lower() in DIRECTIVES:
        for c in tok.children:
            if c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children):
                return [_subtree(c)]
    return []


def _set_off(tok) -> bool:
    """Is the speech verb's clause more than the complement that follows its head verb
    directly? "She made [the remarks ... Rove comments about X]" (the parse hangs the clause
    on "made" as its complement, right after it) is no clause set off inside another ("The
    plan, she said, would fail")."""
    return tok.left_edge.i - 1 != tok.head.i


def _reported_by(tok, head) -> bool:
    """'The army and the RSF have agreed to resume talks, mediators said': the verb is what
    the speech verb after it reports (that verb has a subject of its own after it), not a
    reporting clause set off inside a clause ("The plan, she said, would fail"; "Even if
    it fails, Mr. Morgan said, he has done the work": the clause's verb is no speech verb)."""
    return tok.i < head.i and head.lemma_.lower() in SPEECH_LEMMAS() and any(c.dep_ in SUBJECT_DEPS and tok.i < c.i < head.i
                                  for c in head.children)


# What may follow a sentence-final reporting verb: "said on Friday in a statement", "told
# reporters", "said, adding ..." is not (a clause of its own follows).
TRAILING_DEPS = ("prep", "pobj", "npadvmod", "advmod", "dobj", "dative", "punct", "agent",
                 "nsubj", "compound", "det", "amod", "poss", "nummod", "appos", "prt")
# A sentence-final attribution reports a statement of at least this many words.
MIN_FINAL_WORDS = 3


# Speech verbs that in an "as" clause tell when, not who says so ("As he spoke, ...").
AS_WHEN = {"speak", "talk", "ask", "answer", "address"}


def _as_clause(tok) -> bool:
    """'As Reuters reported last week, ...': a speech verb with a subject in an adverbial
    clause opened by "as", reporting nothing of its own (no complement or object; "As she
    told reporters" keeps the one spoken to)."""
    if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX") or \
            tok.lemma_.lower() in AS_WHEN or not _has_subject(tok):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj", "attr")]
    return all(c.dep_ == "dobj" and tok.lemma_.lower() == "tell" for c in objects)


def final_clause(sdoc, tok) -> tuple[int, int] | None:
    """'Rebels attacked the convoy, officials said.' / '..., said a spokesman.': the range
    from the sentence start to the comma before the reporting clause, when the verb (with its
    subject, or, inverted, the speaker as its object: "..., said a spokesman") closes the
    sentence after a comma and reports nothing after itself. The surface
    form is enough: the parse of the statement before it is often wrong."""
    sent = tok.sent
    if tok.dep_ != "ROOT" or not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("dobj", "attr")
                                     for c in tok.children):
        return None
    # of two subjects the parse gives the verb ("Police arrested 40 people, including X,
    # [a spokeswoman] said"), the one next to the verb speaks: the other is a noun of the
    # statement before the comma
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i]
    first = subjects[-1].left_edge.i if subjects else tok.i
    comma = first - 1
    while comma > sent.start and sdoc[comma].is_space:
        comma -= 1
    if comma <= sent.start or sdoc[comma].text != ",":
        return None
    # "..., Reuters reported, citing the ministry": who is cited is no clause of its own
    cited = {i for c in tok.children if c.i > tok.i and _citing(c)
             for i in range(c.left_edge.i, c.right_edge.i + 1)}
    after = [t for t in sdoc[tok.i + 1:sent.end] if not t.is_space and t.i not in cited]
    if any(t.dep_ not in TRAILING_DEPS and t.head.i != t.i for t in after):
        return None
    if any(t.dep_ in ("ccomp", "xcomp", "advcl") and t.i not in cited
           for t in tok.children if t.i > tok.i):
        return None
    content = trim_punct(sdoc, (sent.start, comma))
    words = [t for t in sdoc[content[0]:content[1]] if any(ch.isalnum() for ch in t.text)]
    return content if len(words) >= MIN_FINAL_WORDS else None


# What may stand between an interjected cue and the comma closing it: "often says", "said on
# Friday in a statement", "said then", "told reporters" (no verb of its own, no object but the
# one told: "accused Rafael Cruz, who ..." is no interjection, the comma opens a clause on him).
INTERJECTION_DEPS = {"prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod",
                     "poss", "dative", "case", "agent"}
MAX_INTERJECTION = 12
# A piece before the interjection is a clause, what its subject names ("Climate change, Mr.
# Obama says, is ..."), or a frame of the statement ("Now, according to the poll, ...", "During
# his years in office, he said, ...", "But, she said, ...": a reader, and PolNeAR, take the
# sentence around the interjection as what was said); not a participle of the speaker's
# ("Lamenting their luck, ...") nor a clause of when ("Soon after she was booed, he tweeted,
# ..."). A frame naming the act ("In a statement, ...") or, before a quotation, naming a time,
# place or occasion ("In an interview with the radio, she said, '...'") says where the words
# were said: only a connective ("Instead", "But") goes with a quotation.
PIECE_ROOTS = ("NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ")
WHEN_MARKS = {"after", "before", "when", "while", "as", "since", "until", "once", "whenever"}


def interjected(sdoc, d: Draft, cats: list) -> list[tuple[int, int]] | None:
    """'Climate change, Mr. Obama often says, is the greatest threat' / '"This museum," the
    president said, "can help us"': a source and cue set off by commas inside a sentence
    report the sentence around them, both pieces. Read off the surface, like final_clause:
    the comma (after a closing quotation mark or not) right before the source and cue, and
    the comma closing them after a few words that are the cue's adjuncts (the one told, a
    clause of when: "told parliament after meeting union leaders"); the piece before is
    a clause or a noun phrase, not a frame of when ("Soon after she was booed, he tweeted,
    ...") nor an attribution of its own ("The results showed ..., Cruz, the senator said,
    ..."; `cats`: the cue lexicon's category of each token); a piece after that opens with a
    conjunction and holds an attribution of its own is no part of it (only the piece before
    is given); a quoted piece before goes on only in quotation marks ('"...," she said, and
    a big reason ...' goes on in the writer's words)."""
    if not d.sources:
        return None
    # the source next to the cue, from its last comma: what stands before the opening comma
    # is a misreading of the piece before ("[The new rules], the minister told parliament
    # ...", "[The budget, the finance minister] told lawmakers ...": a subject of "told")
    main = min(d.sources, key=lambda r: max(0, d.cue[0] - r[1], r[0] - d.cue[1]))
    commas = [i for i in range(main[0] + 1, main[1] - 1) if sdoc[i].text == ","]
    lo = min(d.cue[0], commas[-1] + 1 if commas else main[0])
    sent = sdoc[d.cue[0]].sent
    before = lo - 1
    while before > sent.start and (sdoc[before].is_space or sdoc[before].text in CLOSING):
        before -= 1
    if before <= sent.start or sdoc[before].text != ",":
        return None
    own = {i for rng in [d.cue] + d.sources if rng[1] > lo for i in range(max(lo, rng[0]),
                                                                     rng[1])}
    close = lo
    while close < sent.end and sdoc[close].text != ",":
        tok = sdoc[close]
        if close not in own and (close - lo >= MAX_INTERJECTION or tok.is_quote or not (
                tok.dep_ in INTERJECTION_DEPS or tok.dep_ == "dobj" and tok.head.lemma_ == "tell"
                or _in_time_clause(tok, lo, own))):
            return None
        close += 1
    if close >= sent.end or d.cue[1] > close or any(
            lo <= first < close and not _runs_over(d.cue, (first, last), close)
            for first, last in d.contents) or any(
            sdoc[i].tag_ in ("WP", "WDT") for rng in d.sources for i in range(*rng)):
        return None  # what the cue reports is inside, or "who said" opens a relative clause
    pieces = [trim_punct(sdoc, (sent.start, before)), trim_punct(sdoc, (close + 1, sent.end))]
    if any(p[1] <= p[0] for p in pieces):
        return None
    root = sdoc[pieces[0][0]:pieces[0][1]].root
    if not _clause_or_subject(root) or cats[root.i] or any(
            c.dep_ == "mark" and c.lower_ in WHEN_MARKS for c in root.children):
        return None
    if sdoc[pieces[1][0]].dep_ == "cc" and _attribution_in(sdoc, pieces[1]):
        # "..., broadcaster NHK reported, and police said ...": the cue closes the statement
        # before it; what the conjunction opens is the writer's next attribution
        return [_with_marks(sdoc, pieces[0], sent)]
    pieces = [_with_marks(sdoc, p, sent) for p in pieces]
    quoted = [sdoc[p[0]].is_quote for p in pieces]
    if quoted[0] and not quoted[1] or not _says_something(sdoc, pieces[1]):
        return None
    if root.pos_ not in PIECE_ROOTS and (any(cats[i] for i in range(*pieces[0])) or (
            quoted[1] or sdoc[pieces[1][0] - 1].is_quote) and not quoted[0]
            and _says_something(sdoc, pieces[0])):
        return None  # "In a statement, ...", "On Friday, she said, '...'": the writer's frame
    return pieces


def _attribution_in(sdoc, rng: tuple[int, int]) -> bool:
    """Does the range hold a speech verb with a subject of its own ("and police told
    reporters that ...") or a clause it reports ("and later reported that a drone had
    entered its airspace": the main subject's own report, not more of the statement)?"""
    return any(t.lemma_.lower() in SPEECH_LEMMAS() and t.pos_ == "VERB" and
               any(c.dep_ == "nsubj" or c.dep_ == "ccomp" and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in t.children) for t in sdoc[rng[0]:rng[1]])


def without_pieces(sdoc, sources: list[tuple[int, int]], pieces: list[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """The sources of an interjected cue less what lies in the pieces of its statement (see
    `interjected`): "[The budget, the finance minister] told ..." is "the finance minister"."""
    kept = []
    for lo, hi in sources:
        for a, b in pieces:
            if a < hi and lo < b:
                lo = b
                while lo < hi and (sdoc[lo].is_punct or sdoc[lo].is_space):
                    lo += 1
        if lo < hi:
            kept.append((lo, hi))
    return kept


def _runs_over(cue: tuple[int, int], content: tuple[int, int], close: int) -> bool:
    """Does a content that starts inside the interjection, after the cue, run on past its
    closing comma ("the union leader said [after she met the owners, would go on]")? Every
    word before that comma has passed as the cue's adjunct, so the content is the tagger
    reading on from the cue over them into the piece after: no clause the cue reports inside
    the interjection."""
    return content[0] >= cue[1] and content[1] > close + 1


def _in_time_clause(tok, lo: int, own: set[int]) -> bool:
    """Is the token part of a clause of when that hangs on the interjected cue, inside the
    interjection ("the minister told parliament [after meeting union leaders]", "she said
    [after she met the unions]", "he said, [speaking to reporters in Geneva],")? A verb of
    its own there says when the statement was made, not what was said."""
    while tok.head.i not in own:
        if tok.head.i == tok.i or tok.head.i < lo:
            return False
        tok = tok.head
    if tok.dep_ == "prep":
        return tok.lower_ in WHEN_MARKS or tok.lower_ in ("during", "at", "on", "in")
    return tok.dep_ == "advcl" and (tok.tag_ in ("VBG", "VBN") or any(
        c.dep_ == "mark" and c.lower_ in WHEN_MARKS for c in tok.children))


def _clause_or_subject(root) -> bool:
    """A clause with its subject, a noun phrase or a frame of the statement ("Now", "In his
    state"), not a participle ("Lamenting their luck")."""
    if root.pos_ in ("VERB", "AUX"):
        return _has_subject(root) or any(c.dep_ == "expl" for c in root.children)
    return True


def _says_something(sdoc, rng: tuple[int, int]) -> bool:
    """Does the range hold a word that is no connective ("But" alone says nothing)?"""
    return any(t.pos_ in PIECE_ROOTS for t in sdoc[rng[0]:rng[1]])


def _with_marks(sdoc, rng: tuple[int, int], sent) -> tuple[int, int]:
    """A quoted piece with its quotation marks ('"This museum,"'), as direct quotes are kept."""
    first, last = rng
    if first > sent.start and sdoc[first - 1].is_quote:
        end = last
        while end < sent.end and sdoc[end].is_punct and not sdoc[end].is_quote:
            end += 1
        if end < sent.end and sdoc[end].is_quote:
            return first - 1, end + 1
    return rng


def _citing(tok) -> bool:
    """Is the token a participle that names a source ("citing officials", "quoting a
    spokesman")?"""
    return tok.dep_ in ("advcl", "xcomp", "conj") and tok.tag_ == "VBG" and \
        tok.lemma_.lower() in ("cite", "quote")


def _named(tok) -> tuple[int, int] | None:
    """'called climate change a hoax' / 'described the plan as reckless': from the first
    object to the end of what it is called; 'called for a repeal': the demand."""
    lemma = tok.lemma_.lower()
    if lemma == "call":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i:
                return _subtree(c)[0] + 1, _subtree(c)[1]
    if lemma not in NAMING:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr") and c.i > tok.i]
    ends = [c for o in objects for c in o.children if c.dep_ in ("dobj", "oprd", "attr")]
    ends += [c for c in tok.children
             if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"]
    if not objects or not (len(objects) >= 2 or ends):
        return None
    last = max(_subtree(c)[1] for c in objects + ends)
    return min(_subtree(c)[0] for c in objects), last


def clause_drafts(sdoc, drafts: list[Draft], ctx: dict, para_of: list[int]) -> list[Draft]:
    """Drafts for the speech verbs no draft holds, each with the clause it reports (contents
    trimmed of punctuation; sources are filled later from the parse)."""
    # a belief or stance holds no statement: its cue may still report one ("..., police told
    # reporters" read as a stance on "reporters"), and its content may hold one ("officials
    # said they fear [...]")
    speech = [d for d in drafts if d.act == "speech"]
    taken = {i for d in speech for i in range(*d.cue)}
    inside = {i for d in speech for first, last in d.contents for i in range(first, last)}
    found = []
    for tok in sdoc:
        category = ctx["fine"][tok.i]
        if category not in SPEECH_CATEGORIES or tok.pos_ != "VERB" or tok.i in taken \
                or tok.i in inside:
            continue
        # "..., including X, a spokeswoman said": the surface, not a misparsed list
        closing = closing_attribution(sdoc, tok)
        contents = [closing[1]] if closing else \
            [trim_punct(sdoc, r) for r in reported_clause(sdoc, tok, category)]
        contents = [r for r in contents if r[1] > r[0]]
        if not contents:
            continue
        words = {i for first, last in contents for i in range(first, last)}
        # a draft whose cue lies in these words is reported by them ("The army said it would
        # withdraw, an official said"): a statement of its own inside, not this one
        held = {i for d in speech if not set(range(*d.cue)) & words
                for first, last in d.contents for i in range(first, last)}
        if len(words & held) * 2 > len(words):
            continue  # the tagger's draft already holds this statement, under another cue
        form = "final" if closing or final_clause(sdoc, tok) else "clause"
        found.append(Draft(cue=(tok.i, tok.i + 1), para=para_of[tok.i], contents=contents,
                           form=form, sources=[closing[0]] if closing else []))
    return found


def joined_regions(sdoc, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation regions with a quote running over paragraphs made one: a region left open at
    its paragraph's end joins the next when that paragraph opens with a mark."""
    out: list[tuple[int, int]] = []
    for lo, hi in regions:
        if out and _runs_on(sdoc, out[-1], lo):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _runs_on(sdoc, prev: tuple[int, int], lo: int) -> bool:
    last = prev[1] - 1
    if sdoc[last].text in CLOSING and prev[1] - prev[0] > 1 and last != prev[0]:
        return False  # the region closed with its own mark
    gap = sdoc[prev[1]:lo]
    return bool(len(gap)) and all(t.is_space for t in gap) and \
        any("\n" in t.text for t in gap) and sdoc[lo].text in OPENING


def signatures(sdoc, paras: list[tuple[int, int]], regions: list[tuple[int, int]],
               drafts: list[Draft]) -> list[Draft]:
    """Drafts for dash signatures: '“...,” -Commissioner Jane Doe', a paragraph ending
    '— Jane Doe (@jdoe) May 1, 2020', or a line '— Jane Doe, mayor' under a paragraph. The
    contents of `drafts` stop at a signature's dash (the tagger runs them on into it), and a
    draft whose cue is outside the signed words gives them up (a quotation read as running on
    from the paragraph before is the signer's)."""
    found = []
    lines = [(n, line) for n, para in enumerate(paras) for line in lines_of(sdoc, para)]
    units = [line for _, line in lines]
    for k, (n, (first, last)) in enumerate(lines):
        dash = _signature_dash(sdoc, first, last)
        if dash is None:
            continue
        name = _signature_name(sdoc, dash, last)
        if name is None:
            continue
        content = _signed_content(sdoc, dash, first, k, units, regions)
        if content is None:
            continue
        # (the marks around it count: trimmed off, or glued to the dash: '”―')
        quoted = any(sdoc[i].text[:1] in OPENING + CLOSING
                     for i in range(max(0, content[0] - 1), min(len(sdoc), content[1] + 1)))
        found.append(Draft(cue=(dash, dash + 1), para=n, sources=[name], contents=[content],
                           form="signature", kind="direct" if quoted else "block"))
        signed = (min(content[0], first), last)
        for d in drafts:
            cut = [trim_punct(sdoc, (lo, dash)) if lo < dash < hi else (lo, hi)
                   for lo, hi in d.contents if not lo <= dash < hi or lo < dash]
            if not signed[0] <= d.cue[0] < signed[1]:
                # a quotation running on from the paragraph before ('"...," she said.' then
                # '"..." -- Jane Roe'): the signed words are the signer's, not hers; a cue
                # inside them ("... the minister told us ...") keeps what it reports
                cut = [p for r in cut for p in _without(r, content)]
            d.contents = [r for r in cut if r[1] > r[0]]
    return found


def lines_of(sdoc, para: tuple[int, int]) -> list[tuple[int, int]]:
    """The lines of a paragraph ('“...”― Ann Lee' and the next quotation on the next line are
    two signed quotes, not one paragraph signed once)."""
    first, last = para
    out, start = [], first
    for i in range(first, last):
        if sdoc[i].is_space and "\n" in sdoc[i].text:
            if i > start:
                out.append((start, i))
            start = i + 1
    if last > start:
        out.append((start, last))
    return out or [para]


def _dash_text(tok) -> str:
    """The token without closing quotation marks glued before a dash ('”―')."""
    text = tok.text
    stripped = text.lstrip("".join(CLOSING))
    return stripped if stripped[:1] in DASHES else text


def _is_dash(tok) -> bool:
    text = _dash_text(tok)
    return text in DASHES or (text[:1] in DASHES and text[1:2].isupper())


def _signature_dash(sdoc, first: int, last: int) -> int | None:
    """The last dash of the range (a paragraph or one of its lines) when what follows it is
    short."""
    for i in range(last - 1, max(first, last - MAX_SIGNATURE) - 1, -1):
        if _is_dash(sdoc[i]):
            return i
    return None


def _signature_name(sdoc, dash: int, last: int) -> tuple[int, int] | None:
    """The name after the dash, up to a bracket or a date: it starts with a capital and holds
    a proper noun, and no verb (else it is the sentence going on after a dash)."""
    tok = sdoc[dash]
    start = dash if _dash_text(tok) not in DASHES else dash + 1
    while start < last and sdoc[start].is_space and "\n" not in sdoc[start].text:
        start += 1  # "― Julie Diaz" with a no-break space
    end = start
    while end < last and sdoc[end].text != "(" and sdoc[end].lower_ not in MONTHS and \
            not sdoc[end].is_space:
        end += 1
    words = [t for t in sdoc[start:end] if not t.is_punct]
    if not words or not words[0].text.lstrip("-—–―")[:1].isupper():
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in words):
        return None
    if not any(t.pos_ == "PROPN" for t in words):
        return None
    return trim_punct(sdoc, (start, end))


def _signed_content(sdoc, dash: int, first: int, n: int, paras, regions):
    """What the signature signs: the quotation closing just before the dash, the line or
    paragraph before the dash, or (a signature line of its own) the one before (`paras`: the
    lines of the paragraphs, `n` the signature's)."""
    before = dash - 1
    while before >= first and sdoc[before].is_space:
        before -= 1
    if before < first:
        if n == 0:
            return None
        return trim_punct(sdoc, paras[n - 1])
    if sdoc[before].text in CLOSING:
        for lo, hi in regions:
            lo = max(lo, first)  # (a quotation never signs across a line)
            if lo <= before < hi and any(t.is_alpha for t in sdoc[lo:hi]):
                return lo, hi
    prev = sdoc[before]
    if prev.is_punct and prev.text not in (".", "!", "?", "…") and prev.text not in CLOSING:
        return None
    if not prev.is_punct and "/" not in prev.text and "." not in prev.text:
        return None  # a dash inside a sentence ("fell sharply - a record")
    rng = trim_punct(sdoc, (first, before + 1))
    return rng if rng[1] > rng[0] else None
