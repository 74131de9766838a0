"""One person, one state through an article; a counterpart's state is the other side's.

- "Prime Minister Ana Tavita and her Samoan counterpart, Leo Fale, signed the accord": the
  state named on "counterpart" ("Samoan", "Samoa's counterpart") is the counterpart's, so
  the other people of the sentence are NOT of it (`counterpart_countries`); whoever owns
  "her counterpart" is of the other side, which the sentences before say.
- A person no table knows gets a country from the context of a mention (its sentence, the
  subject of the sentence before). A later mention of the same name ("Tavita declined")
  is the same person, whatever state its own sentence names: it keeps the country the
  first mention got (`FirstMentions`).

Used by entities._fill_countries.
"""
from __future__ import annotations

from ...model import Document, Entity
from .side_clauses import entity_root

COUNTERPART_NOUNS = {"counterpart", "counterparts", "opposite", "equivalent"}


def _counterpart_head(token):
    """The "counterpart" noun a state's mention modifies ("his Australian counterpart",
    "Australia's counterpart"), else None."""
    head = token
    for _ in range(3):
        if head.dep_ not in ("amod", "compound", "poss", "nmod") or head.head.i == head.i:
            return None
        head = head.head
        if head.lower_ in COUNTERPART_NOUNS:
            return head
    return None


def counterpart_countries(doc: Document, ent: Entity) -> set[str]:
    """States named on a "counterpart" noun in `ent`'s sentence that `ent` itself is not
    part of (neither the noun's phrase nor its appositive): `ent` is of the other side."""
    sent = doc.sentence_at(ent.start)
    if sent is None or getattr(doc, "spacy", None) is None \
            or not any(w in doc.text[sent.start:sent.end].lower() for w in COUNTERPART_NOUNS):
        return set()
    out = set()
    for other in doc.entities:
        country = (other.actor or {}).get("country")
        if other is ent or not country or not sent.start <= other.start < sent.end:
            continue
        root = entity_root(doc, other)
        noun = _counterpart_head(root) if root is not None else None
        if noun is None:
            continue
        # the counterpart's phrase: the noun's subtree (its appositive name included)
        low = noun.left_edge.idx
        high = noun.right_edge.idx + len(noun.right_edge)
        if not low <= ent.start < high:
            out.add(country)
    return out


class FirstMentions:
    """The country each person's first mention got; later mentions of the name share it."""

    def __init__(self):
        self._country: dict[str, str] = {}

    def country(self, ent: Entity) -> str | None:
        if ent.label != "PERSON" or not ent.name:
            return None
        return self._country.get(ent.name)

    def note(self, ent: Entity, country: str | None) -> None:
        if ent.label == "PERSON" and ent.name and country:
            self._country.setdefault(ent.name, country)
