"""Office holders the entity tagger did not see (`untagged_holders`).

Headlines and ledes name the best-known office holders by surname alone: "Trump imposed
tariffs on ...", "Petro ordered ...". spaCy's small model often leaves such a name untagged,
above all when it opens the sentence, and an untagged name is no actor, so the sentence's
event is lost or takes its actor from elsewhere. The office-holder table
(`lexicons/office_holders.tsv`) knows these names; a name of it that the tagger missed is
added as a person, and then coded like any tagged one (by the article's date).

Only a name that reads as one is added: its words are capitalised proper nouns, it is no
piece of a longer name ("Eric Trump", "Trump Tower"), the holder was in office at the
article's date (undated: is still in office: a surname such as "Rice" or "May" long out of
office is more often something else), and the text names no person of that surname in full
(another person, or the holder, whose later surname the full name already stands for).
"""
from __future__ import annotations

from ...model import Document, Entity
from .lexicon import load
from .names import _name_word
from .phrase import date_index, office_at

MAX_NAME = 3  # tokens of the longest alias tried


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
    added: list[Entity] = []
    i = 0
    while i < len(sdoc):
        if not sdoc[i].text[:1].isupper():  # a name opens with a capital (most tokens don't)
            i += 1
            continue
        for n in range(MAX_NAME, 0, -1):
            toks = sdoc[i:i + n]
            if len(toks) < n:
                continue
            name = _holder(lex, toks, when)
            if name is None:
                continue
            start, end = toks.start_char, toks.end_char
            before = sdoc[i - 1] if i > 0 else None
            after = sdoc[i + n] if i + n < len(sdoc) else None
            # (a title before it is no piece of it: "President Trump", "Mr. Petro")
            if (before is not None and _name_word(lex, before)
                    and before.sent.start == toks[0].sent.start) or \
                    (after is not None and _name_word(lex, after)):
                break  # a piece of a longer name ("Eric Trump", "Trump Tower")
            if any(a < end and start < b for a, b in taken) or \
                    _named_in_full(doc, toks[-1].text):
                break
            added.append(Entity(id=f"h{len(added)}", start=start, end=end, label="PERSON",
                                name=doc.text[start:end]))
            taken.append((start, end))
            i += n - 1
            break
        i += 1
    if added:
        doc.entities = sorted(doc.entities + added, key=lambda e: e.start)
