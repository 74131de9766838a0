"""The `quotes` stage: who says what, through whom.

A CRF (quotes_tagger) tags each paragraph's tokens as source, cue or content; rules then
1. group the tagged spans into attributions around each cue (a content or source goes to the
   nearest cue of its sentence, preferring the one it depends on in the parse);
2. take the paragraph after a cue sentence ending in a colon as a block quote;
3. find the source in the parse when the tagger left it out (the cue's subject; the object
   of "according to"), and resolve pronouns and descriptions to a named source
   (quotes_sources);
4. build the chain: a quote whose cue sits inside another quote's content, or a speech verb
   with a subject inside a quote's content ("Bloomberg reports that the ministry said ..."),
   is reported through it (`via`).
A content that is a fragment (no word, or only function words and no quotation marks:
"that", "It", "he is") is replaced by the cue's complement from the parse, or the quote is
dropped; a quote without a source whose content is the same as, inside or around a sourced
quote's is dropped, and of two quotes with the same content one stays.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Document, Quote
from ..pipeline import stage
from .quotes_features import cue_lexicon, doc_context
from .quotes_sources import resolve
from .quotes_tagger import TagSpan, tag_spans

COLONS = (":",)
OPENING = ("“", '"', "«")
SUBJECTS = ("nsubj",)
# A participle or conjoined verb takes the subject of the verb it hangs from.
CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp")
# Speech verbs whose clausal complement we read as nested, reported speech.
NESTED_DEPS = ("ccomp",)
# A content needs a word of one of these classes, or quotation marks ("that", "he is",
# "nothing" have neither).
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "INTJ")


@dataclass
class Draft:
    """An attribution being assembled: token ranges [first, last)."""

    cue: tuple[int, int]
    para: int
    sources: list[tuple[int, int]] = field(default_factory=list)
    contents: list[tuple[int, int]] = field(default_factory=list)
    kind: str | None = None
    parent: "Draft | None" = None


def _sentence_index(sdoc) -> list[int]:
    out = [0] * len(sdoc)
    for n, sent in enumerate(sdoc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _depends_on(sdoc, span: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Does the span's root attach (within two steps) to a token of the cue?"""
    root = sdoc[span[0]:span[1]].root
    head = root.head
    for _ in range(2):
        if cue[0] <= head.i < cue[1]:
            return True
        head = head.head
    return False


def _best_cue(sdoc, span: tuple[int, int], cues: list[Draft], sent_of: list[int],
              max_sentences: int) -> Draft | None:
    """The cue a content or source span belongs to: same sentence first, then nearest."""
    span_sents = range(sent_of[span[0]], sent_of[span[1] - 1] + 1)
    best, best_cost = None, None
    for draft in cues:
        cue_sent = sent_of[draft.cue[0]]
        if cue_sent in span_sents:
            apart = 0
        else:
            apart = min(abs(cue_sent - s) for s in (span_sents.start, span_sents.stop - 1))
        if apart > max_sentences:
            continue
        cost = apart * 100 + _gap(span, draft.cue) - (50 if _depends_on(sdoc, span, draft.cue)
                                                      else 0)
        if best_cost is None or cost < best_cost:
            best, best_cost = draft, cost
    return best


def _is_quoted(sdoc, rng: tuple[int, int], quote_state: list[int]) -> bool:
    """Does the span open with a quotation mark (or start inside one)?"""
    first = rng[0]
    while first < rng[1] and sdoc[first].is_space:
        first += 1
    return first < rng[1] and quote_state[first] > 0


def _lexicon_cue(sdoc, rng: tuple[int, int], ctx: dict, sent_of: list[int]) -> int | None:
    """A cue word of the lexicon in the span's sentence, outside the span, nearest to it."""
    sents = {sent_of[rng[0]], sent_of[rng[1] - 1]}
    best = None
    lo = sdoc[rng[0]].sent.start
    hi = sdoc[rng[1] - 1].sent.end
    for i in range(lo, hi):
        if ctx["cats"][i] and not (rng[0] <= i < rng[1]) and sent_of[i] in sents:
            if best is None or _gap((i, i + 1), rng) < _gap((best, best + 1), rng):
                best = i
    return best


def _governing_verb(sdoc, rng: tuple[int, int]) -> int | None:
    """The verb outside the span that the span's root depends on ("disputes [the idea]")."""
    head = sdoc[rng[0]:rng[1]].root.head
    if head.pos_ in ("VERB", "AUX") and not (rng[0] <= head.i < rng[1]):
        return head.i
    return None


def _content_from_parse(sdoc, d: Draft) -> None:
    """A cue the tagger left without content: its clausal complement or object, after it;
    for "according to X", the rest of the sentence."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lower_ == "according":
            sent, phrase = tok.sent, (tok.left_edge.i, tok.right_edge.i + 1)
            if phrase[0] <= sent.start + 1:
                rest = (phrase[1], sent.end)
            else:
                rest = (sent.start, phrase[0])
            rest = _trim_punct(sdoc, rest)
            if rest[1] > rest[0]:
                d.contents.append(rest)
            return
        for dep in ("ccomp", "xcomp", "dobj"):  # a clause before an object (the hearer)
            for child in tok.children:
                if child.dep_ == dep and child.i >= d.cue[1]:
                    d.contents.append((child.left_edge.i, child.right_edge.i + 1))
                    return


def _trim_punct(sdoc, rng: tuple[int, int]) -> tuple[int, int]:
    first, last = rng
    while first < last and (sdoc[first].is_punct or sdoc[first].is_space):
        first += 1
    while last > first and (sdoc[last - 1].is_punct or sdoc[last - 1].is_space):
        last -= 1
    return first, last


def _told_whom(sdoc, d: Draft) -> None:
    """'told reporters the talks failed': the hearer is not the content, the clause is."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        comps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        if not comps or not d.contents:
            continue
        comp = (comps[0].left_edge.i, comps[0].right_edge.i + 1)
        hearers = [r for r in d.contents if r[1] <= comp[0]
                   and sdoc[r[0]:r[1]].root.dep_ in ("dobj", "dative", "npadvmod")]
        if hearers and len(hearers) == len(d.contents):
            d.contents = [comp]
            return


def _colon_introductions(sdoc, drafts: list[Draft], paras: list[tuple[int, int]],
                         sent_of: list[int], ctx: dict) -> list[Draft]:
    """'The ministry put it this way:' ending a paragraph, with no cue tagged: its main verb
    (a lexicon cue, or 'put it') becomes the cue of a block quote."""
    tagged = {sent_of[d.cue[0]] for d in drafts}
    found = []
    for n, (first, last) in enumerate(paras[:-1]):
        tail = last
        while tail > first and sdoc[tail - 1].is_space:
            tail -= 1
        if tail <= first or sdoc[tail - 1].text not in COLONS or sent_of[tail - 1] in tagged:
            continue
        root = sdoc[tail - 1].sent.root
        put_it = root.lemma_ == "put" and any(c.lower_ == "it" for c in root.children)
        if root.pos_ == "VERB" and (ctx["cats"][root.i] or put_it):
            found.append(Draft(cue=(root.i, root.i + 1), para=n))
    return found


def quote_regions(quote_state: list[int]) -> list[tuple[int, int]]:
    """Token ranges [open mark, close mark] of the quotations (an unclosed one ends with
    its paragraph)."""
    regions, start = [], None
    for i, state in enumerate(quote_state):
        if state == 2 and start is None:
            start = i
        elif state == 2:
            regions.append((start, i + 1))
            start = None
        elif state == 0 and start is not None:
            regions.append((start, i))
            start = None
    if start is not None:
        regions.append((start, len(quote_state)))
    return regions


def _whole_quotation(rng: tuple[int, int], regions: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that starts or ends inside a quotation takes in the whole quotation (the
    tagger sometimes labels only the sentence next to the cue)."""
    first, last = rng
    for lo, hi in regions:
        if lo < last and first < hi and hi - lo > 3:
            first, last = min(first, lo), max(last, hi)
    return first, last


def _group(sdoc, spans: list[TagSpan], sent_of: list[int], ctx: dict) -> list[Draft]:
    """Attributions from tagged spans, paragraph by paragraph.

    A content goes to a cue of its own sentence; a quoted content may also go to a cue up to
    two sentences away ('"...," he said. "..."') or run on from the paragraph before. A
    content with no tagged cue near takes a lexicon cue word of its sentence, if any."""
    drafts: list[Draft] = []
    by_para: dict[int, list[TagSpan]] = {}
    for sp in spans:
        by_para.setdefault(sp.para, []).append(sp)
    for para in sorted(by_para):
        items = by_para[para]
        cues = [Draft(cue=(s.first, s.last), para=para) for s in items if s.role == "cue"]
        seen: set = set()
        for sp in (s for s in items if s.role == "content"):
            rng = _whole_quotation((sp.first, sp.last), ctx["regions"])
            if rng in seen:
                continue
            seen.add(rng)
            quoted = _is_quoted(sdoc, rng, ctx["quote"])
            owner = _best_cue(sdoc, rng, cues, sent_of, 2 if quoted else 0)
            if owner is None:
                cue_at = _lexicon_cue(sdoc, rng, ctx, sent_of)
                if cue_at is None:
                    cue_at = _governing_verb(sdoc, rng)
                if cue_at is not None:
                    owner = Draft(cue=(cue_at, cue_at + 1), para=para)
                    cues.append(owner)
                elif quoted and drafts and drafts[-1].para >= para - 1:
                    owner = drafts[-1]  # a quote running on from the paragraph before
            if owner is not None:
                owner.contents.append(rng)
        for sp in (s for s in items if s.role == "source"):
            rng = (sp.first, sp.last)
            owner = _best_cue(sdoc, rng, cues, sent_of, 0)
            if owner is not None:
                owner.sources.append(rng)
        drafts.extend(cues)
    return drafts


def _block_quotes(sdoc, drafts: list[Draft], paras: list[tuple[int, int]],
                  sent_of: list[int]) -> None:
    """'He said:' at a paragraph's end introduces the next paragraph as the statement."""
    for d in drafts:
        first, last = paras[d.para]
        tail = last
        while tail > first and sdoc[tail - 1].is_space:
            tail -= 1
        if d.contents or sdoc[tail - 1].text not in COLONS or d.para + 1 >= len(paras):
            continue
        if sent_of[d.cue[0]] != sent_of[tail - 1]:
            continue  # the colon ends a later sentence, not the cue's
        if any(o.para == d.para + 1 and o.contents and o.sources for o in drafts):
            continue  # the next paragraph carries its own attribution
        block = d.para + 1
        d.contents = [paras[block]]
        # A quoted statement running over paragraphs: each reopens the unclosed quote.
        while _unclosed(sdoc, paras[block]) and block + 1 < len(paras) and \
                sdoc[paras[block + 1][0]].text in OPENING:
            block += 1
            d.contents.append(paras[block])
        d.kind = "block"
        for other in drafts:  # the tagger's pieces of those paragraphs belong to this quote
            if d.para < other.para <= block and other is not d:
                other.contents = []


def _unclosed(sdoc, para: tuple[int, int]) -> bool:
    """Does the paragraph open a quotation mark it never closes?"""
    inside = False
    for tok in sdoc[para[0]:para[1]]:
        if tok.text in ("“", "«") or (tok.text == '"' and not inside):
            inside = True
        elif tok.text in ("”", "»", '"'):
            inside = False
    return inside


def _reporting_frames(drafts: list[Draft], sent_of: list[int]) -> None:
    """'Bloomberg reports that [the ministry said ...]': a cue left without content whose
    sentence goes on with another attribution reports that whole attribution."""
    for d in drafts:
        if d.contents:
            continue
        later = [o for o in drafts if o is not d and o.contents and o.sources
                 and sent_of[o.cue[0]] == sent_of[d.cue[0]]
                 and min(r[0] for r in o.sources) >= d.cue[1]]
        if later:
            inner = min(later, key=lambda o: o.cue[0])
            d.contents = [(min(r[0] for r in inner.sources),
                           max(r[1] for r in inner.contents))]


def _is_fragment(sdoc, d: Draft, quote_state: list[int]) -> bool:
    """Is the draft's content no statement at all: no word, or only function words and no
    quotation mark ("that", "It", "nothing", "he is")? A single content word stays ("Cruz
    endorses [Trump]" is an attribution in PolNeAR), and so does a quotation ("It's about me")."""
    tokens = [t for first, last in d.contents for t in sdoc[first:last]]
    words = [t for t in tokens if any(ch.isalnum() for ch in t.text)]
    if not words:
        return True
    if any(quote_state[t.i] == 2 for t in tokens):  # its own quotation marks: speech as spoken
        return False
    return not any(t.pos_ in CONTENT_POS for t in words)


def _extent(d: Draft) -> tuple[int, int]:
    return min(r[0] for r in d.contents), max(r[1] for r in d.contents)


def _merge_repeats(drafts: list[Draft]) -> list[Draft]:
    """One attribution per content: a draft without a source goes when its content is the same
    as, inside, or around a sourced draft's (the tagger's piece of one statement read again
    around another verb); of drafts with the very same content, the one whose cue is nearest
    to it stays."""
    sourced = [_extent(d) for d in drafts if d.sources]
    kept: dict[tuple[int, int], Draft] = {}
    for d in drafts:
        first, last = span = _extent(d)
        if not d.sources and any((lo <= first and last <= hi) or (first <= lo and hi <= last)
                                 for lo, hi in sourced):
            continue
        other = kept.get(span)
        if other is None or _gap(d.cue, span) < _gap(other.cue, span):
            kept[span] = d
    chosen = {id(d) for d in kept.values()}
    return [d for d in drafts if id(d) in chosen]


def _source_from_parse(sdoc, d: Draft) -> None:
    """The cue's grammatical subject (or, for "..., citing" / "and said", the subject of the
    verb it hangs from), or the object of 'according to', as the source."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lower_ == "according":
            for child in tok.children:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        d.sources.append((obj.left_edge.i, obj.right_edge.i + 1))
                        return
    verbs = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.pos_ in ("VERB", "AUX", "NOUN")]
    for tok in verbs[:1]:
        for _ in range(3):
            subj = [c for c in tok.children if c.dep_ in SUBJECTS]
            if subj:
                span = (subj[0].left_edge.i, subj[0].right_edge.i + 1)
                if not any(span[0] < c[1] and c[0] < span[1] for c in d.contents):
                    d.sources.append(span)
                return
            if tok.dep_ not in CLIMB or tok.head.i == tok.i:
                return
            tok = tok.head


def _nested(sdoc, drafts: list[Draft], sent_of: list[int]) -> list[Draft]:
    """Speech verbs with a subject and a clause inside another quote's content."""
    cues_at = {i for d in drafts for i in range(*d.cue)}
    speech = {k for k, v in cue_lexicon()["VERB"].items() if v == "speech"}
    found = []
    for d in drafts:
        for first, last in d.contents:
            for tok in sdoc[first:last]:
                if tok.i in cues_at or tok.lemma_.lower() not in speech or tok.pos_ != "VERB":
                    continue
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                comp = [c for c in tok.children if c.dep_ in NESTED_DEPS]
                if not subj or not comp or comp[0].i < tok.i:
                    continue
                inner = Draft(cue=(tok.i, tok.i + 1), para=d.para, parent=d,
                              sources=[(subj[0].left_edge.i, subj[0].right_edge.i + 1)],
                              contents=[(comp[0].left_edge.i,
                                         min(comp[0].right_edge.i + 1, last))])
                found.append(inner)
    return found


def _char_span(sdoc, rng: tuple[int, int]) -> tuple[int, int] | None:
    first, last = rng
    while first < last and (sdoc[first].is_space or sdoc[first].text in (",",)):
        first += 1
    while last > first and (sdoc[last - 1].is_space or sdoc[last - 1].text in (",",)):
        last -= 1
    if last <= first:
        return None
    return sdoc[first].idx, sdoc[last - 1].idx + len(sdoc[last - 1].text)


def _kind(d: Draft, quote_state: list[int]) -> str:
    if d.kind:
        return d.kind
    states = [quote_state[i] for first, last in d.contents for i in range(first, last)]
    inside = sum(1 for s in states if s)
    if inside == 0:
        return "indirect"
    return "direct" if inside >= len(states) - 2 else "mixed"


def _parts(doc: Document, sdoc, ranges: list[tuple[int, int]]) -> list[dict]:
    spans = [_char_span(sdoc, r) for r in sorted(ranges)]
    return [doc.span(s, e) for s, e in (sp for sp in spans if sp)]


def _to_quotes(doc: Document, sdoc, drafts: list[Draft], quote_state: list[int]) -> list[Quote]:
    history: list = []
    drafts = sorted(drafts, key=lambda d: min(r[0] for r in d.contents))
    ids: dict[int, str] = {}
    quotes: list[Quote] = []
    for d in drafts:
        parts = _parts(doc, sdoc, d.contents)
        cue = _parts(doc, sdoc, [d.cue])
        if not parts or not cue:
            continue
        content = doc.span(parts[0]["start"], parts[-1]["end"])
        if len(parts) > 1:
            content["parts"] = parts
        source = None
        if d.sources:
            main = min(d.sources, key=lambda r: _gap(r, d.cue))
            span = _char_span(sdoc, main)
            if span:
                head = sdoc[main[0]:main[1]].root.text
                source = resolve(doc, span[0], span[1], head, history)
        ids[id(d)] = f"q{len(quotes)}"
        quotes.append(Quote(id=ids[id(d)], kind=_kind(d, quote_state), content=content,
                            source=source, cue=cue[0]))
    _chain(quotes, drafts, ids)
    return quotes


def _chain(quotes: list[Quote], drafts: list[Draft], ids: dict[int, str]) -> None:
    """`via`: the quotes each one is reported through (outermost first)."""
    by_id = {q.id: q for q in quotes}
    parent_of: dict[str, str] = {}
    for d in drafts:
        if id(d) in ids and d.parent is not None and id(d.parent) in ids:
            parent_of[ids[id(d)]] = ids[id(d.parent)]
    for q in quotes:
        if q.id in parent_of or q.cue is None:
            continue
        for outer in quotes:
            parts = outer.content.get("parts") or [outer.content]
            if outer is not q and any(p["start"] <= q.cue["start"] < p["end"] for p in parts):
                parent_of[q.id] = outer.id
                break
    for q in quotes:
        chain, seen = [], {q.id}
        cur = parent_of.get(q.id)
        while cur and cur not in seen:
            chain.insert(0, cur)
            seen.add(cur)
            cur = parent_of.get(cur)
        q.via = [c for c in chain if c in by_id]


def find_quotes(doc: Document, sdoc) -> list[Quote]:
    ctx = doc_context(sdoc)
    ctx["regions"] = quote_regions(ctx["quote"])
    spans, paras = tag_spans(sdoc, ctx)
    sent_of = _sentence_index(sdoc)
    drafts = _group(sdoc, spans, sent_of, ctx)
    drafts += _colon_introductions(sdoc, drafts, paras, sent_of, ctx)
    for d in drafts:
        if d.contents and _is_fragment(sdoc, d, ctx["quote"]):
            d.contents = []  # filled below like a cue the tagger left without content
    _block_quotes(sdoc, drafts, paras, sent_of)
    _reporting_frames(drafts, sent_of)
    for d in drafts:
        if not d.contents:
            _content_from_parse(sdoc, d)
        else:
            _told_whom(sdoc, d)
    drafts = [d for d in drafts if d.contents and not _is_fragment(sdoc, d, ctx["quote"])]
    for d in drafts:
        if not d.sources:
            _source_from_parse(sdoc, d)
    drafts += [d for d in _nested(sdoc, drafts, sent_of)
               if not _is_fragment(sdoc, d, ctx["quote"])]
    drafts = _merge_repeats(drafts)
    return _to_quotes(doc, sdoc, drafts, ctx["quote"])


@stage("quotes", needs=("actors",), adds=("quotes",))
def quotes(doc: Document) -> Document:
    """Fill doc.quotes from the parse (doc.spacy) and the entities."""
    if doc.spacy is None:
        from .. import nlp
        from ..pipeline import fill_from_parse

        fill_from_parse(doc, nlp.parse(doc.text))
    doc.quotes = find_quotes(doc, doc.spacy)
    return doc
