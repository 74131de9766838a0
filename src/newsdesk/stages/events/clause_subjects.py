"""Whose is a "he" or "she" that is the subject of a clause told or done by a named person?

"Trump later described the call as very good and said he planned to meet Putin": the
subject of a complement of saying, thinking or telling ("said he", "told reporters she",
"believes he") and of a clause of time or reason on the main verb ("when he met", "after
she arrived") is, unless the text says otherwise, the person who says or acts in the clause
above it, not the last person named before (in long articles often another: the Russian
leader of the sentence before). `chain_subject` finds that person's noun; the caller codes
it. Used by phrase_actors._resolve before the cheap coreference of the actors stage.

So too a "he"/"she" that is the main subject of a sentence naming no person before it
("Ruto met Museveni in Kampala. He later accused Tanzania ..."): the person the sentence
before has as its main subject (through more such pronouns), not the last one it names (an
object: Museveni), when the pronoun's gender does not contradict that person's name.

A "him" or "her" that is the object of a clause is never that clause's own subject (English
says "himself" for that): "Swalwell said Trump could sue him" is Swalwell, not Trump, the last
person named before the pronoun. `object_person` finds the person named before it who is not
its clause's subject.
"""
from __future__ import annotations

from ..actors.lexicon import load
from ..quotes.people import name_gender

PERSONAL = {"he", "she"}
_SUBJECTS = ("nsubj", "nsubjpass")
# Clauses that share their subject with the clause above them by default.
_CHAINED = {"ccomp", "advcl", "xcomp"}
_ADVERBIAL_MARKS = {"when", "after", "before", "as", "while", "because", "since", "until",
                    "once", "if"}
# Subjects that cannot be a "he" or "she": states, bodies, peoples, places.
_NOT_A_PERSON = {"GPE", "ORG", "NORP", "LOC", "FAC"}
_PERSON_NOUNS = {"minister", "president", "premier", "spokesman", "spokeswoman",
                 "spokesperson", "official", "leader", "chancellor", "secretary", "diplomat",
                 "envoy", "king", "queen", "ambassador", "general", "commander", "prosecutor",
                 "senator", "governor", "mayor", "chief", "aide", "adviser", "advisor", "emir",
                 "prince", "sheikh", "lawmaker", "candidate", "judge", "lawyer", "director"}


def _table_person(subj) -> bool:
    """The subject's name is a person of the office-holder table (the tagger may call
    "Trump" an organisation)."""
    words = [t.text.lower() for t in subj.subtree if t.dep_ in ("compound", "flat") or t is subj]
    return any(e.kind == "person" for e in load().lower.get(tuple(words), []))


def _person_subject(verb):
    """The verb's own subject when it is a person's name or role noun (not a pronoun, a
    state or a body), else None."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    if any(c.dep_ == "conj" for c in subj.children) or subj.tag_ in ("NNS", "NNPS"):
        return None  # "Trump and Putin said they ...": no one person
    if _table_person(subj):
        return subj
    if subj.ent_type_ in _NOT_A_PERSON:
        return None
    if subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and not subj.ent_type_):
        return subj
    if subj.is_sent_start and subj.text[:1].isupper() and not subj.ent_type_ \
            and subj.lower_ not in load().vocab:
        return subj  # "Trump/NN later said he ...": a surname the tagger took for a noun
    return subj if subj.lemma_.lower() in _PERSON_NOUNS else None


def _with_subject(verb):
    """The verb itself, or for a conjoined verb with no subject of its own ("described ...
    and said"), the first verb of its conjunction, whose subject it shares."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and \
            not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    return verb


_GENDER = {"he": "m", "she": "f"}


def _fits(pronoun, subj) -> bool:
    """The subject's name (with its title) is of no other gender than the pronoun's."""
    name = " ".join(t.text for t in subj.subtree if t.dep_ in ("compound", "flat") or t is subj)
    gender = name_gender(name)
    return gender is None or gender == _GENDER[pronoun.lower_]


def chain_subject(token):
    """The noun of the person a "he"/"she" subject stands for by the clause it is in, or by
    the sentence before (see the module note), else None."""
    if token.lower_ not in PERSONAL or token.dep_ not in _SUBJECTS:
        return None
    subj = _clause_chain(token)
    if subj is None and _main_subject(token):
        subj = _previous_subject(token)
    return subj if subj is not None and _fits(token, subj) else None


def _main_subject(token) -> bool:
    """The pronoun is the subject of its sentence's main verb (or one conjoined with it) and
    no person is named before it in its sentence."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT":
        return False
    return not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in token.sent
                   if t.i < token.i)


def _previous_subject(token):
    """The person noun the sentence before has as its main subject; through a "he"/"she"
    there to the sentence before that (three at most); None when it is no person."""
    sent = token.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = token.doc[sent.start - 1].sent
        root = sent.root
        subj = _person_subject(root)
        if subj is not None:
            return subj
        own = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
        if own is None or own.lower_ != token.lower_:
            return None
    return None


def _clause_chain(token):
    """The person noun of the clause above the pronoun's own (see the module note)."""
    clause = token.head
    for _ in range(3):
        clause = _with_subject(clause) if clause.i != token.head.i else clause
        if clause.dep_ not in _CHAINED or clause.head.i == clause.i:
            return None
        if clause.dep_ == "advcl" and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _ADVERBIAL_MARKS
                                              for c in clause.children):
            return None
        above = _with_subject(clause.head)
        subj = _person_subject(above)
        if subj is not None and subj.i < token.i:
            return subj
        if any(c.dep_ in _SUBJECTS for c in above.children):
            return None  # a subject of another kind (a state, a pronoun): no person's chain
        clause = above
    return None


# Bodies an "it" may stand for: "The Russian Defence Ministry said ... It thanked the UAE".
_BODY_ENTS = {"ORG", "GPE", "NORP"}
_BODY_NOUNS = {"ministry", "government", "army", "military", "office", "council", "agency",
               "department", "commission", "court", "parliament", "group", "movement", "party",
               "administration", "embassy", "mission", "junta", "cabinet", "authority"}


def previous_body(token):
    """The body or state an "It" that opens its sentence as the main subject stands for: the
    singular main subject of the sentence before, when that is a body or a state ("The
    Russian Defence Ministry said ... It thanked the UAE for mediating"), not the last actor
    of a clause that sentence reports. None otherwise."""
    if token.lower_ != "it" or token.dep_ not in _SUBJECTS or not _main_subject(token) or \
            token.i != token.sent.start or token.sent.start == 0:
        return None
    before = token.doc[token.sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.pos_ == "PRON" or subj.tag_ in ("NNS", "NNPS") or \
            any(c.dep_ == "conj" for c in subj.children):
        return None
    named = subj.ent_type_ in _BODY_ENTS or any(
        t.ent_type_ in _BODY_ENTS for t in subj.subtree if t.dep_ in ("compound", "poss"))
    return subj if named or subj.lemma_.lower() in _BODY_NOUNS else None


OBJECT_PERSONAL = {"him", "her"}
_OBJECTS = ("dobj", "dative", "iobj", "pobj")


def object_person(doc, token):
    """The PERSON entity a "him"/"her" object stands for: the last person named before it in
    its sentence or the one before, not the subject of its own clause; None when there is
    none (or the pronoun is no object)."""
    if token.lower_ not in OBJECT_PERSONAL or token.dep_ not in _OBJECTS:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    taken = {(t.idx, t.idx + len(t)) for s in subjects for t in s.subtree}
    here = doc.sentence_at(token.idx)
    floor = here.i - 1 if here is not None else -1
    people = [e for e in doc.entities if e.label == "PERSON" and e.actor and e.start < token.idx]
    # the subject by any of its mentions ("Erdogan met Putin. Erdogan praised him": Putin)
    own = {e.name or doc.text[e.start:e.end] for e in people
           if any(a <= e.start < b for a, b in taken)}
    for ent in reversed(people):
        sent = doc.sentence_at(ent.start)
        if sent is not None and sent.i < floor:
            return None
        if (ent.name or doc.text[ent.start:ent.end]) not in own:
            return ent
    return None
