"""Where a content starts and ends: rules for the boundaries the tagger and the parse rules
get wrong in the same way again and again (measured on PolNeAR's learn part, exact match).

- `sentence_pieces`: a tagged content never runs from one sentence into the next outside a
  quotation ('... told us he was "nearly home." The storm then grew worse.'); a quotation
  that opens a new sentence is a piece of its own, which may belong to another cue, also when
  the parser hangs its opening mark on the sentence before ('..., she said, pointing to the
  mill. "Those days are gone."'; with attribution._best_cue counting the piece's sentence from
  its words: PolNeAR learn part content exact F1 0.5868 -> 0.5883, strict whole 0.6843 ->
  0.6849).
- `relative_pronoun`: "turnout rose, [which] organisers say could decide the race": the
  relative pronoun is the subject of what was said and part of the content (a part of its
  own, before the source and the cue), as PolNeAR annotates it.
- `trim_content`: a content opening its sentence outside quotation marks loses the word that
  links the sentence to the one before ("[But] the harbour will reopen, officials said":
  PolNeAR leaves it out 21 times in 25 on dev learn + 150 train articles; the 4 are quoted or
  block quotes); a dangling "and"/"but" at the end is cut, and so is a second attribution
  of the same speaker: a cue word conjoined to the cue or hanging on it as a participle
  ("praised the players and [called the referee ...]", "said ..., [adding that ...]"),
  and so is a reporting clause of someone else that closes the sentence ("said the port
  would stay shut, [state radio reported]": how the statement reached us; rare in PolNeAR,
  whose exact matches it leaves as they were, common in wire copy).
  The cue's other adjuncts stay: the parse hangs too many clauses of the content on the cue
  ("said the dam would hold, even though ..."), and PolNeAR keeps time and place in the
  content ("noted the rule in the meeting last week"). Nor is the one spoken to cut before
  the words asked or urged ("urged them to vote", "accused X of ..."): PolNeAR keeps it
  about as often as not, and cutting it lost more exact matches than it won.
- `second_cue`: '"...," the mayor said, [adding later], "..."': a speech word hanging on
  the cue that the tagger left untagged, between the cue and a content after both, is the
  cue of a second attribution of the same speaker, not a gap inside the first one's content.
- `_from_clause` (in trim_content): the one spoken to and the when and where that hang on
  the cue before a clause with a subject of its own are no part of the content ("asked [the
  councillor] whether ...", "said [for months] their wards ..."; the guidelines leave the
  recipient out); what is urged ("urged them to vote") and the object of "agreed with",
  "pointed to", "asked about" stay, as PolNeAR keeps them. Learn part +38 exact, 1 lost.
- `_without_cue_time` (in trim_content): a phrase that is itself a time, on the cue after
  the words ("endorsed Lopez [on Thursday]"), says when, not what (learn part 20 won, 11
  lost: PolNeAR is not consistent about it, and the guidelines say to leave out what is
  not clearly attributed); so does an occasion ("praised the nurses [at a rally in Dayton]",
  "[in an interview with the Post]": OCCASION_NOUNS; learn part 8 won, 5 lost, session 39).
- `_through_charge` (in trim_content): "accused Eritrea [on Tuesday] of massing troops": the
  tagger often stops at the date between the one accused and the charge, which leaves the
  accusation without the deed it is about; the content runs on through the charge.
- `_without_stray_lead` (in trim_content): a part before the source that is no interjection
  ("X was the reason, the owner also noted [Y]", "Arguing X, the firm told staff [that Y]":
  nothing closes the source and cue before the words run on) is another clause, not this
  content (PolNeAR dev learn content exact 0.5969 -> 0.6027, strict whole 0.7126 -> 0.7148).
  A name or pronoun lead stays ("[which] he said ...", "[Cruz], she said \"has ...\""): on a
  train learn sample dropping those lost exact matches, and content overlaps with them.
- `raised_subjects`: "The repairs are expected to continue", "the mayor seems to have left":
  the subject of a belief cue that only raises it ("seem", a passive "expected") is what the
  belief is about, a part of its content, not the one who holds it (no one named does).
Measured too and left out: a relative clause set off by a comma closing the content (",
which ...", ", who ..."; 27 won, 38 lost on the learn part, with nothing in the words to
tell them apart); any verb conjoined to the cue (21 won, 39 lost: the parse joins verbs of
the content to the cue); the raising of "seem"/"appear" subjects undone (8 won, 38 lost).
A clause with a subject of its own conjoined to the cue after the
content ("said the talks failed, and [the meeting ended early]"; PolNeAR keeps it about as
often as not), and the words before a parenthetical speaker as the content's first part
whatever they are ("[Back at the depot], the manager said, the drivers ..."): it won exact
matches on PolNeAR dev's learn part but lost them on a sample of train's (150 articles), so
it does not carry. What carries is narrower (forms.interjected): the piece before is a
clause or a noun phrase, not a frame of where or when nor an attribution of its own (dev
learn +8 exact matches, the train sample unchanged, the tagger's internal test 0.557 ->
0.559).
"""
from __future__ import annotations

from ...nlp import doc_text
from ..base import dateline_end
from .features import SPEECH_CATEGORIES
from .roots import word_span
from .syntax import Draft, complement_clause

# A cue's children after its content that are an attribution of their own when a cue word.
CUE_ADJUNCTS = ("conj", "advcl")


def sentence_pieces(sdoc, rng: tuple[int, int], quote_state: list[int]
                    ) -> list[tuple[int, int]]:
    """The range cut at each sentence start that is not inside a quotation (a quotation
    opening the new sentence starts a piece; one that runs on over the boundary does not)."""
    first, last = rng
    cuts = [first]
    for i in range(first + 1, last):
        tok = sdoc[i]
        if tok.is_sent_start and quote_state[i] != 1 and not _inside_run(quote_state, i):
            cuts.append(i)
        elif tok.is_sent_start and _opened_before(sdoc, quote_state, i) and i - 1 > first:
            cuts.append(i - 1)
    cuts.append(last)
    pieces = []
    for lo, hi in zip(cuts, cuts[1:]):
        while hi > lo and sdoc[hi - 1].is_space:
            hi -= 1
        if hi > lo:
            pieces.append((lo, hi))
    return pieces


def _opened_before(sdoc, quote_state: list[int], i: int) -> bool:
    """Does a quotation open just before the sentence start i, right after the stop that ended
    the sentence before (the parser hangs that opening mark on the sentence before: 'she said,
    pointing to the mill. "Those days are gone."')?"""
    return quote_state[i] == 1 and i >= 2 and quote_state[i - 1] == 2 and \
        not quote_state[i - 2] and sdoc[i - 2].text in (".", "!", "?")


def _inside_run(quote_state: list[int], i: int) -> bool:
    """Is token i a closing mark of a quotation that was open before it ('... here.' is a
    boundary spaCy sometimes puts before the closing mark)?"""
    return quote_state[i] == 2 and i > 0 and quote_state[i - 1] == 1


def trim_content(sdoc, d: Draft, ctx: dict) -> None:
    """Cut the writer's linking word off a content opening its sentence, and a second
    attribution of the speaker off the end of each content part (cut_second_acts; see the
    module note); a part inside quotation marks is left as quoted."""
    d.contents = [_through_charge(sdoc, rng, d, ctx["quote"]) for rng in d.contents]
    if d.form != "colon":
        d.contents = [_without_connective(sdoc, rng, ctx["quote"]) for rng in d.contents]
    d.contents = [_after_dateline(sdoc, rng) for rng in d.contents]
    cut_second_acts(sdoc, d, ctx)
    _without_circumstance(sdoc, d, ctx["quote"])
    d.contents = [_from_clause(sdoc, rng, d, ctx["quote"]) for rng in d.contents]
    d.contents = [_without_cue_time(sdoc, rng, d, ctx["quote"]) for rng in d.contents]
    d.contents = [_within_relative_clause(sdoc, rng, d, ctx["quote"]) for rng in d.contents]
    _without_stray_lead(sdoc, d, ctx["quote"])


def _within_relative_clause(sdoc, rng: tuple[int, int], d: Draft, quote_state: list[int]
                            ) -> tuple[int, int]:
    """'The ministry, which said [the talks had failed], gave no details': what a speaker
    says in a relative clause ends with that clause; the sentence goes on about the speaker."""
    first, last = rng
    verb = sdoc[d.cue[0]]
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or first < d.cue[1] or quote_state[first]:
        return rng
    end = verb.right_edge.i + 1
    if first < end < last:
        return first, _content_end(sdoc, first, end)
    return rng


# What closes an interjected source and cue before the words run on ("X, she said, Y").
INTERJECTION_CLOSERS = {",", ".", ":", ";", "-", "--", "\u2013", "\u2014", "(", ")"}


def _without_stray_lead(sdoc, d: Draft, quote_state: list[int]) -> None:
    """'Both sides traded blame, but the mayor said [the talks] ...', 'The plan stalled in
    May; the ministry announced [that] ...': a part before the cue that is not quoted goes
    to this cue only as an interjection ('[The plan], the ministry said, [will] ...'), which
    a comma or stop closes after the cue. When the words after the cue run straight on from
    it, what stands before the source is another clause of the sentence, not this content
    (a lead that ends in a quotation may be quoted words the speaker goes on from: kept).
    A raised subject ('[the talks] are expected [to resume]') is not a lead; a relative
    pronoun is added after this (relative_pronoun)."""
    if d.form == "raised" or len(d.contents) < 2:
        return
    lead = [r for r in d.contents if r[1] <= d.cue[0]]
    after = [r for r in d.contents if r[0] >= d.cue[1]]
    if not lead or not after or any(quote_state[i] for r in lead for i in range(r[1] - 2, r[1])):
        return
    if any(sdoc[i].text in INTERJECTION_CLOSERS for i in range(d.cue[1], min(after)[0])):
        return
    # a name or a pronoun before the cue is the subject of the words after it ('[which] he
    # said ...', '[Ruiz] the coach said "has earned ..."'): part of this content
    if any(sdoc[lo:hi].root.pos_ in ("PROPN", "PRON") or sdoc[lo:hi].root.tag_ in ("WDT", "WP")
           for lo, hi in lead):
        return
    d.contents = [r for r in d.contents if r not in lead]


# Conjunctions of an adverbial clause of time or cause.
CIRCUMSTANCE_MARKS = {"after", "before", "when", "while", "as", "because", "since", "until",
                      "once", "whenever"}


def _without_circumstance(sdoc, d: Draft, quote_state: list[int]) -> None:
    """'"We will win," the minister said [after the plan was announced]': a clause of time or
    cause on the cue says when or why it was said, not what; it is no part of the content
    when another part is (a tagger reads any clause after the cue as content)."""
    cue = set(range(*d.cue))
    kept = []
    for rng in d.contents:
        root = sdoc[rng[0]:rng[1]].root
        circumstance = rng[0] >= d.cue[1] and not quote_state[rng[0]] and \
            root.dep_ == "advcl" and root.head.i in cue and \
            any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in root.children)
        if not circumstance:
            kept.append(rng)
    if kept and len(kept) < len(d.contents):
        d.contents = kept


# Verbs whose object is the one spoken to ("told reporters that ...", "asked her whether ...").
TELLING = {"tell", "ask", "assure", "warn", "remind", "inform", "notify", "advise", "promise",
           "convince", "persuade", "reassure", "teach", "caution", "alert", "write", "email",
           "text", "show", "question", "press", "urge"}
# How the one spoken to, or when and where it was said, hangs on the cue.
HEARER_DEPS = {"dative", "npadvmod", "advmod", "prep"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


def _from_clause(sdoc, rng: tuple[int, int], d: Draft, quote_state: list[int]
                 ) -> tuple[int, int]:
    """'told [a crowd in Cleveland] that he was troubled', 'asked [Mook] whether ...', 'said
    [at the time] that ...': when what was said is a clause with a subject of its own that
    the cue governs, the words between the cue and that clause that hang on the cue (the one
    spoken to, when and where) are not part of it (PolNeAR's guidelines: the recipient is
    not content)."""
    first, last = rng
    if first < d.cue[1] or quote_state[first]:
        return rng
    end = _content_end(sdoc, first, last)
    cue = range(*d.cue)
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        for comp in tok.children:
            lo = comp.left_edge.i
            if comp.dep_ != "ccomp" or not first < lo < last or comp.right_edge.i + 1 < end \
                    or not any(c.dep_ in SUBJECT_DEPS for c in comp.children):
                continue
            # what hangs on a cue word ("said [for] months": the cue may hold the preposition)
            heads = {t.i for t in sdoc[first:lo] if t.head.i in cue}
            deps = HEARER_DEPS | ({"dobj"} if tok.lemma_.lower() in TELLING else set())
            if heads and all(sdoc[i].dep_ in deps or _circumstance_object(sdoc[i])
                             for i in heads) and all(
                    not quote_state[t.i] and (t.i in heads or _below(t, heads))
                    for t in sdoc[first:lo] if not t.is_punct):
                return lo, last
    return rng


# Prepositions of a cue whose object is what the words are about or whom they agree with
# ("pointed to [the times] he ...", "agreed with [her] that ..."): PolNeAR keeps the object in
# the content, unlike the where and when of "said on [the record] that", "wrote in [a letter]".
THEME_PREPOSITIONS = {"to", "about", "with", "of", "against", "toward", "towards", "at"}


def _circumstance_object(tok) -> bool:
    """Is the token the object of a cue's preposition of place, time or medium?"""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and \
        tok.head.lower_ not in THEME_PREPOSITIONS


def _below(tok, heads: set[int]) -> bool:
    """Is the token inside the subtree of one of `heads`?"""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in heads:
            return True
    return False


TIME_LABELS = ("DATE", "TIME")


def _without_cue_time(sdoc, rng: tuple[int, int], d: Draft, quote_state: list[int]
                      ) -> tuple[int, int]:
    """'endorsed Hillary Clinton [in November]', 'defended the plan [last week]': a phrase of
    time on the cue after what was endorsed or defended says when, not what."""
    first, last = rng
    if first < d.cue[1] or quote_state[first]:
        return rng
    end = _content_end(sdoc, first, last)
    cue = range(*d.cue)
    for tok in sdoc[first:end]:
        if tok.head.i not in cue or tok.dep_ not in ("prep", "npadvmod") or quote_state[tok.i]:
            continue
        lo = tok.left_edge.i
        if lo <= first + 0 or tok.right_edge.i + 1 < end:
            continue
        # the phrase names a time itself ("in November", "last week"), not a deed that has a
        # date in it ("accused him of [grabbing her ... last week]")
        when = tok if tok.dep_ == "npadvmod" else next(
            (c for c in tok.children if c.dep_ == "pobj"), None)
        if when is not None and (when.ent_type_ in TIME_LABELS or (
                tok.dep_ == "prep" and tok.lower_ in OCCASION_PREPS and
                when.lemma_.lower() in OCCASION_NOUNS)):
            return first, _content_end(sdoc, first, lo)
    return rng


# An occasion the cue's words were spoken at ("said ... [at a rally in Ohio]", "[in an
# interview with the Post]", "[during a campaign stop]"): where, not what.
OCCASION_PREPS = {"at", "in", "during", "on"}
OCCASION_NOUNS = {"rally", "interview", "speech", "debate", "conference", "hearing", "briefing",
                  "event", "gathering", "stop", "appearance", "ceremony", "forum", "meeting",
                  "summit", "convention", "luncheon", "dinner", "breakfast", "fundraiser",
                  "town", "program", "programme", "show", "broadcast", "podcast", "address",
                  "session", "visit", "campaign", "statement", "post", "tweet", "op-ed",
                  "column", "letter", "memo", "email", "video", "television", "radio"}


# The preposition that brings in the charge of a verb of blaming ("accused X of", "blamed X
# for", "charged X with").
CHARGE_PREPOSITIONS = {"accuse": "of", "suspect": "of", "blame": "for", "criticise": "for",
                       "criticize": "for", "condemn": "for", "charge": "with", "fault": "for"}


def _through_charge(sdoc, rng: tuple[int, int], d: Draft, quote_state: list[int]
                    ) -> tuple[int, int]:
    """'accused [Eritrea] on Tuesday of massing troops': a content that stops before a time
    on the cue that the cue's charge ("of ...", "for ...") follows runs on through the charge
    (the time stays in it, as it does where the tagger reads the whole)."""
    first, last = rng
    if first < d.cue[1] or quote_state[first] or last >= len(sdoc):
        return rng
    cue = range(*d.cue)
    verb = next((t for t in sdoc[d.cue[0]:d.cue[1]] if t.lemma_.lower() in
                 CHARGE_PREPOSITIONS), None)
    when = sdoc[last]
    if verb is None or when.head.i not in cue or when.dep_ not in ("prep", "npadvmod"):
        return rng
    time = when if when.dep_ == "npadvmod" else next(
        (c for c in when.children if c.dep_ == "pobj"), None)
    if time is None or time.ent_type_ not in TIME_LABELS or when.left_edge.i != last:
        return rng
    after = when.right_edge.i + 1
    charge = sdoc[after] if after < len(sdoc) else None
    if charge is None or charge.head.i != verb.i or charge.dep_ != "prep" or \
            charge.lower_ != CHARGE_PREPOSITIONS[verb.lemma_.lower()] or \
            any(quote_state[i] for i in range(last, charge.right_edge.i + 1)):
        return rng
    return first, _content_end(sdoc, first, charge.right_edge.i + 1)


def _after_dateline(sdoc, rng: tuple[int, int]) -> tuple[int, int]:
    """ "KYIV - Russia and Ukraine swapped prisoners, officials said": the dateline says
    where the story was filed, not what was said."""
    first = sdoc[rng[0]]
    opening = first.sent[0].idx  # the content may begin inside the dateline, not at its start
    cut = dateline_end(doc_text(sdoc), opening, first.sent.end_char)
    if cut <= first.idx:
        return rng
    lo = rng[0]
    while lo < rng[1] and sdoc[lo].idx < cut:
        lo += 1
    return (lo, rng[1]) if lo < rng[1] else rng


def cut_second_acts(sdoc, d: Draft, ctx: dict) -> None:
    """Cut a second attribution of the speaker off the end of each content part (the part
    of trim_content that runs before the parse rules look for speech verbs no draft holds:
    "has urged allies to spend more but [has said] she will ..." is a statement of its own)."""
    quote_state = ctx["quote"]
    cue_toks = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.pos_ in ("VERB", "AUX", "NOUN")]
    if not cue_toks:
        return
    out = []
    for rng in d.contents:
        if quote_state[rng[0]] or rng[1] <= d.cue[0]:
            out.append(rng)
            continue
        rng = _without_cue_adjuncts(sdoc, rng, cue_toks, ctx)
        rng = _before_hidden_second_act(sdoc, rng, cue_toks, ctx)
        rng = _before_closing_report(sdoc, rng, d, ctx)
        # a dangling "and" / "but" where the tagger stopped ("discussed the wall and")
        rng = (rng[0], _content_end(sdoc, rng[0], rng[1], joiners=True))
        if rng[1] > rng[0]:
            out.append(rng)
    d.contents = out


def _told_apart(verb) -> bool:
    """ "wrote that the country 'will never bow to threats' and [thanked] the armed forces":
    a conjoined verb in a simple tense, hung on a complement verb with a modal it cannot
    share (will, would, could: a base form follows them, "has promised and attempted" shares
    its "has"), is not of what was said, whatever verb it is; its form is the cue's (checked
    by the caller)."""
    head = verb.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.dep_ == "advmod" and verb.i > 1:
        before = verb.doc[verb.i - 2]  # "and also thanked"
    if before is None or before.dep_ != "cc":
        return False  # ("the off-chance a health emergency forces her out": its subject)
    return verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _before_hidden_second_act(sdoc, rng, cue_toks, ctx) -> tuple[int, int]:
    """'China said it was opposed to the test [and warned Pyongyang ...]': the parse hangs
    the speaker's second speech verb on the verb of what was said, not on the cue. A speech
    verb with no subject of its own, conjoined to the head of the cue's complement (or of
    the clause the parser hangs on the cue's noun: "said in a statement that ... and
    demanded") and in the cue's own form (said ... warned, says ... calls), is the
    speaker's next act: the content ends before it."""
    first, last = rng
    cue_at = {t.i for t in cue_toks}
    tags = {t.tag_ for t in cue_toks}
    for tok in sdoc[first:last]:
        head = tok.head
        speech = ctx["cats"][tok.i] and ctx["fine"][tok.i] in SPEECH_CATEGORIES
        if (tok.dep_ != "conj" or tok.pos_ != "VERB" or not (speech or _told_apart(tok))
                or ctx["quote"][tok.i]
                or tok.tag_ not in tags or not first <= head.i < tok.i
                or head.dep_ not in ("ccomp", "xcomp", "acl") or head.head.i not in cue_at
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            continue
        end = _content_end(sdoc, first, tok.i, joiners=True)
        if end > first:
            return first, end
    return rng


# What may follow the verb of a reporting clause that closes a sentence ("..., state media
# reported on Monday in a bulletin").
CLOSING_DEPS = {"prep", "pobj", "npadvmod", "advmod", "det", "amod", "compound", "nummod", "poss",
                "punct"}


def _before_closing_report(sdoc, rng: tuple[int, int], d: Draft, ctx: dict) -> tuple[int, int]:
    """'The ministry said the border would reopen on Monday, [state media reported]': a
    reporting clause of someone else that closes the sentence after a comma is how the
    statement reached us, not part of it: the content ends at that comma."""
    for tok in sdoc[rng[0]:rng[1]]:
        if d.cue[0] <= tok.i < d.cue[1] or tok.pos_ != "VERB" or \
                ctx["fine"][tok.i] not in SPEECH_CATEGORIES:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        # "..., we will appeal": the speaker's own words go on (a report names a third party
        # and tells what was said, with no modal)
        if not subjects or subjects[0].lower_ in ("i", "we", "you") or \
                any(c.dep_ == "aux" for c in tok.children):
            continue
        comma = subjects[0].left_edge.i - 1
        if comma <= rng[0] or sdoc[comma].text != "," or any(
                t.dep_ not in CLOSING_DEPS for t in sdoc[tok.i + 1:tok.sent.end] if not t.is_space):
            continue
        return rng[0], comma
    return rng


# Words that join a sentence to the one before: the writer's link, not the speaker's words.
CONNECTIVES = {"and", "but", "yet", "or", "however", "meanwhile", "still", "moreover",
               "furthermore", "nevertheless", "nonetheless", "besides", "instead", "indeed",
               "also", "additionally"}


def _without_connective(sdoc, rng: tuple[int, int], quote_state: list[int]) -> tuple[int, int]:
    """A content part that opens its sentence outside quotation marks without the word that
    links the sentence to the one before ("[But] the talks failed, officials said", "[In
    addition,] the plan ..., a spokesman said")."""
    first, last = rng
    if quote_state[first] or not sdoc[first].is_sent_start:
        return rng
    tok = sdoc[first]
    lower = tok.lower_
    if lower in CONNECTIVES and tok.dep_ in ("cc", "advmod", "preconj"):
        width = 1
    elif lower == "in" and first + 1 < last and sdoc[first + 1].lower_ == "addition":
        width = 2
    else:
        return rng
    start = first + width
    if start < last and sdoc[start].text == ",":
        start += 1
    while start < last and sdoc[start].is_space:
        start += 1
    return (start, last) if last - start > 1 else rng


def _without_cue_adjuncts(sdoc, rng, cue_toks, ctx) -> tuple[int, int]:
    first, last = rng
    quote_state, cats = ctx["quote"], ctx["cats"]
    changed = True
    while changed:
        changed = False
        end = _content_end(sdoc, first, last)
        for cue in cue_toks:
            for c in cue.children:
                if c.i < cue.i or not _second_act(c, cats):
                    continue
                lo, hi = c.left_edge.i, c.right_edge.i + 1
                if first < lo and hi >= end and lo < last and not quote_state[lo]:
                    last = _content_end(sdoc, first, lo, joiners=True)
                    changed = True
    return first, last


# Words opening a clause of time on the cue ("said, [when] asked about ...").
WHEN_WORDS = {"when", "while", "as", "after", "before", "once", "whenever", "until"}


def second_cue(sdoc, rng: tuple[int, int], owner: Draft, cues: list[Draft], ctx: dict
                ) -> int | None:
    """'"The harbour is shut," the mayor said, [adding] later, "We have no money."': a
    speech word hanging on the cue (a participle, or a verb joined to it) between the cue
    and a content after both, that the tagger left untagged, is a second statement of the
    same speaker with a cue of its own (PolNeAR: one cue per attribution)."""
    # the sentence of the content's words: a quotation opening the sentence after a stop has
    # its opening mark hung on the sentence before ('X said, referring to Y. "B."'), and the
    # speech word of that sentence's tail is no cue of the next one (roots.word_span)
    words = word_span(sdoc, rng)
    if rng[0] <= owner.cue[1] or sdoc[words[0]].sent.start != sdoc[owner.cue[0]].sent.start:
        return None
    tagged = {i for d in cues for i in range(*d.cue)}
    for i in range(rng[0] - 1, owner.cue[1] - 1, -1):
        tok = sdoc[i]
        if ctx["quote"][i] or i in tagged:
            return None
        if ctx["cats"][i] and ctx["fine"][i] in SPEECH_CATEGORIES and tok.pos_ == "VERB" \
                and tok.dep_ in ("advcl", "conj") and owner.cue[0] <= tok.head.i < owner.cue[1] \
                and not any(c.i < i and (c.dep_ == "mark" or c.lower_ in WHEN_WORDS)
                            for c in tok.children):
            # ("said, [when asked] what ...": a clause of time says when it was said)
            return i
    return None


RELATIVES = ("which", "who", "whom", "that")


def relative_pronoun(sdoc, d: Draft) -> None:
    """Add the relative pronoun just before the source of a cue that opens a relative clause
    ("which organisers say ...") as a part of the content (see the module note)."""
    if not d.sources or not d.contents or sdoc[d.cue[0]].dep_ != "relcl":
        return
    first = min(r[0] for r in d.sources)
    if first == 0 or first > d.cue[0]:
        return
    lead = next(r for r in d.sources if r[0] == first)
    opener = sdoc[first]
    if opener.lower_ in RELATIVES and opener.dep_ != "det" and lead[1] - lead[0] > 1:
        # the tagger put it in the source ("[which organisers] say")
        d.sources[d.sources.index(lead)] = (first + 1, lead[1])
        first += 1
    rel = sdoc[first - 1]
    # the pronoun belongs to the words said, not to the cue ("which officials announced")
    inside = any(lo <= rel.head.i < hi for lo, hi in d.contents)
    if rel.lower_ in RELATIVES and inside and all(r[0] >= d.cue[1] for r in d.contents):
        d.contents.insert(0, (rel.i, rel.i + 1))


def _second_act(c, cats) -> bool:
    """A cue word conjoined to the cue or hanging on it as a participle. (Other verbs
    conjoined to the cue, the cue's adjuncts after an object ("thanked supporters [at a
    rally]") and an apposition closing the content were measured too: PolNeAR keeps them
    about as often as not, and cutting them lost exact matches.)"""
    return c.dep_ in CUE_ADJUNCTS and bool(cats[c.i]) and not complement_clause(c)


def _content_end(sdoc, first: int, last: int, joiners: bool = False) -> int:
    """The range's end without trailing spaces and punctuation (and "and"/"but" when
    `joiners`)."""
    while last > first and (sdoc[last - 1].is_space or sdoc[last - 1].is_punct and
                            sdoc[last - 1].text not in ('"', "”", "''", "’", ")")
                            or joiners and sdoc[last - 1].dep_ == "cc"):
        last -= 1
    return last


# Belief cues whose subject is part of what is believed: raising verbs, and verbs of
# believing in the passive ("[the talks] are expected to fail").
RAISING = {"seem", "appear"}
PASSIVE_RAISING = {"expect", "consider", "believe", "think", "know", "suppose", "presume",
                   "project", "predict", "estimate", "blame", "deem", "reckon", "understand",
                   "see", "regard", "suspect", "assume", "anticipate", "view"}


def raised_subjects(sdoc, d: Draft) -> bool:
    """Move the subject of a raising belief cue from the sources into the content (see the
    module note); True when it did (the belief then has no source)."""
    if d.act == "speech" or not d.sources or not d.contents:
        return False
    verbs = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.pos_ in ("VERB", "AUX")]
    verb = next((t for t in reversed(verbs) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not (lemma in RAISING or passive and lemma in PASSIVE_RAISING):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or min(r[0] for r in d.contents) < subj.i:
        return False
    subject = (subj.left_edge.i, subj.right_edge.i + 1)
    if not all(subject[0] <= lo and hi <= subject[1] for lo, hi in d.sources):
        return False
    d.sources = []
    d.contents.insert(0, subject)
    d.form = "raised"
    return True
