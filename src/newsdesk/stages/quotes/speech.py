"""Which attribution drafts are speech acts: statements made by speaking or writing.

A quote is a statement someone made ("said", "told", "according to", "wrote", "announced", a
statement, a colon introduction, a signature). Beliefs and perceptions ("believes", "fears",
"history shows", "looking down at") and actions ("arrested", "protested against", "attacked
the problem") are not, and no quote is made of them (the tagger, trained on PolNeAR, marks
many of them as attributions). A draft is a speech act when
- it was made by a rule that only reads speech forms (`Draft.form`: a colon introduction, a
  block quote, a dash signature), or
- its cue holds a speech word of the lexicon (lexicons/cues.txt) and its content fits that
  word's category: `speech` needs a finite clause or words in quotation marks ("said the talks
  failed"; not "confirmed the account"), `announce` takes any content ("announced a ban"),
  `manner` needs quotation marks ("sighed", "joked": '"...," she sighed' but not "joked about
  the attack");
and its cue is not negated ("did not say", "declined to comment") nor a passive whose subject
is the hearer ("was asked whether", "were told to leave"), and the speech verb's subject is no
measure, record or evidence ("the figures say", "the data show", "according to the data":
`MUTE_SUBJECTS`; such a subject's clause is a `belief`, evidence someone reads, like "the
survey shows"), unless "according to" names who issued it ("according to figures from the
ministry": the ministry's statement, `according_issuers`).

A draft that is no speech act may still be an attribution (`attribution_act`), kept apart
from the quotes (`Document.beliefs`): PolNeAR annotates them, and a reader may want them, but
nobody made a statement:
- a `belief` when its cue holds a belief, intention or perception word of the lexicon
  ("believes that", "fear the river will flood", "wants to run", "the survey shows");
- a `stance` when its cue holds a stance word ("endorsed Trump", "thanked the volunteers") or
  a speech word whose content is what the speech was about, not what was said ("criticized the
  pact", "cited the audit"), and the cue is not withheld ("did not say when").
Anything else (an action tagged as a cue: "arrested", "attacked") is no attribution at all.
"""
from __future__ import annotations

from ..actors import code_phrase
from .appeals import names_an_act
from .deeds import deploys_people, pledged_goods
from .features import BELIEF_CATEGORIES, SPEECH_CATEGORIES
from .syntax import DIRECTIVES, HEARER_VERBS, NAMING, Draft

FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
# Verbs of asking and telling: in the passive, the subject is the one spoken to.
HEARER_PASSIVE = {"ask", "tell", "inform", "brief", "notify", "advise", "question", "warn",
                  "urge", "order", "instruct", "remind", "assure"}
# "declined to say", "refused to comment", "failed to mention": no statement was made.
WITHHOLD = {"decline", "refuse", "fail", "avoid", "hesitate", "stop"}
# A speech verb under one of these has not been spoken ("may answer", "will announce").
HYPOTHETICAL = {"may", "might", "could", "would", "should", "can", "will", "must", "shall",
                "'ll", "wo", "ca"}
NOBODY = {"no", "nobody", "none", "neither", "noone", "nothing"}

# Rule-made drafts that are speech by their form.
SPEECH_FORMS = ("colon", "block", "signature", "final", "interview")
# Forms that name their speaker by the layout, not by a verb's subject.
LAYOUT_FORMS = ("colon", "block", "signature", "interview")
# Things that make no statements when a speech verb has them as its subject: measures,
# records and evidence ("the data show that", "the figures say", "storage levels tell us
# nothing", "history tells us"). What such a subject "says" is evidence read by someone, a
# belief like "the survey shows" (lexicons/cues.txt); people, organisations, outlets and
# documents written by someone ("the report said", "a statement said") do speak.
MUTE_SUBJECTS = {
    "data", "datum", "figure", "number", "statistic", "stat", "level", "rate", "price", "cost",
    "total", "tally", "count", "percentage", "ratio", "index", "indicator", "reading",
    "measurement", "trend", "estimate", "projection", "calculation", "metric", "curve",
    "record", "image", "picture", "photo", "photograph", "footage", "video", "map", "chart",
    "graph", "table", "scan", "sample", "test", "result", "evidence", "fact", "sign", "history",
    "experience", "science", "math", "mathematics", "arithmetic", "logic", "reality", "past",
    "precedent", "pattern", "forecast",
}
CATEGORY_RANK = {"speech": 3, "announce": 3, "manner": 2}
# Words by which a speaker says that what follows is not so.
DENIALS = {"deny", "denial", "refute", "rebut", "dismiss", "reject", "debunk", "disavow",
           "dispute", "contest", "repudiate"}


def cue_category(sdoc, d: Draft, ctx: dict) -> tuple[str | None, object]:
    """(category, token) of the draft's strongest speech word: a speech category of a cue
    token, 'speech' for a speech phrase ('according to', 'in a statement'), else
    (None, None)."""
    fine = ctx["fine"]
    best, best_tok = None, None
    for i in range(*d.cue):
        cat = fine[i]
        if cat in SPEECH_CATEGORIES and (best is None or
                                         CATEGORY_RANK[cat] > CATEGORY_RANK[best]):
            best, best_tok = cat, sdoc[i]
    if best is None:
        for i in range(*d.cue):
            if i in ctx["phrases"] or sdoc[i].lower_ == "according":
                return "speech", sdoc[i]
    return best, best_tok


def is_finite(tok) -> bool:
    """A verb heading a clause: with tense ('failed', 'will fail', 'had been told') or with a
    subject ('that the rule be put on hold', "it's dropping"); not 'to fail', 'failing'."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS or
               c.dep_ in CLAUSE_SUBJECTS for c in tok.children)


def has_clause(sdoc, d: Draft) -> bool:
    """Is a content part headed by a finite verb (a clause, not a noun phrase)? A verb
    conjoined to the cue is the speaker's next act, no clause reported ("condemned the attack
    [and ordered an inquiry]": a stance on the attack, as "condemned the bombing" is)."""
    for first, last in d.contents:
        span = sdoc[first:last]
        roots = [t for t in span if (t.head.i < first or t.head.i >= last or t.head.i == t.i)
                 and not (t.dep_ == "conj" and d.cue[0] <= t.head.i < d.cue[1])]
        if any(is_finite(r) or any(is_finite(c) for c in r.children
                                   if c.dep_ in ("ccomp", "conj") and first <= c.i < last)
               or _that_clause(r) for r in roots):
            return True
    return False


def _that_clause(noun) -> bool:
    """'the idea that she needed care', 'claims that the vote was rigged': a noun and the
    that-clause that says what it holds."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "relcl", "ccomp") and is_finite(c) and
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in noun.children)


def _names_or_demands(tok) -> bool:
    """'called climate change a hoax', 'described him as reckless' (naming something is saying
    it is so) and 'called for a repeal' (a demand)."""
    lemma = tok.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True
    if lemma not in NAMING:
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "oprd", "attr")]
    second = any(c.dep_ in ("dobj", "oprd", "attr", "acomp") for o in objects for c in o.children)
    small_clause = any(c.dep_ == "ccomp" for c in tok.children)  # "called [X a hoax]"
    return len(objects) >= 2 or second or small_clause or \
        any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def quoted_words(sdoc, d: Draft, quote_state: list[int]) -> int:
    """How many words of the content stand inside quotation marks."""
    return sum(1 for first, last in d.contents for t in sdoc[first:last]
               if quote_state[t.i] == 1 and any(ch.isalnum() for ch in t.text))


def withheld(tok, d: Draft | None = None) -> bool:
    """'did not say', 'never said', 'declined to comment', 'was asked' (the hearer), 'no group
    has claimed', 'she may answer that', 'if he says yes': no statement was made. With the
    draft `d`, words of its content are no part of the cue's own frame: the parse sometimes
    hangs the quotation's "will" or "not" on the speech verb after it ('"... it will at some
    point," said X')."""
    children = [c for c in tok.children
                if d is None or not any(lo <= c.i < hi for lo, hi in d.contents)]
    if any(c.dep_ == "neg" for c in children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ in NOBODY
                                                    for g in c.children) or
           c.dep_ == "nsubj" and c.lower_ in NOBODY for c in children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WITHHOLD:
        return True
    if d is not None and pledged_goods(tok, d.contents):  # "pledged $5 billion": a deed
        return True
    if _anonymity(tok):
        return True
    passive = any(c.dep_ == "auxpass" for c in children) or tok.tag_ == "VBN" and \
        any(c.dep_ == "nsubjpass" for c in children)
    return passive and tok.lemma_.lower() in HEARER_PASSIVE and \
        not any(c.dep_ == "agent" for c in children)


# "who asked not to be named": a request for anonymity, no statement of the speaker's.
ANONYMITY_ASKS = {"ask", "request", "demand", "insist"}
ANONYMITY_VERBS = {"name", "identify", "quote", "cite", "mention"}


def _anonymity(tok) -> bool:
    """'(an official,) who asked not to be named / identified': the request not to be named
    that wire copy gives for an unnamed source; it reports nothing."""
    if tok.lemma_.lower() not in ANONYMITY_ASKS:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and
               any(g.dep_ == "neg" for g in c.children) and
               any(g.dep_ == "auxpass" for g in c.children) for c in tok.children)


def _directive(tok, d: Draft) -> bool:
    """'urged travellers to stay away': a directive verb and its to-infinitive."""
    if tok.lemma_.lower() not in DIRECTIVES:
        return False
    return any(c.dep_ == "xcomp" and any(r[0] <= c.i < r[1] for r in d.contents)
               for c in tok.children)


def _headline_colon(sdoc, d: Draft) -> bool:
    """'Mayor Roy: "We will rebuild"' / 'Trump: Clinton is unfit': a name, a colon and what
    the name says (the tagger marks the colon as the cue, the name as the source)."""
    return _colon_after(sdoc, d) and any(
        hi == d.cue[0] and any(t.pos_ in ("PROPN", "PRON") for t in sdoc[lo:hi])
        for lo, hi in d.sources)


def _colon_after(sdoc, d: Draft) -> bool:
    """Is the cue a colon right after a source, with the content after it?"""
    if sdoc[d.cue[0]:d.cue[1]].text.strip() != ":" or not d.sources:
        return False
    return any(hi == d.cue[0] for lo, hi in d.sources) and \
        all(r[0] >= d.cue[1] for r in d.contents)


# Nouns that count what their "of" names ("a number of lawmakers said").
QUANTITIES = {"number", "total", "percentage", "count", "tally", "majority", "minority",
              "share", "handful", "dozen", "couple", "group", "lot", "half", "third"}


def mute_subject(sdoc, d: Draft) -> bool:
    """Is the subject of the draft's speech verb a thing that makes no statement
    (`MUTE_SUBJECTS`: "the data show", "census figures, which say ...", "according to the
    data")? A name or an entity is never one ("Numbers USA said"), nor are figures someone
    issued ("according to figures from the ministry": the ministry's, `according_issuers`)."""
    obj = according_object(sdoc, d)
    if obj is not None and _mute(obj) and issuer(obj) is None:
        return True
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        verb = tok.head if tok.dep_ == "conj" and not any(
            c.dep_ in CLAUSE_SUBJECTS for c in tok.children) else tok
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subj = verb.head  # "figures, which say ...": the figures
            if _mute(_counted(subj)):
                return True
    return False


def _mute(noun) -> bool:
    return noun.pos_ == "NOUN" and not noun.ent_type_ and (
        noun.lemma_.lower() in MUTE_SUBJECTS or noun.lower_ in MUTE_SUBJECTS)


def according_object(sdoc, d: Draft):
    """The object of the draft's "according to" ("according to [figures] from ..."), counted
    ("a total of ..."), or None."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lower_ == "according":
            objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"]
            return _counted(objects[0]) if objects else None
    return None


# How a measure or record names who issued it: "figures from the ministry", "data released
# by the bank", "the ministry's figures".
ISSUING = ("from", "by")


def issuer(noun):
    """The token heading who issued a measure or record (see `ISSUING`), or None."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ in ISSUING or \
                c.dep_ == "acl" and c.tag_ == "VBN":  # "released by", "compiled by"
            preps = [c] if c.dep_ == "prep" else \
                [g for g in c.children if g.dep_ in ("agent", "prep") and g.lower_ in ISSUING]
            for prep in preps:
                found = [g for g in prep.children if g.dep_ == "pobj" and not _mute(g)]
                if found:
                    return found[0]
    return None


# Documents that carry a statement: "according to a statement from the AU Commission" is the
# Commission's statement; the document is the medium, its issuer the speaker (a document no
# one is said to have issued, "according to a statement", still speaks).
ISSUED_DOCUMENTS = {"statement", "communique", "communiqué", "release", "readout",
                    "declaration", "announcement", "notice", "bulletin", "letter", "post"}


def _issued_document(noun) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ISSUED_DOCUMENTS


def according_issuers(sdoc, drafts: list[Draft]) -> None:
    """'according to figures from the ministry': the figures make no statement, the ministry
    that issued them does; it is the source (a measure no one is said to have issued is no
    speaker, see `mute_subject`). So is the issuer of a statement ("according to a statement
    from his office": his office, `ISSUED_DOCUMENTS`)."""
    for d in drafts:
        obj = according_object(sdoc, d)
        if obj is None or not (_mute(obj) or _issued_document(obj)):
            continue
        who = issuer(obj)
        if who is not None:
            d.sources = [(who.left_edge.i, who.right_edge.i + 1 if who.dep_ != "poss" else
                          who.i + 1)]


def _counted(noun):
    """'a number of lawmakers': what a quantity noun counts is the subject."""
    while noun.lemma_.lower() in QUANTITIES:
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [g for c in of for g in c.children if g.dep_ == "pobj"]
        if not objects:
            break
        noun = objects[0]
    return noun


def is_speech_act(sdoc, d: Draft, ctx: dict) -> bool:
    """Is the draft a statement made by speaking or writing (see the module note)?"""
    if d.form in LAYOUT_FORMS or d.kind == "block" or _headline_colon(sdoc, d):
        return True
    if mute_subject(sdoc, d):
        return False
    if d.form in SPEECH_FORMS:
        return True
    category, tok = cue_category(sdoc, d, ctx)
    if category is None:
        return False
    if tok.pos_ in ("VERB", "AUX") and (withheld(tok, d) or
                                        names_an_act(sdoc, d, tok, ctx, has_clause(sdoc, d))):
        return False
    if category == "announce" and not _only_a_party(sdoc, d) or _directive(tok, d) or \
            _names_or_demands(tok):
        return True
    if tok.lemma_.lower() in TELLING and _only_the_one_told(sdoc, tok, d):
        return False  # "notified [Ghani only “a few hours ago,”]": nothing said, even quoted
    quoted = quoted_words(sdoc, d, ctx["quote"]) > 0 or \
        any(ctx["single"][i] for first, last in d.contents for i in range(first, last))
    if category == "manner":
        return quoted
    if tok.pos_ == "NOUN" and not _introduces(sdoc, tok, d):
        return False
    return quoted or has_clause(sdoc, d)


# Dependents that belong to a name ("the [United] States", "[North] Korea's [army]").
NAME_PARTS = ("compound", "det", "amod", "poss", "flat", "nmod", "case", "punct")


# Verbs of telling someone: their object is the one told, no words said.
TELLING = HEARER_VERBS - {"ask"}


def _only_the_one_told(sdoc, verb, d: Draft) -> bool:
    """Is all a telling verb took for its content the one told (its object) and the verb's
    adjuncts (when, how: "notified [Ghani only “a few hours ago,”]")? Then what was told is
    not given, whatever its quotation marks hold."""
    own = {t.i for c in verb.children if c.dep_ in ("dobj", "dative", "advmod", "npadvmod",
                                                        "prep", "punct")
           for t in c.subtree}
    words = [t for first, last in d.contents for t in sdoc[first:last]
             if not (t.is_punct or t.is_space)]
    # (a clause is said, wherever the parse hangs it: "told CNN in a statement [that ...]")
    return bool(words) and any(c.dep_ in ("dobj", "dative") for c in verb.children) and \
        all(t.i in own and t.pos_ not in ("VERB", "AUX") for t in words)


def _only_a_party(sdoc, d: Draft) -> bool:
    """Is all an announce verb took for its content the party it was made to or against, with
    at most a time ("threatened [Israel in April]", "promised [voters]")? Then nothing was
    announced: what the verb names is an act toward them, not a statement ("threatened
    [sanctions]" and "vowed [revenge]" name one)."""
    for first, last in d.contents:
        root = sdoc[first:last].root
        if root.ent_type_ in ("DATE", "TIME", "MONEY") or root.pos_ not in ("PROPN", "PRON") \
                and not (root.pos_ == "NOUN" and code_phrase(
                    sdoc[root.left_edge.i:root.i + 1].text)):  # "the protesters": a party
            return False
        for t in sdoc[first:last]:
            if t.ent_type_ in ("DATE", "TIME") or t.is_punct or _in_name(t, root) or \
                    t.dep_ == "advmod" and t.head.i != root.i:  # "again"
                continue
            if t.dep_ == "prep" and all(c.ent_type_ in ("DATE", "TIME") for c in t.children):
                continue  # "in [April]"
            return False
    return bool(d.contents)


def _in_name(tok, root) -> bool:
    while tok.i != root.i:
        if tok.dep_ not in NAME_PARTS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _introduces(sdoc, noun, d: Draft) -> bool:
    """Does a speech noun ("statement", "claims") introduce the content: the content hangs
    from it ("his claim that ...", "a statement saying ..."), or the noun stands in a speech
    phrase ("in a statement", "according to a report")?"""
    if noun.head.lower_ in ("in", "to") or noun.head.head.lower_ == "according":
        return True
    for first, last in d.contents:
        tok = sdoc[first:last].root
        for _ in range(3):
            if tok.head.i == noun.i:
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return False


def attribution_act(sdoc, d: Draft, ctx: dict) -> str | None:
    """'speech' for a statement (`is_speech_act`), 'belief' or 'stance' for the attributions
    that are none (see the module note), None for no attribution."""
    if answers_a_charge(sdoc, d):
        return None
    if is_speech_act(sdoc, d, ctx):
        return "speech"
    fine = ctx["fine"]
    categories = {fine[i] for i in range(*d.cue)}
    if _colon_after(sdoc, d):  # "Poll: Clinton and Trump in dead heat": what the source shows
        categories |= {fine[i] for lo, hi in d.sources for i in range(lo, hi)}
    if categories & set(BELIEF_CATEGORIES):
        return "belief"
    if mute_subject(sdoc, d):
        # "the figures say the economy grew": evidence for a claim, like "the survey shows";
        # "storage levels tell us nothing about prices" claims nothing
        return "belief" if has_clause(sdoc, d) else None
    spoken = cue_category(sdoc, d, ctx)[0] is not None  # "according to [a poll]"
    if any(deploys_people(t) for t in sdoc[d.cue[0]:d.cue[1]]):
        return None  # "recalled its ambassador": an act, no stance on the envoy
    if (spoken or "stance" in categories) and not any(
            t.pos_ in ("VERB", "AUX") and withheld(t, d) for t in sdoc[d.cue[0]:d.cue[1]]):
        return "stance"
    return None


CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim"}


def answers_a_charge(sdoc, d: Draft) -> bool:
    """ "The army accused the UAE of arming the RSF, a charge Abu Dhabi denies": the tail
    answers an accusation; the clause before it is the accuser's charge, not the denier's
    words (the tagger reads "a charge Abu Dhabi" as the source of "denies")."""
    if not d.sources or not any(t.lemma_.lower() in DENIALS for t in sdoc[d.cue[0]:d.cue[1]]):
        return False
    lo, hi = d.sources[0]
    words = [t.lemma_.lower() for t in sdoc[lo:min(hi, lo + 3)]]
    return bool(set(words) & CHARGE_NOUNS)


def denies(sdoc, d: Draft) -> bool:
    """Does the draft's cue deny its content ("denied that", "rejected claims that", "in a
    denial")? Not when the denial is itself negated ("did not deny that", "never disputed")."""
    for tok in sdoc[d.cue[0]:d.cue[1]]:
        if tok.lemma_.lower() in DENIALS and tok.pos_ in ("VERB", "NOUN"):
            return not any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in tok.children)
    return False


# Entity labels of a name that may follow a description in "according to the agency Xinhua".
NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP")


def according_names(sdoc, drafts: list[Draft]) -> None:
    """'According to the state news agency Xinhua, the ministry said ...': the name after a
    description is the source of "according to" (the tagger may stop at "agency"), not the
    start of its content, and no part of the next speaker ("the ministry")."""
    for d in drafts:
        if not any(t.lower_ == "according" for t in sdoc[d.cue[0]:d.cue[1]]):
            continue
        for k, (lo, hi) in enumerate(d.sources):
            end, j = sdoc[lo].sent.end, hi
            while j < end and (sdoc[j].pos_ == "PROPN" or sdoc[j].ent_type_ in NAME_LABELS):
                j += 1
            if j < end and not sdoc[j].is_punct:
                j = hi  # "according to the agency Xinhua reports": no apposition
            d.sources[k] = (lo, j)
            after = j
            while after < end and sdoc[after].is_punct:
                after += 1
            d.contents = [(max(a, after), b) if a < after <= b or a == hi else (a, b)
                          for a, b in d.contents]
            d.contents = [(a, b) for a, b in d.contents if b > a]
            for other in drafts:
                if other is not d:
                    other.sources = [(after, b) if a <= lo < b or a < j <= b else (a, b)
                                     for a, b in other.sources]
                    other.sources = [(a, b) for a, b in other.sources if b > a]


def according_objects(sdoc, drafts: list[Draft]) -> None:
    """'..., according to [the health ministry]': the object of "according to" is its source,
    never its content (the tagger sometimes reads it as content)."""
    for d in drafts:
        for rng in list(d.contents):
            root = sdoc[rng[0]:rng[1]].root
            prep = root.head
            if root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" \
                    and d.cue[0] <= prep.head.i < d.cue[1]:
                d.contents.remove(rng)
                d.sources.append(rng)
