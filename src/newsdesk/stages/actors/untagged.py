"""Names the entity tagger did not see: office holders (`untagged_holders`) and states
(`untagged_states`). An untagged name is no actor, so the sentence's event is lost or takes
its actor from elsewhere; the tables know these names, and a name of them the tagger missed
is added as an entity, then coded like any tagged one.

Office holders. Headlines and ledes name the best-known office holders by surname alone:
"Trump imposed tariffs on ...", "Petro ordered ...". spaCy's small model often leaves such a
name untagged, above all when it opens the sentence. A name of the office-holder table
(`lexicons/office_holders.tsv`) is added as a person (coded by the article's date) when its
words are capitalised proper nouns, it is no piece of a longer name ("Eric Trump", "Trump
Tower"), the holder was in office at the article's date (undated: is still in office: a
surname such as "Rice" or "May" long out of office is more often something else), and the
text names no person of that surname in full (another person, or the holder, whose later
surname the full name already stands for).

States. The tagger often leaves a state's name untagged where it opens a line: after a
dateline, which the parser reads as spaces ("PORT MORESBY — Papua New Guinea and Australia
signed ...", "COLOMBO, Sri Lanka (AP) — Sri Lanka's navy arrested ..."), or on a line of its
own; it also takes a piece of the name for the whole ("Papua [New Guinea]", coded as Guinea)
or a whole name for a person's. A name of the country table (`lexicons/countries.tsv`: its
names, not its demonyms or capitals, which are also people's names: "Jordan", "Victoria")
that no entity covers, or that such misread entities cover, is added as a place (GPE) in
their stead when its words are capitalised and it is no piece of a longer capitalised name
("USA TODAY", "America First") nor in the dateline.

Places. A capital's or another place's name of the country table the tagger took for a
person's ("protests broke out in Dakar": PERSON) is relabelled a place (`places_read_as_people`)
right after a preposition of where; elsewhere such a name may well be a person's ("Sydney").
So is a state's name tagged a person's when a state's organ follows its "'s" ("Mali's army"),
and any name that modifies a settlement noun after it ("in Lin Ta Lu village").
"""
from __future__ import annotations

from ...model import Document, Entity
from ..base import datelines
from .lexicon import load
from .names import _name_word
from .phrase import date_index, office_at

MAX_NAME = 3  # tokens of the longest office holder's alias tried
MAX_STATE = 4  # words of the longest state name tried ("Bosnia and Herzegovina")


def _scan(sdoc, longest: int, is_name, keep, opens=None) -> list:
    """The token spans that name something: at each capitalised token (whose lower-case form
    is in `opens`, when given) the longest span for which `is_name(span)` holds, added when
    `keep(span)` holds too (else nothing starts there: a shorter span is a piece of the one
    refused)."""
    found, i, size = [], 0, len(sdoc)
    while i < size:
        tok = sdoc[i]
        # a name opens with a capital (most tokens don't)
        if not tok.text[:1].isupper() or (opens is not None and tok.lower_ not in opens):
            i += 1
            continue
        for n in range(min(longest, size - i), 0, -1):
            span = sdoc[i:i + n]
            if not is_name(span):
                continue
            if keep(span):
                found.append(span)
                i += n - 1
            break
        i += 1
    return found


def _neighbours(span):
    sdoc = span.doc
    before = sdoc[span.start - 1] if span.start > 0 else None
    after = sdoc[span.end] if span.end < len(sdoc) else None
    return before, after


_OPENING: dict[tuple, frozenset] = {}


def _openings(lex, wanted) -> frozenset:
    """The lower-case first words of the table's phrases with an entry `wanted(entry)` holds
    for (computed once per table and test)."""
    key = (id(lex), wanted)
    if key not in _OPENING:
        _OPENING[key] = frozenset(
            words[0].lower() for table in (lex.lower, lex.exact) for words, entries in table.items()
            if any(wanted(e) for e in entries))
    return _OPENING[key]


# -- office holders ------------------------------------------------------------------------

def _in_office(name: str, when: int | None, lex) -> bool:
    if when is None:
        return any(t.end >= 10**9 for t in lex.terms.get(name, []))
    return office_at(name, when, lex)[1]


def _holder(lex, toks, when: int | None) -> str | None:
    """The canonical name of the office holder the tokens name, if any (module note)."""
    # (a surname opening a sentence is often tagged a common noun: "Trump/NN blamed ...")
    if not all(t.text[:1].isupper() and (t.pos_ == "PROPN" or t.is_sent_start and
                                         t.pos_ == "NOUN") for t in toks):
        return None
    people = [e for e in lex.lower.get(tuple(t.text.lower() for t in toks), [])
              if e.kind == "person" and e.proper]
    current = [e.canonical for e in people if _in_office(e.canonical, when, lex)]
    return current[0] if len(set(current)) == 1 else None


def _a_persons_name(entry) -> bool:
    return entry.kind == "person" and entry.proper


def _named_in_full(doc: Document, surname: str) -> bool:
    """The text names a person of that surname in full: another person ("Melania Trump"),
    whose surname is not the holder's, or the holder ("Mohamed Hamdan Dagalo ... Dagalo
    said"), whose surname the tagged full name already stands for (surname coreference)."""
    for ent in doc.entities:
        parts = ent.name.split()
        if ent.label == "PERSON" and len(parts) > 1 and parts[-1] == surname:
            return True
    return False


def untagged_holders(doc: Document) -> None:
    """Add a PERSON entity for each office holder's name the tagger missed (module note)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    when = date_index(doc.meta.published)
    taken = [(e.start, e.end) for e in doc.entities]

    def keep(span) -> bool:
        before, after = _neighbours(span)
        # (a title before it is no piece of it: "President Trump", "Mr. Petro")
        if (before is not None and _name_word(lex, before)
                and before.sent.start == span[0].sent.start) or \
                (after is not None and _name_word(lex, after)):
            return False  # a piece of a longer name ("Eric Trump", "Trump Tower")
        return not any(a < span.end_char and span.start_char < b for a, b in taken) and \
            not _named_in_full(doc, span[-1].text)

    added = [Entity(id=f"h{k}", start=s.start_char, end=s.end_char, label="PERSON",
                    name=doc.text[s.start_char:s.end_char])
             for k, s in enumerate(_scan(sdoc, MAX_NAME,
                                         lambda s: _holder(lex, s, when) is not None, keep,
                                         _openings(lex, _a_persons_name)))]
    if added:
        doc.entities = sorted(doc.entities + added, key=lambda e: e.start)


def untagged_surnames(doc: Document) -> None:
    """Add a PERSON entity for each later surname of a person named in full that the tagger
    missed: wires name a person once in full and then by surname ("Security Minister Adama
    Kabore said ... Kabore accused ..."), and spaCy's small model often leaves the surname
    untagged where it opens a sentence. Only a capitalised proper noun no table knows, no
    piece of a longer name and no other entity's; the actors stage then reads it as the
    person named in full (entities._corefer)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    taken = [(e.start, e.end) for e in doc.entities]
    first: dict[str, int] = {}  # surname -> where it is first named in full
    for ent in doc.entities:
        words = doc.text[ent.start:ent.end].split()
        if ent.label == "PERSON" and len(words) > 1 and len(words[-1]) > 2:
            first.setdefault(words[-1], ent.end)
    added = []
    for tok in sdoc:
        if tok.text not in first or tok.idx < first[tok.text] or tok.ent_type_ or \
                tok.pos_ != "PROPN" or tok.text.lower() in lex.vocab or \
                any(a < tok.idx + len(tok) and tok.idx < b for a, b in taken):
            continue
        before, after = _neighbours(sdoc[tok.i:tok.i + 1])
        if (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()) or \
                (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()):
            continue  # a piece of another name ("Kabore Street", "Ali Kabore")
        added.append(Entity(id=f"n{len(added)}", start=tok.idx, end=tok.idx + len(tok),
                            label="PERSON", name=tok.text))
    if added:
        doc.entities = sorted(doc.entities + added, key=lambda e: e.start)


# -- states -----------------------------------------------------------------------------------

def _a_states_name(entry) -> bool:
    return entry.kind == "country" and entry.role == "name"


def _state_name(lex, toks) -> bool:
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the") for t in toks) or \
            not toks[0].text[:1].isupper():
        return False
    entries = lex.lower.get(tuple(t.text.lower() for t in toks), []) + \
        lex.exact.get(tuple(t.text for t in toks), [])
    return any(_a_states_name(e) for e in entries)


def _capitalised_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _misread(ent: Entity, start: int, end: int, words: int) -> bool:
    """An entity the state's name at start:end replaces: a piece of it ("Papua [New Guinea]"
    tagged Guinea's), or, for a name of two words or more, the whole name under another
    label ("Papua New Guinea" tagged a person); a one-word name may be a person's
    ("Jordan", "Chad")."""
    if not (start <= ent.start and ent.end <= end):
        return False
    whole = (ent.start, ent.end) == (start, end)
    return not whole or (words > 1 and ent.label != "GPE")


# Prepositions of a relation between two parties: the tagger runs a body's name on through
# them into a state's ("the European Union on Belarus" ORG), which a name of a body ending in
# a state's name hardly ever does ("Council on Foreign Relations" ends in no state).
_RELATION_PREPS = {"on", "against", "over", "with"}


def _runs_into(ent: Entity, span) -> bool:
    """An entity of another label that ends with the state's name at `span` after one of
    _RELATION_PREPS: the body's name run on into the state's."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return ent.label != "GPE" and ent.start < span.start_char and ent.end == span.end_char \
        and before is not None and before.lower_ in _RELATION_PREPS \
        and before.idx > ent.start


def untagged_states(doc: Document) -> None:
    """Add a GPE entity for each state's name the tagger missed or misread, in place of the
    misread entities, and cut a body's name the tagger ran on into a state's at the
    preposition (module note)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    filed = datelines(doc)

    def keep(span) -> bool:
        before, after = _neighbours(span)
        if (before is not None and _capitalised_word(before) and not before.is_sent_start
                and before.sent.start == span[0].sent.start) or \
                (after is not None and _capitalised_word(after)):
            return False  # a piece of a longer name ("USA TODAY", "America First")
        start, end = span.start_char, span.end_char
        return not any(a < end and start < b for a, b in filed) and all(
            _misread(e, start, end, len(span)) or _runs_into(e, span) for e in doc.entities
            if e.start < end and start < e.end)

    spans = _scan(sdoc, MAX_STATE, lambda s: _state_name(lex, s), keep,
                  _openings(lex, _a_states_name))
    if not spans:
        return
    for s in spans:
        for e in doc.entities:
            if _runs_into(e, s):  # "the European Union | on Belarus": the body's part stays
                e.end = len(doc.text[:sdoc[s.start - 1].idx].rstrip())
                e.name = doc.text[e.start:e.end]
    replaced = {id(e) for s in spans for e in doc.entities
                if e.start < s.end_char and s.start_char < e.end}
    added = [Entity(id=f"s{k}", start=s.start_char, end=s.end_char, label="GPE",
                    name=doc.text[s.start_char:s.end_char]) for k, s in enumerate(spans)]
    doc.entities = sorted([e for e in doc.entities if id(e) not in replaced] + added,
                          key=lambda e: e.start)


# Prepositions of where: a capital's or a city's name after one is the place, not a person
# the tagger took it for ("protests broke out in Dakar": Dakar PERSON).
_PLACE_PREPS = {"in", "at", "from", "to", "near", "outside", "inside", "across", "into",
                "toward", "towards"}
# Words before "of" that make what follows a place: "most of Goma", "the outskirts of Kharkiv".
PART_OF_PLACE = {"most", "much", "part", "parts", "half", "outskirts", "centre", "center",
                 "heart", "edge", "east", "west", "north", "south", "city", "town", "control",
                 "swathes", "areas", "rest"}
# Prepositions after which a capital names a party, its government (narrower than
# side_clauses' party prepositions: after "to", "from", "on" a capital is mostly a place,
# "flew to Niamey").
_CAPITAL_PARTY_PREPS = {"with", "against", "between", "by"}
# Labels the small tagger gives a state's name it misreads ("Niger" as a WORK_OF_ART).
MISREAD_LABELS = {"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"}
COMPASS_WORDS = {"northern", "southern", "eastern", "western", "central", "northeastern",
                 "northwestern", "southeastern", "southwestern", "north", "south", "east",
                 "west"}


def _a_place(entry) -> bool:
    return entry.kind == "country" and entry.role in ("capital", "place")


# Sectors of a state's own organs: "Mali's army", "Jordan's king" are the state's.
_STATE_ORGANS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}
_ORGAN_REACH = 3  # words after the possessive "'s" that may name the organ ("military rulers")


def _owns_a_state_organ(span, lex) -> bool:
    """Is the span followed by a possessive "'s" and, within _ORGAN_REACH words, a noun of a
    state's organ ("Mali's military rulers", "Chad's foreign minister")?"""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in ("'s", "’s"):
        return False
    for tok in doc[span.end + 1:span.end + 1 + _ORGAN_REACH]:
        if tok.is_punct:
            return False
        if any(e.kind == "inst" and e.sector in _STATE_ORGANS
               for e in lex.lower.get((tok.lower_,), [])):
            return True
    return False


def places_read_as_people(doc: Document) -> None:
    """Relabel GPE a PERSON entity (or one of the other MISREAD_LABELS) that is a capital's or
    a place's name of the country table right after a preposition of where ("in northern
    Mali" too), or a state's name whose organ follows it ("Mali's army": the small model tags
    "Mali" a person) or that the text reads as a place elsewhere (module note). A person's name that
    happens to be a city's or a state's ("Sydney", "Jordan") is read as a person anywhere
    else ("Jordan's coach")."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    # the names the tagger reads as places somewhere in the text: one text, one reading
    places = {doc.text[e.start:e.end] for e in doc.entities if e.label in ("GPE", "LOC")}
    for ent in sorted(doc.entities, key=lambda e: doc.text[e.start:e.end] not in places):
        if ent.label not in MISREAD_LABELS:
            continue
        span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        words = tuple(t.text for t in span)
        entries = lex.exact.get(words, []) + lex.lower.get(tuple(w.lower() for w in words), [])
        before = span.start - 1
        if before > 0 and sdoc[before].lower_ in COMPASS_WORDS:
            before -= 1  # "in northern Mali"
        after_prep = before >= 0 and (sdoc[before].lower_ in _PLACE_PREPS or (
            sdoc[before].lower_ == "of" and before > 0 and
            sdoc[before - 1].lower_ in PART_OF_PLACE))  # "seized most of Goma"
        state = any(_a_states_name(e) for e in entries)
        # a capital after "with", "against" stands for its government ("end military
        # cooperation with Niamey", "talks with Kabul"), as state names do
        capital = any(e.kind == "country" and e.role == "capital" for e in entries) and \
            before >= 0 and sdoc[before].lower_ in _CAPITAL_PARTY_PREPS
        if (after_prep and any(_a_place(e) for e in entries)) or capital or \
                (state and (after_prep or _owns_a_state_organ(span, lex) or span.text in places)) \
                or _names_a_settlement(span):
            ent.label = "GPE"
            places.add(span.text)


# Nouns of a settlement or an area a name can modify ("Lin Ta Lu village", "Kutum town").
SETTLEMENT_NOUNS = {"village", "town", "city", "township", "district", "province", "region",
                    "county", "municipality", "camp", "neighbourhood", "neighborhood", "area",
                    "governorate", "prefecture", "state", "oblast", "valley", "island"}


def _names_a_settlement(span) -> bool:
    """Is the name the modifier of a settlement noun right after it ("in [Lin Ta Lu] village":
    the tagger reads an unfamiliar village's name as a person's)?"""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in SETTLEMENT_NOUNS and nxt.is_lower and \
        span.root.head.i == nxt.i and span.root.dep_ in ("compound", "nmod", "amod")
