"""The quote rules that read the dependency parse, and the attribution draft they fill.

Each rule takes the spaCy parse and a `Draft` (token ranges of one attribution being
assembled) and fills what the CRF tagger left out:
- `source_from_parse`: the cue's grammatical subject (climbing from a participle or a conjoined
  verb: "..., citing", "and said"), or the object of "according to";
- `content_from_parse`: the cue's clausal complement (ccomp, xcomp) or object after it; for
  "according to X", the rest of the sentence;
- `told_whom`: "told reporters the talks failed": the clause, not the hearer, is the content;
- `nested_speech`: a speech verb with a subject and a clause inside a quote's content is a
  quote reported through it;
- `governing_verb`: the verb a tagged content depends on, as its cue when none was tagged.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .features import cue_lexicon

SUBJECTS = ("nsubj",)
# A participle or conjoined verb takes the subject of the verb it hangs from.
CLIMB = ("advcl", "xcomp", "conj", "acl", "pcomp")
# Directive speech verbs: their to-infinitive is what was said ("urged them to leave").
DIRECTIVES = {"warn", "tell", "ask", "urge", "advise", "call", "instruct", "remind", "appeal",
              "beg", "implore", "request", "demand", "order", "caution", "encourage"}
# Verbs of naming: "called the plan a disaster" says the plan is one.
NAMING = {"call", "label", "dub", "brand", "term", "describe", "characterize", "characterise",
          "rate",
          "denounce", "condemn"}
# Speech verbs whose clausal complement we read as nested, reported speech.
NESTED_DEPS = ("ccomp",)


@dataclass
class Draft:
    """An attribution being assembled. Every range is token indices [first, last) into the
    parse: `cue`, each of `sources` and `contents`; `para` is the paragraph's index, `kind`
    "block" for a block quote (else decided from the quotation marks), `parent` the draft
    this one is reported through, `form` the rule that made it when the tagger did not
    ("colon", "block", "signature", "clause": a speech verb's clause read off the parse),
    `act` what the attribution is: "speech" (a quote) or "belief" (a belief, intention or
    perception, kept apart from the quotes; speech.py), `hearer` the press it was said to
    ("told [Reuters]"; outlets.py) and `hearer_relation` how ("told", or "reported": an
    outlet's report around the statement, "X said ..., Reuters reported"), `speaker_name` the name of a speaker the layout gives and
    no mention names (an interview's "Q:" is the outlet's; interviews.py)."""

    cue: tuple[int, int]
    para: int
    sources: list[tuple[int, int]] = field(default_factory=list)
    contents: list[tuple[int, int]] = field(default_factory=list)
    kind: str | None = None
    parent: "Draft | None" = None
    form: str | None = None
    act: str = "speech"
    hearer: tuple[int, int] | None = None
    hearer_relation: str = "told"
    speaker_name: str | None = None


def governing_verb(sdoc, rng: tuple[int, int]) -> int | None:
    """The token index of the verb outside the span that the span's root depends on
    ("disputes [the idea]"), or None."""
    head = sdoc[rng[0]:rng[1]].root.head
    if head.pos_ in ("VERB", "AUX") and not (rng[0] <= head.i < rng[1]):
        return head.i
    return None


def content_from_parse(sdoc, d: Draft) -> None:
    """A cue the tagger left without content: its clausal complement or object, after it;
    for "according to X", the rest of the sentence. Appends to `d.contents`."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lower_ == "according":
            sent, phrase = tok.sent, (tok.left_edge.i, tok.right_edge.i + 1)
            if phrase[0] <= sent.start + 1:
                rest = (phrase[1], sent.end)
            else:
                rest = (sent.start, phrase[0])
            rest = trim_punct(sdoc, rest)
            if rest[1] > rest[0]:
                d.contents.append(rest)
            return
        for dep in ("ccomp", "xcomp", "that", "dobj"):  # a clause before an object (the hearer)
            for child in (_that_clauses(tok) if dep == "that" else tok.children):
                if (dep == "that" or child.dep_ == dep) and child.i >= d.cue[1]:
                    d.contents.append((child.left_edge.i, child.right_edge.i + 1))
                    return
        obj = _object_after_interjection(sdoc, tok)
        if obj is not None:
            d.contents.append((obj.left_edge.i, obj.right_edge.i + 1))
            return


def _object_after_interjection(sdoc, verb):
    """'announced, via Twitter, [a ban on ...]': the object after a phrase set off by commas
    right after the verb, which the parse hangs as an apposition on that phrase's noun; else
    None."""
    if verb.i + 1 >= len(sdoc) or sdoc[verb.i + 1].text != ",":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.i == verb.i + 2:
            for n in c.children:
                if n.dep_ != "pobj":
                    continue
                for g in n.children:
                    if g.dep_ == "appos" and g.i > n.i and sdoc[g.left_edge.i - 1].text == ",":
                        return g
    return None


def _that_clauses(verb) -> list:
    """'told CNN in a statement [that flights would resume]', 'said in one of a series of
    messages [that ...]', 'told a gathering of farmers [that prices would rise]': a
    that-clause the parse hangs on a noun of the verb's prepositional phrase, or of the one
    told, however deep in its chain of nouns, not on the verb."""
    nouns = [n for c in verb.children if c.dep_ == "prep" and c.i > verb.i
             for n in nouns_of_phrase(c)]
    nouns += told_nouns(verb)
    return [g for n in nouns for g in n.children if g.dep_ in ("acl", "relcl", "ccomp") and
            (any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children) or
             told_clause(verb, g))]


# What is told, not who is told ("told a story that the villagers had forgotten").
TOLD_THINGS = {"story", "truth", "lie", "joke", "tale", "secret", "news", "version", "account",
               "anecdote", "fact", "something", "nothing", "anything", "everything"}


def told_nouns(verb) -> list:
    """The one a hearer verb tells and the nouns of its phrase ("told [a meeting] of
    [officers]"), where the parse may hang what was told."""
    if verb.lemma_.lower() not in HEARER_VERBS:
        return []
    return [n for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and
            c.lemma_.lower() not in TOLD_THINGS
            for n in [c] + [m for p in c.children if p.dep_ == "prep"
                            for m in nouns_of_phrase(p)]]


def told_clause(verb, clause) -> bool:
    """'told a meeting of officers [that the offensive had stalled]': after the one told, a
    clause opened by "that" with a subject of its own is what was told, however the parse
    reads the "that" (as a relative pronoun: "a meeting that ...")."""
    if any(t.dep_ == "mark" and t.lower_ == "that" and t.head.i != clause.i
           for t in clause.subtree):
        return False  # "told students [that he met in Paris] that the war was over": a
        # relative clause with a that-clause of its own after it; which is which is unclear
    return clause.left_edge.lower_ == "that" and clause.head in told_nouns(verb) and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in clause.children)


def nouns_of_phrase(prep) -> list:
    """The nouns of a prepositional phrase and of the phrases nested in it ("in [one] of a
    [series] of [messages]"), in order: the chain of pobj and prep, no clause."""
    out, todo = [], [prep]
    while todo:
        p = todo.pop(0)
        for n in p.children:
            if n.dep_ == "pobj":
                out.append(n)
                todo.extend(c for c in n.children if c.dep_ == "prep")
    return out


def semicolon_between(sdoc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Is there a semicolon between the two token ranges? It joins two sentences: "The
    correspondent asked; the minister persisted, saying ..." — what stands on the other side
    of it is no clause the speech verb on this side reports, nor its hearer (only a
    sentence-final "..., she said" reports all before it, forms.final_clause)."""
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    return any(t.text == ";" for t in sdoc[lo:hi])


def trim_punct(sdoc, rng: tuple[int, int]) -> tuple[int, int]:
    """The token range without punctuation and white space at either end."""
    first, last = rng
    while first < last and (sdoc[first].is_punct or sdoc[first].is_space):
        first += 1
    while last > first and (sdoc[last - 1].is_punct or sdoc[last - 1].is_space):
        last -= 1
    return first, last


# Verbs whose object is the one spoken to: "told [CNN] that ...", "asked [workers] if ...".
HEARER_VERBS = {"tell", "inform", "notify", "brief", "assure", "reassure", "remind", "ask"}

# Words opening a clause that is what the cue says or asks ("asked workers [if] they planned
# to attend", "said [that] ..."), however the parse hangs it.
COMPLEMENT_MARKS = {"if", "whether", "that"}


def complement_clause(c) -> bool:
    """ "asked workers if they planned to attend": the parse hangs the question on the cue as
    an adverbial clause; its verb ("planned") may be a cue word, but the clause is what was
    said or asked."""
    return any(m.dep_ == "mark" and m.lower_ in COMPLEMENT_MARKS for m in c.children)


QUESTION_VERBS = {"ask", "inquire", "enquire", "wonder", "query"}


def question_clause(verb):
    """ "asked dock workers [if they expected the strike to end]": the question a verb of
    asking reports, which the parse hangs on it as an adverbial clause; else None."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)


def told_whom(sdoc, d: Draft) -> None:
    """'told reporters the talks failed', 'The talks failed, officials told reporters': the
    hearer is not the content, the clause is (`d.contents` becomes the clause, before or after
    the verb, when every content found is a hearer, or a content is the hearer and then the
    clause: "asked [workers] if they planned to attend")."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        comps = [c for c in tok.children if c.dep_ == "ccomp" or
                 c.dep_ == "advcl" and c.i > tok.i and complement_clause(c)]
        if not comps and told_nouns(tok):  # "told a meeting of officers [that ...]"
            comps = _that_clauses(tok)
        if not comps or not d.contents:
            continue
        _hearer_off(sdoc, d, tok, comps)
        after = [c for c in comps if c.i > tok.i]
        comp = (after or comps)[0]
        comp = (comp.left_edge.i, comp.right_edge.i + 1)
        if semicolon_between(sdoc, comp, (tok.i, tok.i + 1)):
            continue
        hearers = [r for r in d.contents if (r[1] <= comp[0] or r[0] >= comp[1])
                   and sdoc[r[0]:r[1]].root.dep_ in ("dobj", "dative", "npadvmod")]
        if hearers and len(hearers) == len(d.contents):
            d.contents = [comp]
            return


def _opens_clause(tok) -> bool:
    return tok.lower_ in COMPLEMENT_MARKS or tok.tag_ in ("WDT", "WP", "WRB")


def _hearer_off(sdoc, d: Draft, verb, comps: list) -> None:
    """A content part that opens with the verb's object and runs on into its clause, opened
    by "that", "if" or a wh-word, loses the object: "asked [workers] if they ...", "told
    [CNN] that ...". (Not without such a word: "felt [her anger] was over the top" is the
    clause's subject misparsed as the verb's object.)"""
    if verb.lemma_.lower() not in HEARER_VERBS:
        return
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    for n, (first, last) in enumerate(d.contents):
        for h in hearers:
            for comp in comps:
                start = comp.left_edge.i
                # (the parse may hang the clause on the hearer: "told a meeting [that ...]")
                end = max(t.i for t in h.subtree if not start <= t.i <= comp.right_edge.i)
                if first == h.left_edge.i and end < start < last and \
                        _opens_clause(sdoc[start]) and all(
                        t.is_punct or t.is_space for t in sdoc[end + 1:start]):
                    d.contents[n] = (start, last)
                    return


def source_from_parse(sdoc, d: Draft) -> None:
    """The cue's grammatical subject (or, for "..., citing" / "and said", the subject of the
    verb it hangs from), or the object of 'according to', as the source: appended to
    `d.sources` unless it overlaps the content."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lower_ == "according":
            for child in tok.children:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        d.sources.append((obj.left_edge.i, obj.right_edge.i + 1))
                        return
    verbs = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.pos_ in ("VERB", "AUX", "NOUN")]
    # the cue's own speech word first ("was quoted as saying": "quoted", not "was")
    verbs.sort(key=lambda t: t.lemma_.lower() not in SPEECH_LEMMAS())
    for tok in verbs[:1]:
        for _ in range(3):
            deps = SUBJECTS + (("nsubjpass",) if tok.lemma_.lower() in PASSIVE_SPEAKER else ())
            subj = [c for c in tok.children if c.dep_ in deps] or inverted_subject(tok)
            if subj:
                # two subjects before the verb are a misparse: the nearer one speaks
                # ("..., including X, [a spokeswoman] said"; see forms.final_clause)
                before = [c for c in subj if c.i < tok.i]
                span = _subject_span(before[-1] if len(before) > 1 else subj[0], tok)
                if not any(span[0] < c[1] and c[0] < span[1] for c in d.contents):
                    d.sources.append(span)
                return
            # "was quoted [as] saying": the speaker is the subject of "quoted", past the "as"
            as_saying = tok.dep_ == "prep" and tok.lower_ == "as"
            if (tok.dep_ not in CLIMB and not as_saying) or tok.head.i == tok.i:
                return
            tok = _hidden_second_act(tok) or tok.head


def _hidden_second_act(tok):
    """'said the strike had been a success and [vowed] to go on': a speech verb the parse
    conjoins to the verb of what was said, in the form of the speech verb over that (said ...
    vowed), is the speaker's next act (bounds.cut_second_acts cuts it off the content), and
    so is a participle reporting a clause (", adding that ..."): its subject is the one of
    that speech verb, not of what was said."""
    head = tok.head
    outer = head.head
    if head.dep_ == "acl" and outer.dep_ == "pobj" and outer.head.dep_ == "prep":
        # "said in a statement that the ship had entered ... and [demanded] ...": the parse
        # hangs what was said on the statement; the speech verb is the one over it
        head, outer = outer.head, outer.head.head
        if tok.dep_ == "conj" and tok.lemma_.lower() in SPEECH_LEMMAS() and \
                outer.lemma_.lower() in SPEECH_LEMMAS() and tok.tag_ == outer.tag_ and \
                outer.i < tok.i:
            return outer
        return None
    if (head.dep_ not in ("ccomp", "xcomp") or outer.i == head.i or outer.i > tok.i
            or tok.lemma_.lower() not in SPEECH_LEMMAS()
            or outer.lemma_.lower() not in SPEECH_LEMMAS()):
        return None
    if tok.dep_ == "conj" and tok.tag_ == outer.tag_:
        return outer
    # 'said the team had played well, [adding] that ...': a participle that reports a
    # clause of its own, hung on what was said, is the speaker's too
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in tok.children):
        return outer
    return None


RELATIVE = ("who", "that", "which")
# "X was quoted as saying", "X is cited as saying": the passive subject is the speaker.
PASSIVE_SPEAKER = {"quote", "cite"}


def SPEECH_LEMMAS() -> set[str]:  # noqa: N802 - a cached constant
    """The lexicon's speech verbs (cues.txt categories speech, announce, manner)."""
    return _speech_lemmas()


@functools.lru_cache(maxsize=1)
def _speech_lemmas() -> set[str]:
    return {k for k, v in cue_lexicon()["VERB"].items() if v in ("speech", "announce", "manner")}


def inverted_subject(verb) -> list:
    """'"...," grumbled the finance director': with the statement before the verb and no
    subject, the noun phrase after the verb (parsed as its object) is who speaks."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > verb.i
            and c.pos_ in ("NOUN", "PROPN", "PRON")][:1]


def _subject_span(subj, verb) -> tuple[int, int]:
    """The subject's tokens; for a relative pronoun ("Durbin, who attended, said"), the noun
    the relative clause hangs from, without the clause."""
    if subj.lower_ in RELATIVE and verb.dep_ == "relcl" and verb.head.i != verb.i:
        noun = verb.head
        return noun.left_edge.i, noun.i + 1
    return subj.left_edge.i, subj.right_edge.i + 1


def nested_speech(sdoc, drafts: list[Draft]) -> list[Draft]:
    """New drafts for the speech verbs (cues.txt) with a subject and a clausal complement
    inside another draft's content ("[Bloomberg reports that] the ministry said ..."), each
    reported through (`parent`) the draft it sits in."""
    cues_at = {i for d in drafts for i in range(*d.cue)}
    speech = {k for k, v in cue_lexicon()["VERB"].items() if v in ("speech", "announce")}
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


def antecedent_sources(sdoc, d: Draft) -> None:
    """'A diplomat, [who spoke to the BBC], said ...': a source that is only a relative clause
    is the one it describes (the phrase before it)."""
    for k, (lo, hi) in enumerate(d.sources):
        root = sdoc[lo:hi].root
        if root.dep_ == "relcl" and root.head.i < lo:
            noun = trim_punct(sdoc, (root.head.left_edge.i, root.left_edge.i))
            if noun[1] > noun[0]:
                d.sources[k] = noun


def through_inner_speaker(sdoc, drafts: list[Draft]) -> None:
    """'The senator told the paper that [a colleague, who was there, told her] the plan was
    "dead"': the tagger can give the outer cue only the innermost words, or words that start
    inside the inner speaker's relative clause ('[a mediator, who attended both rounds,]
    assured him ...'), when a speech verb with a subject of its own stands between. What the
    outer cue reports is that verb's whole clause, so its content starts where the clause
    does; `nested_speech` then makes the inner quote, reported through the outer one."""
    speech = {k for k, v in cue_lexicon()["VERB"].items() if v in ("speech", "announce")}
    for d in drafts:
        if len(d.contents) != 1:
            continue
        first, last = d.contents[0]
        for verb in sdoc[d.cue[1]:last]:
            if (verb.pos_ != "VERB" or verb.lemma_.lower() not in speech
                    or not d.cue[0] <= verb.head.i < d.cue[1] or verb.dep_ not in NESTED_DEPS):
                continue
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            start = verb.left_edge.i
            if (subj and subj[0].left_edge.i >= d.cue[1] and start < first
                    and verb.right_edge.i + 1 >= first):
                d.contents[0] = (start, last)
                break
