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
from .lexicon import load
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
