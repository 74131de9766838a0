"""People's names the entity tagger cut short (`whole_names`).

spaCy's small model often tags only two words of a three-word name: "[Maria Corina] Machado",
"Tarek [William Saab]". The parse still holds the name together: its words are capitalised
proper nouns joined as compounds onto the last one. A person mention grows over such a word
next to it, so the name is whole ("Maria Corina Machado") and the title before it reads as
its title ("Venezuela's Attorney General Tarek William Saab": Venezuela's government), not
as words before a name that does not start where the title ends.

A word that is a title or role ("Attorney General", "President", "Sheikh"), a word of the
actor tables (a country, a body: "Kremlin spokesman"), a word of another entity, or a name
the tables know as an office holder's is left alone.
"""
from __future__ import annotations

from ...model import Document
from .lexicon import load, tokens
from .phrase import _candidates

# Honorifics and abbreviated ranks the actor tables do not list as role words.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sir", "dame", "lord", "lady",
              "col", "capt", "sgt", "maj", "brig", "adm", "cpl", "pvt", "cardinal", "father",
              "chairman", "chairwoman", "hon", "st"}


def _name_word(lex, tok) -> bool:
    """A capitalised proper noun that is no title, role, table entry or other entity."""
    word = tok.text
    return (tok.pos_ == "PROPN" and word[:1].isupper() and word.isalpha() and not tok.ent_type_
            and word.lower() not in lex.vocab and word.lower() not in HONORIFICS
            and not _candidates(lex, [word]))


def whole_names(doc: Document) -> None:
    """Grow each PERSON entity over the name words the tagger left out (module note)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    for ent in doc.entities:
        if ent.label != "PERSON" or ent.name in lex.terms:
            continue
        span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        first, last = span.start, span.end  # token range of the name
        inside = set(range(first, last))
        # (a capital that opens the sentence says nothing: "Accompanying Trump were ...")
        while first > 0 and _name_word(lex, sdoc[first - 1]) and \
                not sdoc[first - 1].is_sent_start and \
                sdoc[first - 1].dep_ == "compound" and sdoc[first - 1].head.i in inside:
            first -= 1
            inside.add(first)
        while last < len(sdoc) and _name_word(lex, sdoc[last]) and \
                sdoc[last - 1].dep_ == "compound" and sdoc[last - 1].head.i == last:
            inside.add(last)
            last += 1
        if (first, last) == (span.start, span.end):
            continue
        start, end = sdoc[first].idx, sdoc[last - 1].idx + len(sdoc[last - 1].text)
        if any(o is not ent and o.start < end and start < o.end for o in doc.entities):
            continue
        ent.start, ent.end = start, end
        ent.name = doc.text[start:end]


# Lower-case name particles of European, Portuguese and Arabic surnames ("Ursula von der
# Leyen", "Hans van den Broek", "Jose Eduardo dos Santos", "Mohammed bin Salman"). The
# tagger often stops a name at one of them and tags the rest as a place or a second person.
PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "das", "dos", "du",
             "di", "la", "le", "zu", "ter", "ten", "bin", "ibn", "al", "el"}


def _particle(tok) -> bool:
    return tok.text in PARTICLES


def _surname_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def particle_names(doc: Document) -> None:
    """Join a PERSON name cut at a particle to its surname: "[Ursula von] der [Leyen]" is one
    person, not a person and a place. The name grows over lower-case particles and the
    capitalised words after them; an entity inside the grown part was a piece of the name
    and is dropped. Only a name that ends at or before a particle grows, and only when a
    capitalised word follows the particles (so "de facto" or a sentence's "de" stays out)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    dropped: set[int] = set()
    for ent in doc.entities:
        if ent.label != "PERSON" or id(ent) in dropped:
            continue
        span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        last = span.end
        while last > span.start and _particle(sdoc[last - 1]):
            last -= 1  # "Ursula von der": the particles are re-read below with the surname
        k = last
        while k < len(sdoc) and _particle(sdoc[k]) and k - last < 3:
            k += 1
        if k == last or k >= len(sdoc) or not _surname_word(sdoc[k]) \
                or sdoc[k].sent.start != sdoc[last - 1].sent.start:
            continue
        while k < len(sdoc) and _surname_word(sdoc[k]) and not sdoc[k].is_sent_start:
            k += 1
        start, end = ent.start, sdoc[k - 1].idx + len(sdoc[k - 1].text)
        inner = [o for o in doc.entities if o is not ent and o.start < end and start < o.end]
        if any(o.start < start or o.end > end for o in inner):
            continue  # another entity runs past the name: not a piece of it
        dropped.update(id(o) for o in inner)
        ent.end = end
        ent.name = doc.text[start:end]
    if dropped:
        doc.entities = [e for e in doc.entities if id(e) not in dropped]


_LINKS = {"of", "for", "and", "on", "the", "de", "&"}


def body_name(text: str, name: str | None) -> str | None:
    """The name of a body named after its country ("the Sudan Doctors Network", "the Kenya
    Red Cross") is its own whole name, not the country's ("Sudan"); any other name as given
    ("the Chinese Defense Ministry" keeps "China").
    Only a proper name all of whose words are capitalised (bar linking words) counts:
    "Sudan's army" keeps the country."""
    words = [w for _, _, w in tokens(text)]
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    lex = load()
    if not name or name not in lex.countries.values() or len(words) < 2 or \
            "'s" in words or "'" in words or \
            tuple(w.lower() for w in words) in lex.lower:  # "Republic of Korea": the country
        return name
    # only a name that opens with the country's own name: "Chinese Defense Ministry" is
    # China's ministry, whose canonical name stays the country's as before
    # (an alias in capitals, "US" / "UK", is a case-exact key: "U.S. Africa Command")
    opens = any(e.kind == "country" and e.role == "name"
                for k in range(1, len(words))
                for e in (*lex.lower.get(tuple(w.lower() for w in words[:k]), ()),
                          *lex.exact.get(tuple(words[:k]), ())))
    if opens and all(w[:1].isupper() or w.lower() in _LINKS for w in words):
        return _strip_the(text)
    return name


def _strip_the(text: str) -> str:
    text = text.strip()
    return text[4:] if text[:4].lower() == "the " else text
