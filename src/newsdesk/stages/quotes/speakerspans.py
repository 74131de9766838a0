"""Source spans that are no speaker, mended from the parse (`repair_sources`).

The tagger sometimes marks as the source words that only modify the speaker, or only part of
a phrase naming it:
- a noun inside a relative clause on the speaker ("China, which was not targeted by [the new
  measures], warned"): the speaker is the noun the clause modifies (China); so also when
  the span takes the whole clause in ("[China, which was not targeted,] warned");
- a document cut at its participle ("according to [a communique read] by the bloc's
  president"): the whole phrase, so its reader is named;
- an accusation's charge taken as part of its accuser ("accused by [UN investigators of
  bombing villages]"): the accuser alone, and the charge is what is said.

`participle_speaker` reads who speaks in a trailing ", saying ..." that the parse hangs from the
wrong verb: the agent of a passive ("rejected by the union, saying"), or the subject of the
relative clause the participle follows when that clause is itself a verbal act ("a move that
the premier praised, saying"; "the union, which called it a sham, saying"): the parse attaches the
participle to the main clause, whose subject did not say it.

Also here, the small readings of the words around a name that sources.py uses to resolve a
span: the word right before it (`described_before`), a name followed by "on/at/in" (an outlet
or a place, `after_preposition`), and a name opening its sentence (`opens_clause`).
"""
from __future__ import annotations

import re

from .features import cue_lexicon
from .people import role_gender
from .syntax import RELATIVE, Draft

CLAUSES = ("relcl", "acl")
# Verbs whose charge follows the agent as "of ..." / "for ...": "accused by X of bombing".
# Cue categories of a verb whose act a trailing ", saying" goes on with ("praised, saying").
VERBAL_ACTS = ("speech", "announce", "manner", "stance")
# Verbs of judging out loud that the cue lexicon leaves out (they are no cue of their own:
# "disparaged the decision" says nothing), which a ", saying ..." goes on with all the same.
JUDGING = {"disparage", "deride", "ridicule", "belittle", "lambast", "lambaste", "castigate",
           "rebuke", "scold", "chide", "berate", "assail", "fault", "commend", "laud", "salute"}
CHARGES = {"accuse": "of", "suspect": "of", "blame": "for", "criticise": "for",
           "criticize": "for", "condemn": "for", "charge": "with"}


def _clause_over(sdoc, lo: int, hi: int):
    """The relative clause (or participle clause) around [lo, hi), when the span lies in
    it and is none of its own head noun, else None."""
    tok = sdoc[lo:hi].root
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSES and not lo <= tok.i < hi and tok.head.i < lo:
            return tok
        tok = tok.head
    return None


def _clause_inside(sdoc, lo: int, hi: int):
    """A relative clause set off by a comma that the span takes in whole after the noun it
    modifies ("[India, which was hit hardest by the tariffs,] warned": the retrained tagger
    reads the whole phrase as the source, as PolNeAR marks it), else None. The speaker is the
    noun; the clause only describes it."""
    root = sdoc[lo:hi].root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in root.rights:
        if c.dep_ == "relcl" and lo < c.left_edge.i and c.right_edge.i < hi and \
                sdoc[c.left_edge.i - 1].text == "," and \
                (c.left_edge.tag_ in ("WDT", "WP", "WP$") or c.left_edge.lower_ in RELATIVE):
            return c
    return None


def _noun_before(sdoc, clause) -> tuple[int, int]:
    """The noun phrase a clause modifies, without the clause (and a comma before it)."""
    noun = clause.head
    hi = noun.i + 1
    for c in noun.rights:
        if c.i < clause.left_edge.i and c.dep_ in ("prep", "compound", "flat", "appos"):
            hi = max(hi, c.right_edge.i + 1)
    while hi > noun.i + 1 and sdoc[hi - 1].is_punct:
        hi -= 1
    return noun.left_edge.i, hi


def repair_sources(sdoc, d: Draft) -> None:
    """Mend the draft's source spans (see the module note)."""
    cue = set(range(*d.cue))
    for k, (lo, hi) in enumerate(d.sources):
        if hi <= lo or cue & set(range(lo, hi)):
            continue
        clause = _clause_over(sdoc, lo, hi)
        if clause is not None and not cue & {t.i for t in clause.subtree} and \
                clause.head.pos_ in ("NOUN", "PROPN"):
            # out of every clause it sits in: "[Mohamud], who survived an attack that was
            # claimed by al-Shabaab, has vowed": al-Shabaab is in the attack's clause, the
            # attack in Mohamud's
            while clause is not None and not cue & {t.i for t in clause.subtree} and \
                    clause.head.pos_ in ("NOUN", "PROPN"):
                lo, hi = _noun_before(sdoc, clause)
                clause = _clause_over(sdoc, lo, hi)
            d.sources[k] = (lo, hi)
            continue
        clause = _clause_inside(sdoc, lo, hi)
        if clause is not None and not cue & {t.i for t in clause.subtree}:
            d.sources[k] = _noun_before(sdoc, clause)
            continue
        last = sdoc[hi - 1]
        agent = [c for c in last.rights if c.dep_ == "agent" and c.i >= hi]
        if agent and last.pos_ in ("NOUN", "VERB") and last.tag_ != "NNS":
            d.sources[k] = (lo, agent[-1].right_edge.i + 1)  # "a communique read by ..."
            continue
        _charge_apart(sdoc, d, k)
        lo, hi = d.sources[k]
        # "said [Maria Lopez, a lawmaker from the ruling party, who] voted against the bill",
        # "[..., who chairs the finance] committee": a relative clause the span runs into,
        # not whole, is no part of the speaker's name; the span ends before its comma
        pronoun = next((t for t in sdoc[lo + 2:hi] if t.tag_ in ("WP", "WDT") and
                        sdoc[t.i - 1].text == "," and t.head.i not in cue and
                        t.head.right_edge.i >= hi), None)  # ("Mr. Obama, who told": his)
        if pronoun is not None:
            d.sources[k] = (lo, pronoun.i - 1)
    d.sources = list(dict.fromkeys(d.sources))  # two spans mended to one speaker: one


def _charge_apart(sdoc, d: Draft, k: int) -> None:
    """'accused by [UN investigators] of [bombing villages]': the charge is the content."""
    lo, hi = d.sources[k]
    verbs = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.lemma_.lower() in CHARGES]
    if not verbs:
        return
    root = sdoc[lo:hi].root
    if root.head.dep_ != "agent" or root.head.head.i != verbs[0].i:
        return
    wanted = CHARGES[verbs[0].lemma_.lower()]
    preps = [c for c in root.rights if c.dep_ == "prep" and c.lower_ == wanted and c.i < hi]
    if not preps:
        return
    charge = (preps[0].i + 1, preps[0].right_edge.i + 1)
    if charge[1] <= charge[0]:
        return
    d.sources[k] = (lo, preps[0].i)
    d.contents = [charge]


def participle_speaker(sdoc, d: Draft) -> None:
    """Set the source of a ", saying ..." cue the parse hung from the wrong verb (see the
    module note); any other draft is left alone."""
    cue = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj")]
    if not cue or cue[0].head.i >= cue[0].i:
        return
    verb = cue[0]
    span = _restrictive_host(sdoc, verb) or _acting_clause_subject(sdoc, verb) or \
        _passive_agent(verb.head) or _reporter(sdoc, verb)
    if span is not None and not any(span[0] < c[1] and c[0] < span[1] for c in d.contents):
        d.sources = [span]


def _acting_clause_subject(sdoc, verb) -> tuple[int, int] | None:
    """'..., a move that [the premier] praised on Tuesday, saying': the named subject of a
    relative clause of a verbal act that ends right before the participle's comma."""
    k = verb.i - 1
    while k > verb.head.i and sdoc[k].is_punct:
        k -= 1
    tok = sdoc[k]
    while tok.i != verb.head.i and tok.head.i != tok.i and tok.dep_ != "relcl":
        tok = tok.head
    lemma = tok.lemma_.lower()
    if tok.dep_ != "relcl" or tok.i > verb.i or tok.right_edge.i != k or \
            (cue_lexicon()["VERB"].get(lemma) not in VERBAL_ACTS and lemma not in JUDGING):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    if subj[0].lower_ in RELATIVE:  # "the opposition, which called it a sham, saying"
        if subj[0].i == 0 or sdoc[subj[0].i - 1].text != ",":
            # "officials rejected a report that faulted the plan, telling a panel": a
            # restrictive clause only says which report; the main clause's subject speaks
            return _main_subject(tok.head)
        return tok.head.left_edge.i, tok.head.i + 1
    return subj[0].left_edge.i, subj[0].right_edge.i + 1


def _restrictive_host(sdoc, verb) -> tuple[int, int] | None:
    """'The minister rejected a review that blamed the treasury, telling reporters': the
    parse hung the participle on the restrictive clause "that blamed", whose "that" is the
    review; the main clause's subject speaks."""
    host = verb.head
    subj = [c for c in host.children if c.dep_ == "nsubj"]
    if host.dep_ != "relcl" or not subj or subj[0].lower_ not in ("that", "which") or \
            subj[0].i == 0 or sdoc[subj[0].i - 1].text == ",":
        return None
    return _main_subject(host.head)


def _reporter(sdoc, verb) -> tuple[int, int] | None:
    """'[The premier] announced that Georgia would not seek talks, accusing Brussels of
    blackmail': the parse hangs the participle on the verb of what was announced; a speech
    act set off by a comma after a reported clause goes on with the one who reported it."""
    if verb.i == 0 or sdoc[verb.i - 1].text != "," or \
            cue_lexicon()["VERB"].get(verb.lemma_.lower()) not in VERBAL_ACTS:
        return None
    tok = verb.head
    while tok.dep_ not in ("ccomp", "ROOT") and tok.head.i != tok.i:
        tok = tok.head
    reporter = tok.head
    if tok.dep_ != "ccomp" or cue_lexicon()["VERB"].get(reporter.lemma_.lower()) not in \
            VERBAL_ACTS:
        return None
    subj = [c for c in reporter.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in RELATIVE:
        return None
    return subj[0].left_edge.i, subj[0].right_edge.i + 1


def _main_subject(noun) -> tuple[int, int] | None:
    """The subject of the clause a noun stands in ("[officials] rejected a report"), if any."""
    verb = noun.head
    while verb.dep_ not in ("ROOT",) and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i]
    if not subj or subj[0].lower_ in RELATIVE:
        return None
    return subj[0].left_edge.i, subj[0].right_edge.i + 1


def _passive_agent(host) -> tuple[int, int] | None:
    """'The plan was rejected by [the union], saying': a passive's agent, who acts and
    speaks, when the verb has no active subject."""
    if any(c.dep_ == "nsubj" for c in host.children):
        return None
    for agent in (c for c in host.children if c.dep_ == "agent"):
        objs = [g for g in agent.children if g.dep_ == "pobj"]
        if objs:
            return objs[0].left_edge.i, objs[0].right_edge.i + 1
    return None


def participle_after_quotation(sdoc, d: Draft, quote_state: list[int]) -> None:
    """'X told reporters, "We will see," adding, "..."': the parse hangs the participle on a
    verb inside the quotation before it, and its subject ("We") was read as who adds; the
    participle, outside the quotation marks, goes on with the verb outside them that frames
    the quotation (its subject speaks). Any other draft is left alone."""
    cue = [t for t in sdoc[d.cue[0]:d.cue[1]] if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj")]
    if not cue or quote_state[cue[0].i] or not quote_state[cue[0].head.i]:
        return
    host = cue[0].head
    while quote_state[host.i] and host.head.i != host.i:
        host = host.head
    subj = [c for c in host.children if c.dep_ == "nsubj" and not quote_state[c.i]]
    if quote_state[host.i] or not subj:
        return
    span = (subj[0].left_edge.i, subj[0].right_edge.i + 1)
    if not any(span[0] < c[1] and c[0] < span[1] for c in d.contents):
        d.sources = [span]


def remember_described(speakers, start: int, end: int, entity) -> None:
    """Note a speaker whose source names a person without the person's name ("the minister",
    "the defence secretary" resolved to a person named before), at the source's offset, for
    `described_in`. `speakers` is a sources.Speakers."""
    if entity is not None and entity.label == "PERSON" and \
            not (entity.start < end and start < entity.end):
        speakers.described.append((start, entity))


def described_in(speakers, sent, before: int, gender: str | None):
    """The last person a description speaks for in `sent` before `before` ("The minister added
    that ... . He said:" – the minister is whom "he" stands for, not a person named in an
    earlier sentence), fitting `gender`; None when there is none."""
    found = [e for at, e in speakers.described
             if sent.start <= at < min(sent.end, before) and speakers._fits(e, gender)]
    return found[-1] if found else None


def gendered_subject(doc, sent, before: int, gender: str | None) -> str | None:
    """The words of the main subject of `sent` (a sentence before `before`) when it is an
    unnamed person whose role noun has the pronoun's gender ("A spokeswoman for the UN
    welcomed the decision": "she" next is her), None otherwise (no gender asked, a named
    person, a role of no gender: "a spokesperson")."""
    sdoc = doc.spacy
    if gender is None or sdoc is None or sent.end > before:
        return None
    span = sdoc.char_span(sent.start, sent.end, alignment_mode="contract")
    root = span.root if span is not None else None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None \
        else None
    if subj is None or subj.pos_ != "NOUN" or role_gender(subj.lemma_) != gender or any(
            e.start <= subj.idx < e.end and e.label == "PERSON" for e in doc.entities):
        return None
    return doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]


ON_OUTLET = {"on", "at", "in", "to", "during"}


def described_before(text: str, at: int) -> str:
    """The word right before a name in its own phrase ("state news [agency] NNA", "the rebel
    [group] M23"), lower-cased; "" across a comma or a stop."""
    before = re.split(r"[,.;:()\n]", text[max(0, at - 40):at])[-1].lower().split()
    return before[-1] if before else ""


def after_preposition(between: str, leading: str) -> bool:
    """Is the text between a source's leading name and an entity "<name> on|at|in ..."?"""
    rest = between.split(leading, 1)[-1].split()
    return bool(rest) and rest[0].lower() in ON_OUTLET


def opens_clause(span) -> bool:
    """Does the name open its sentence (after at most a conjunction) before the sentence's
    main verb?"""
    sent = span.sent
    lead = [t for t in span.doc[sent.start:span.start] if not t.is_punct]
    return len(lead) <= 1 and all(t.dep_ == "cc" for t in lead) and span.end <= sent.root.i
