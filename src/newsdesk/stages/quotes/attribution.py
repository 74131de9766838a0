"""The `quotes` stage (`quotes`, `find_quotes`): who says what, through whom.

A CRF (tagger.py) tags each paragraph's tokens as source, cue or content; rules then
1. group the tagged spans into attributions around each cue (a content or source goes to the
   nearest cue of its sentence, preferring the one it depends on in the parse);
2. take the paragraph after a cue sentence ending in a colon as a block quote;
3. find the source in the parse when the tagger left it out (the cue's subject; the object
   of "according to"; syntax.py), and resolve pronouns and descriptions to a named source
   (sources.py);
4. build the chain: a quote whose cue sits inside another quote's content, or a speech verb
   with a subject inside a quote's content ("Bloomberg reports that the ministry said ..."),
   is reported through it (`via`).
A content that is a fragment (no word, or only function words and no quotation marks:
"that", "It", "he is") is replaced by the cue's complement from the parse, or the quote is
dropped; a quote without a source whose content is the same as, inside or around a sourced
quote's is dropped, and of two quotes with the same content one stays.

Each draft is a speech act (a quote), a belief (a belief, intention or perception: "officials
fear that ...") or nothing (an action tagged as a cue); see speech.py. Beliefs go through the
same rules but are kept apart (`Document.beliefs`, kind "belief"): no rule that finds or
resolves quotes gives way to them, and they never take part in a quote's chain or in who
"he" refers to, so the quotes are the same with or without them.
"""
from __future__ import annotations

from ...model import Document, Quote
from ..base import parse_of, stage
from .according import according_clause, according_openings
from .bounds import (RELATIVES, complement_clause, cut_second_acts, raised_subjects,
                     relative_pronoun, second_cue, sentence_pieces, trim_content)
from .closing import closing_repair
from .closing_tails import drop_closing_tails
from .contact_relatives import contact_relative
from .coordinated_tails import coordinated_tail
from .features import doc_context
from .forms import clause_drafts, joined_regions, signatures
from .turns import turns
from .headlines import headlines
from .nouns import demote_holders, noun_statements
from .interjections import around_interjection
from .interviews import interviews
from .questions import asked_questions, outside_questions
from .stances import prepositional_stances
from .outlets import (cited_sources, find_hearer, press_reports, quoted_as_saying, quoted_by,
                      reports_within)
from .records import span_gap, to_quotes
from .owners import depends_on, qualifies, under_other_cue
from .relays import closings_within, mid_reports
from .roots import word_root, word_span
from .speakerspans import participle_after_quotation, participle_speaker, repair_sources
from .speakeractors import unlend_content_countries
from .splitquotes import (around_attribution, halves_around, rejoin_split_quotations,
                          run_on_paragraphs, unclosed_from)
from .speech import (according_issuers, according_names, according_objects,
                     attribution_act, has_clause, is_speech_act, quoted_words)
from .syntax import (HEARER_VERBS, SPEECH_LEMMAS, Draft, antecedent_sources, content_from_parse,
                     governing_verb, inverted_subject, nested_speech, semicolon_between,
                     source_from_parse, through_inner_speaker, told_whom, trim_punct)
from .tagger import TagSpan, tag_spans
from .wh_leads import wh_lead

COLONS = (":",)
OPENING = ("“", '"', "«")
# A content needs a word of one of these classes, or quotation marks ("that", "he is",
# "nothing" have neither).
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "INTJ")


def _sentence_index(sdoc) -> list[int]:
    out = [0] * len(sdoc)
    for n, sent in enumerate(sdoc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def _best_cue(sdoc, span: tuple[int, int], cues: list[Draft], sent_of: list[int],
              max_sentences: int, source: bool = False) -> Draft | None:
    """The cue a content or source span belongs to: same sentence first, then nearest; a
    `source` span prefers the cue it is the subject of."""
    words = word_span(sdoc, span)  # (an opening mark may hang on the sentence before)
    span_sents = range(sent_of[words[0]], sent_of[words[1] - 1] + 1)
    best, best_cost = None, None
    for draft in cues:
        cue_sent = sent_of[draft.cue[0]]
        if cue_sent in span_sents:
            apart = 0
        else:
            apart = min(abs(cue_sent - s) for s in (span_sents.start, span_sents.stop - 1))
        if apart > max_sentences:
            continue
        cost = apart * 100 + span_gap(span, draft.cue) - (
            50 if depends_on(sdoc, span, draft.cue) or qualifies(sdoc, span, draft.cue) else 0)
        head = word_root(sdoc, span).head.i
        if source and draft.cue[0] <= head < draft.cue[1]:
            # "said [the newspaper] hopes": the subject of "hopes", not of "said". Only for a
            # source: a content's "that" hangs on the inner verb ("reports that X said ...")
            # and belongs to the outer cue.
            cost -= 10
        if apart and under_other_cue(sdoc, draft.cue, [o.cue for o in cues]):
            # '"A," she said, referring to X. "B."', '"A," said Y, who said X. "B."': a
            # quotation of its own sentence goes on with the speaker's statement, not with a
            # cue below it (owners.under_other_cue)
            cost += 150
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
            if best is None or span_gap((i, i + 1), rng) < span_gap((best, best + 1), rng):
                best = i
    return best


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
            found.append(Draft(cue=(root.i, root.i + 1), para=n, form="colon"))
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
    seen: set = set()  # content ranges given out (a quotation may run over paragraphs)
    by_para: dict[int, list[TagSpan]] = {}
    for sp in spans:
        by_para.setdefault(sp.para, []).append(sp)
    for para in sorted(by_para):
        items = by_para[para]
        cues = [Draft(cue=(s.first, s.last), para=para) for s in items if s.role == "cue"]
        contents = [half for s in items if s.role == "content"
                    for piece in sentence_pieces(sdoc, (s.first, s.last), ctx["quote"])
                    for half in around_attribution(sdoc, piece, ctx["regions"], ctx["cats"])]
        for rng in contents:
            rng = _whole_quotation(rng, ctx["regions"])
            if rng in seen:
                continue
            seen.add(rng)
            quoted = _is_quoted(sdoc, rng, ctx["quote"])
            owner = _best_cue(sdoc, rng, cues, sent_of, 2 if quoted else 0)
            if owner is None:
                cue_at = _lexicon_cue(sdoc, rng, ctx, sent_of)
                if cue_at is None:
                    cue_at = governing_verb(sdoc, rng)
                if cue_at is not None:
                    owner = Draft(cue=(cue_at, cue_at + 1), para=para)
                    cues.append(owner)
                elif quoted and drafts and drafts[-1].para >= para - 1:
                    owner = drafts[-1]  # a quote running on from the paragraph before
            if owner is not None:
                second = second_cue(sdoc, rng, owner, cues, ctx)
                if second is not None:
                    owner = Draft(cue=(second, second + 1), para=para)
                    cues.append(owner)
                owner.contents.append(rng)
        for sp in (s for s in items if s.role == "source"):
            rng = (sp.first, sp.last)
            owner = _best_cue(sdoc, rng, cues, sent_of, 0, source=True)
            if owner is not None:
                owner.sources.append(rng)
        drafts.extend(cues)
    return drafts


def _block_quotes(sdoc, drafts: list[Draft], paras: list[tuple[int, int]],
                  sent_of: list[int], ctx: dict) -> None:
    """'He said:' at a paragraph's end introduces the next paragraph as the statement (and the
    paragraphs after it while a quotation runs on). What the tagger read inside the cue's own
    sentence gives way unless it is a clause ("He said:" / "on Tuesday:"), and so do its
    readings of the block paragraphs, unless one of them is a speech act of its own with a
    source ('"...," the minister added.')."""
    for d in drafts:
        first, last = paras[d.para]
        tail = last
        while tail > first and sdoc[tail - 1].is_space:
            tail -= 1
        if sdoc[tail - 1].text not in COLONS or d.para + 1 >= len(paras):
            continue
        if sent_of[d.cue[0]] != sent_of[tail - 1]:
            continue  # the colon ends a later sentence, not the cue's
        if d.contents and (has_clause(sdoc, d) or
                           any(sent_of[r[0]] != sent_of[d.cue[0]] for r in d.contents)):
            continue
        if any(o.para == d.para + 1 and o.contents and o.sources and _own_statement(sdoc, o, ctx)
               for o in drafts):
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


def _own_statement(sdoc, d: Draft, ctx: dict) -> bool:
    """A draft in a block paragraph that is a statement of its own: a speech act whose source
    is no demonstrative ("These measures show ..." is the block going on)."""
    words = {sdoc[i].lower_ for r in d.sources for i in range(*r)}
    if words and words <= {"these", "this", "those", "that", "it", "which"}:
        return False
    return is_speech_act(sdoc, d, ctx)


def _unclosed(sdoc, para: tuple[int, int]) -> bool:
    """Does the paragraph open a quotation mark it never closes?"""
    return unclosed_from(sdoc, para) is not None


def _reporting_frames(sdoc, drafts: list[Draft], sent_of: list[int]) -> None:
    """'Bloomberg reports that [the ministry said ...]': a cue left without content whose
    sentence goes on with another attribution reports that whole attribution (not one whose
    source is a relative pronoun: "according to Bloomberg, [which cited a person ...], X"
    is a clause on the source)."""
    for d in drafts:
        if d.contents:
            continue
        later = [o for o in drafts if o is not d and o.contents and o.sources
                 and sent_of[o.cue[0]] == sent_of[d.cue[0]]
                 and min(r[0] for r in o.sources) >= d.cue[1]
                 and not semicolon_between(sdoc, d.cue, o.cue)
                 and not any(sdoc[lo:hi].text.lower() in RELATIVES for lo, hi in o.sources)]
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
    around another verb), and so does one whose content is inside another's with the same
    source ("X confirmed the remarks, saying that ..."), unless it is a statement and the other
    is none; of drafts with the very same content,
    the one whose cue is nearest to it stays."""
    sourced = [(_extent(d), d) for d in drafts if d.sources]
    kept: dict[tuple[int, int], Draft] = {}
    for d in drafts:
        first, last = span = _extent(d)
        if not d.sources and any((lo <= first and last <= hi) or (first <= lo and hi <= last)
                                 for (lo, hi), _ in sourced):
            continue
        # (a statement stays inside a stance's words: "defended it, saying ..." says something)
        # (inside one of its parts: a statement between two parts of another is said between
        # them, '"A," she said, adding that B. "C."')
        if d.sources and any(o is not d and (lo, hi) != span and
                             any(a <= first and last <= b for a, b in o.contents) and
                             set(o.sources) & set(d.sources) and
                             (o.act == "speech" or d.act != "speech")
                             for (lo, hi), o in sourced):
            continue
        other = kept.get(span)
        # a statement before a belief read off the same words, then the cue nearest
        if other is None or (d.act != "speech", span_gap(d.cue, span)) < \
                (other.act != "speech", span_gap(other.cue, span)):
            kept[span] = d
    chosen = {id(d) for d in kept.values()}
    return [d for d in drafts if id(d) in chosen]


def _paragraph_index(n_tokens: int, paras: list[tuple[int, int]]) -> list[int]:
    out = [0] * n_tokens
    for n, (first, last) in enumerate(paras):
        for i in range(first, min(last + 1, n_tokens)):
            out[i] = n
    return out


ADJUNCT_DEPS = ("prep", "pobj", "npadvmod", "advmod", "agent", "dative")
# Prepositions whose object is what a belief or stance is about, not where or when it was
# held: "spoke about [the death]", "railed against [super PACs]"; of a statement, only "for"
# is (a demand: "called for [a repeal]"; "said of [the leader]" names the topic, not the words).
TOPIC_PREPS = {"for", "about", "against", "of"}
# Verbs whose object is the one spoken to ("told reporters", "briefed lawmakers", "asked").
def _hangs_on_cue(sdoc, rng: tuple[int, int], cue: tuple[int, int], speech: bool = True
                  ) -> bool:
    """Is the range an adjunct of the cue or the one spoken to ("said [in its annual report]",
    "told [reporters]"): its root attached to a cue word within two steps, not as a clause
    (an object is the hearer of a telling verb, or of a verb that also has a clause)? A range
    that holds the cue's clause as well ("urged [residents to leave the coast]") is what was
    said, whatever its root."""
    if any(cue[0] <= t.head.i < cue[1] and (t.dep_ == "ccomp" or t.dep_ == "xcomp" and any(
            c.lower_ == "to" for c in t.children) or t.dep_ == "advcl" and complement_clause(t))
           for t in sdoc[rng[0]:rng[1]]):
        return False
    tok = word_root(sdoc, rng)
    for _ in range(2):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and \
                cue[0] <= head.head.i < cue[1] and (not speech or head.lower_ == "for"):
            return False
        hearer = tok.dep_ == "dobj" and (head.lemma_.lower() in HEARER_VERBS or any(
            c.dep_ in ("ccomp", "xcomp") for c in head.children))
        if tok.dep_ not in ADJUNCT_DEPS and not hearer:
            return False
        if cue[0] <= head.i < cue[1]:
            return True
        tok = head
    return False


def _without_own_words(sdoc, d: Draft, ctx: dict) -> None:
    """A content never holds its own source and cue ("..., the ministry said in its report"):
    each part is cut there; of the tagger's parts, what follows the cue stays only when it is
    a clause or quoted, and a part that is the cue's adjunct ("in its annual report") goes
    (a rule's content is what its rule read)."""
    own = [d.cue] + d.sources
    lo, hi = min(r[0] for r in own), max(r[1] for r in own)
    out = []
    for first, last in d.contents:
        if last <= lo or first >= hi:
            out.append((first, last))
            continue
        if first < lo:
            out.append(trim_punct(sdoc, (first, lo)))
        if last > hi:
            out.append(trim_punct(sdoc, (hi, last)))
    kept = []
    for rng in out:
        if rng[1] <= rng[0]:
            continue
        # the part on its own, with the draft's source ('MARSH: We accept it' is a statement
        # by its label)
        probe = Draft(cue=d.cue, para=d.para, contents=[rng], sources=d.sources)
        if d.form is not None or quoted_words(sdoc, probe, ctx["quote"]) or \
                not _hangs_on_cue(sdoc, rng, d.cue, d.act == "speech") and (
                    rng[1] <= lo or attribution_act(sdoc, probe, ctx) is not None):
            kept.append(rng)
    d.contents = kept


def _subject_contents(sdoc, d: Draft, quote_state: list[int]) -> None:
    """'"...," grumbled the finance director': a content part that is the cue's unquoted
    subject is the source."""
    for rng in list(d.contents):
        root = word_root(sdoc, rng)
        if not d.cue[0] <= root.head.i < d.cue[1] or any(quote_state[i] for i in range(*rng)):
            continue
        if root.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in root.head.children):
            continue  # "[The army] has been accused by UN experts": the one blamed, not the
            # speaker; the agent is (speakerspans._charge_apart)
        if root.dep_ in ("nsubj", "nsubjpass") or root in inverted_subject(root.head):
            d.contents.remove(rng)
            d.sources.append(rng)


def find_quotes(doc: Document, sdoc) -> list[Quote]:
    """The speech quotes of a parsed document (see the module note)."""
    return find_attributions(doc, sdoc)[0]


def find_attributions(doc: Document, sdoc) -> tuple[list[Quote], list[Quote]]:
    """(quotes, beliefs) of a parsed document (see the module note)."""
    ctx = doc_context(sdoc)
    ctx["regions"] = joined_regions(sdoc, quote_regions(ctx["quote"]))
    spans, paras = tag_spans(sdoc, ctx)
    sent_of = _sentence_index(sdoc)
    drafts = _group(sdoc, spans, sent_of, ctx)
    drafts += _colon_introductions(sdoc, drafts, paras, sent_of, ctx)
    para_of = _paragraph_index(len(sdoc), paras)
    drafts += according_openings(sdoc, drafts, ctx["quote"], para_of)
    according_objects(sdoc, drafts)
    according_names(sdoc, drafts)
    for d in drafts:
        if d.contents and _is_fragment(sdoc, d, ctx["quote"]):
            d.contents = []  # filled below like a cue the tagger left without content
    _block_quotes(sdoc, drafts, paras, sent_of, ctx)
    run_on_paragraphs(sdoc, drafts, paras)  # '"...," she said. "Then ... / "... / "..."'
    _reporting_frames(sdoc, drafts, sent_of)
    for d in drafts:
        halves_around(sdoc, d, ctx["regions"])  # '"A," she said, "b."' with no content read
        if not d.contents:
            content_from_parse(sdoc, d)
        else:
            told_whom(sdoc, d)
        if not d.contents and d.sources and d.kind != "block":
            # "In several cases, executives say, they were asked ...": the tagger read the
            # statement's own passive verb as a cue and left this one nothing
            around_interjection(sdoc, d, ctx, clause_after=True)
    drafts = [d for d in drafts if _keep(sdoc, d, ctx)]
    for d in drafts:
        if d.kind != "block":
            was = list(d.contents)
            cut_second_acts(sdoc, d, ctx)
            if d.act == "speech" and d.contents and d.contents != was:
                # what made it a statement may have been the second act ("condemned the
                # attack [and called for calm]": a stance on the attack, and a demand)
                d.act = attribution_act(sdoc, d, ctx) or d.act
    clauses = [d for d in clause_drafts(sdoc, drafts, ctx, para_of) if _keep(sdoc, d, ctx)]
    nouns = [d for d in noun_statements(sdoc, drafts + clauses, ctx, para_of)
             if _keep(sdoc, d, ctx) and d.act == "speech"]
    demote_holders(sdoc, drafts + clauses, nouns)
    clauses += nouns
    # a statement read off the parse replaces a non-statement around the same cue
    spoken = {c.cue[0] for c in clauses if c.act == "speech"}
    drafts = [d for d in drafts if d.act == "speech" or not spoken & set(range(*d.cue))]
    drafts += clauses
    drafts += signatures(sdoc, paras, ctx["regions"], drafts)
    drafts += turns(sdoc, paras, [d for d in drafts if d.act == "speech"])
    drafts += headlines(sdoc, paras, drafts)
    cue_starts = {d.cue[0] for d in drafts if d.act == "speech"}  # (according.py)
    for d in drafts:
        if closing_repair(sdoc, d):  # a misparsed list before a closing speaker
            d.act = attribution_act(sdoc, d, ctx) or d.act
        _subject_contents(sdoc, d, ctx["quote"])
        if not d.sources:
            source_from_parse(sdoc, d)
        was = list(d.contents)
        repair_sources(sdoc, d)
        if d.contents != was:
            # the charge cut off the accuser ("accused by [UN experts] of [shelling ...]") is
            # what was said: the act is judged on it, not on what was read before (the one
            # accused, "The army", read as a stance's object)
            d.act = attribution_act(sdoc, d, ctx) or d.act
        participle_speaker(sdoc, d)  # after the repair: its speaker may sit in a clause
        participle_after_quotation(sdoc, d, ctx["quote"])
        if d.sources and d.kind != "block":
            _without_own_words(sdoc, d, ctx)
            around_interjection(sdoc, d, ctx)
        if d.kind != "block":
            was = list(d.contents)
            according_clause(sdoc, d, ctx["quote"], cue_starts)
            if d.contents != was:
                # judged on the clause "according to X" qualifies, not on the piece the tagger
                # read ("[the scream of jets], according to the command, ... grew closer")
                d.act = attribution_act(sdoc, d, ctx) or d.act
            trim_content(sdoc, d, ctx)
            relative_pronoun(sdoc, d)
            contact_relative(sdoc, d)
            coordinated_tail(sdoc, d, ctx["quote"])
            wh_lead(sdoc, d)
    according_names(sdoc, drafts)  # again: the parse may have given "according to" its source
    according_issuers(sdoc, drafts)
    # after the rules that cut a content around its source: an answer's source, the one
    # interviewed, is named paragraphs before it
    drafts += interviews(doc, sdoc, paras, ctx["quote"])
    # a clause read off the parse is a quote only with a speaker ("it is said that" is not)
    drafts = [d for d in drafts if d.contents and (d.sources or d.form not in ("clause", "final"))]
    through_inner_speaker(sdoc, drafts)
    drafts += [d for d in nested_speech(sdoc, drafts) if _keep(sdoc, d, ctx)]
    drafts += [d for d in reports_within(sdoc, drafts, SPEECH_LEMMAS()) if _keep(sdoc, d, ctx)]
    drafts += [d for d in closings_within(sdoc, drafts) if _keep(sdoc, d, ctx)]
    drafts = [d for d in drafts if not _own_framing(sdoc, d, ctx["quote"])]
    rejoin_split_quotations(sdoc, drafts, ctx["regions"])
    drop_closing_tails(sdoc, drafts, ctx["quote"])
    for d in drafts:
        raised_subjects(sdoc, d)
    drafts = _merge_repeats(drafts)
    drafts = _through_outlets(doc, sdoc, drafts)
    # an indirect statement without anyone making it is the writer's ("In a reference to
    # claims that ..."); words in quotation marks stay quoted words, speaker unknown
    drafts = [d for d in drafts if d.sources or d.kind == "block" or d.form == "raised" or
              quoted_words(sdoc, d, ctx["quote"])]
    drafts = outside_questions(sdoc, ctx, drafts, *asked_questions(sdoc, para_of))
    drafts += prepositional_stances(sdoc, drafts, para_of)
    return to_quotes(doc, sdoc, drafts, ctx)


FIRST_PERSON = {"i", "we"}


def _through_outlets(doc: Document, sdoc, drafts: list[Draft]) -> list[Draft]:
    """The press in the chain (outlets.py): "Reuters quoted the ministry as saying" and
    "..., citing the ministry" give the ministry's statement through the outlet's (a stance
    read off "quoted" or "citing" goes), and each statement made to the press ("told Reuters")
    keeps it as its hearer. After the merging of repeats: the one cited says the same words
    as the outlet that cites it."""
    drafts, quoting = quoted_as_saying(sdoc, drafts)
    drafts += quoted_by(sdoc, drafts)
    cited, citing = cited_sources(doc, sdoc, drafts)
    citing |= quoting
    drafts = [d for d in drafts if d.act == "speech" or not citing & set(range(*d.cue))]
    drafts += cited
    for d in drafts:
        antecedent_sources(sdoc, d)
        if d.act == "speech":
            d.hearer = find_hearer(doc, sdoc, d)
    return mid_reports(doc, sdoc, press_reports(doc, sdoc, drafts))


def _own_framing(sdoc, d: Draft, quote_state: list[int]) -> bool:
    """'"I'm telling you it is false," he said': inside a quotation, a speaker's "I tell
    you" / "we said" frames their own words and is no quote of its own."""
    if quote_state[d.cue[0]] != 1 or not d.sources:
        return False
    return all(sdoc[lo:hi].text.lower() in FIRST_PERSON for lo, hi in d.sources)


def _keep(sdoc, d: Draft, ctx: dict) -> bool:
    """Is the draft an attribution (a statement or a belief; `d.act` says which) with a
    content that is no fragment?"""
    if not d.contents or _is_fragment(sdoc, d, ctx["quote"]):
        return False
    act = attribution_act(sdoc, d, ctx)
    if act is None:
        return False
    d.act = act
    return True


@stage("quotes", needs=("actors",), adds=("quotes", "beliefs"))
def quotes(doc: Document) -> Document:
    """Fill doc.quotes (speech acts) and doc.beliefs from the parse (doc.spacy) and the
    entities. Raises StageError when the document was not parsed."""
    doc.quotes, doc.beliefs = find_attributions(doc, parse_of(doc, "quotes"))
    unlend_content_countries(doc, doc.quotes)
    return doc
