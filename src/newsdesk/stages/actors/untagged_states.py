"""Names of states the entity tagger did not see (`untagged_states`).

spaCy's small model often leaves a state's name untagged where it opens a line: after a
dateline, which the parser reads as spaces ("PORT MORESBY — Papua New Guinea and Australia
signed ...", "COLOMBO, Sri Lanka (AP) — Sri Lanka's navy arrested ..."), or on a line of its
own ("North Korea is ..."). An untagged name is no actor, so the lede's event, the one the
story is about, loses its doer or takes one from elsewhere.

The tagger also takes a piece of a name for the whole ("Papua [New Guinea]", coded as
Guinea) or a whole name for a person's. A name of the country table (`lexicons/countries.tsv`:
its names, not its demonyms or capitals, which are also people's names: "Jordan", "Victoria")
that no entity covers, or that such misread entities cover, is added as a place (GPE) in
their stead, then coded like any tagged one. Only a name that reads as one is added: its
words are capitalised, and it is no piece of a longer capitalised name ("USA TODAY",
"America First", "the Georgia Dome") nor in the dateline.
"""
from __future__ import annotations

from ...model import Document, Entity
from ..base import datelines
from .lexicon import load

MAX_WORDS = 4  # words of the longest state name tried ("Bosnia and Herzegovina")


def _state_name(lex, toks) -> bool:
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the") for t in toks) or \
            not toks[0].text[:1].isupper():
        return False
    entries = lex.lower.get(tuple(t.text.lower() for t in toks), []) + \
        lex.exact.get(tuple(t.text for t in toks), [])
    return any(e.kind == "country" and e.role == "name" for e in entries)


def _capitalised_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def untagged_states(doc: Document) -> None:
    """Add a GPE entity for each state's name the tagger missed (module note)."""
    sdoc = doc.spacy
    if sdoc is None:
        return
    lex = load()
    fixed = list(datelines(doc))  # spans no name may overlap
    added: list[Entity] = []
    dropped: set[int] = set()
    i = 0
    while i < len(sdoc):
        if not sdoc[i].text[:1].isupper():  # a name opens with a capital (most tokens don't)
            i += 1
            continue
        for n in range(MAX_WORDS, 0, -1):
            toks = sdoc[i:i + n]
            if len(toks) < n or not _state_name(lex, toks):
                continue
            start, end = toks.start_char, toks.end_char
            before = sdoc[i - 1] if i > 0 else None
            after = sdoc[i + n] if i + n < len(sdoc) else None
            if (before is not None and _capitalised_word(before) and not before.is_sent_start
                    and before.sent.start == toks[0].sent.start) or \
                    (after is not None and _capitalised_word(after)):
                break  # a piece of a longer name ("USA TODAY", "America First")
            inside = [e for e in doc.entities if e.start < end and start < e.end]
            if any(a < end and start < b for a, b in fixed) or not all(
                    _misread(e, start, end, n) for e in inside):
                break
            dropped.update(id(e) for e in inside)
            added.append(Entity(id=f"s{len(added)}", start=start, end=end, label="GPE",
                                name=doc.text[start:end]))
            fixed.append((start, end))
            i += n - 1
            break
        i += 1
    if added:
        kept = [e for e in doc.entities if id(e) not in dropped]
        doc.entities = sorted(kept + added, key=lambda e: e.start)


def _misread(ent: Entity, start: int, end: int, words: int) -> bool:
    """An entity the state's name at start:end replaces: a piece of it ("Papua [New Guinea]"
    tagged Guinea's), or, for a name of two words or more, the whole name under another
    label ("Papua New Guinea" tagged a person); a one-word name may be a person's
    ("Jordan", "Chad")."""
    if not (start <= ent.start and ent.end <= end):
        return False
    whole = (ent.start, ent.end) == (start, end)
    return not whole or (words > 1 and ent.label != "GPE")
