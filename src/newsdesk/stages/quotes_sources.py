"""Who a quote's source is: the entity in the source span, or — for pronouns ("he"),
descriptions ("the spokesman", "the Examiner") — the named source earlier in the text.

Anonymous sources ("officials", "a source familiar with the talks") keep their own words as
their name and no entity.
"""
from __future__ import annotations

from ..model import Document, Entity

PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
GROUP_PRONOUNS = {"they", "we", "it", "them"}
PERSON_LABELS = ("PERSON",)
GROUP_LABELS = ("ORG", "NORP", "GPE")
# Role nouns that describe a person speaking for someone ("the spokesman said").
PERSON_ROLES = {
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "senator",
    "governor", "official", "aide", "adviser", "advisor", "ambassador", "candidate", "nominee",
    "chairman", "chairwoman", "director", "leader", "mayor", "general", "commander", "chief",
    "lawyer", "attorney", "representative", "congressman", "congresswoman", "premier", "envoy",
    "analyst", "professor", "economist", "expert", "author", "reporter", "correspondent", "man",
    "woman", "businessman", "mogul", "billionaire", "prosecutor", "judge", "democrat",
    "republican", "strategist", "manager", "pollster", "king", "queen", "prince", "pope",
}
ANONYMOUS_HEADS = {"official", "officials", "source", "sources", "people", "person", "someone",
                   "observers", "critics", "experts", "analysts", "residents", "witnesses"}


def _overlapping(entities: list[Entity], start: int, end: int) -> list[Entity]:
    return [e for e in entities if e.start < end and start < e.end]


def _pick(entities: list[Entity], labels: tuple[str, ...]) -> Entity | None:
    for label in labels:
        for ent in entities:
            if ent.label == label:
                return ent
    return None


def _described(doc: Document, before: int, head: str, history: list) -> Entity | None:
    """The entity a description like "the spokesman" or "the Examiner" refers to."""
    head = head.lower()
    for ent in reversed([e for e in doc.entities if e.end <= before]):
        if head in ent.name.lower().split() or head in ent.text.lower().split():
            return ent
    if head in PERSON_ROLES:
        # The person named in the closest earlier sentence that uses the same role word.
        for sent in reversed([s for s in doc.sentences if s.start < before]):
            words = doc.text[sent.start:min(sent.end, before)].lower()
            if head in words.split() or head + "," in words:
                people = [e for e in _overlapping(doc.entities, sent.start, min(sent.end, before))
                          if e.label == "PERSON"]
                if people:
                    where = words.find(head) + sent.start
                    return min(people, key=lambda e: abs(e.start - where))
        for entity, label in reversed(history):
            if label == "PERSON":
                return entity
    return None


def _fuller(doc: Document, entity: Entity) -> Entity:
    """An earlier mention of the same label with a fuller name ("Trump" -> "Donald Trump",
    "The Examiner" -> "The Washington Examiner"), else the entity itself."""
    words = {w for w in entity.name.lower().split() if w != "the"}
    if not words:
        return entity
    best = entity
    for ent in doc.entities:
        if ent.start >= entity.start:
            break
        if ent.label == entity.label and len(ent.name) > len(best.name) and \
                words <= set(ent.name.lower().split()):
            best = ent
    return best


def _antecedent(doc: Document, before: int, labels: tuple[str, ...],
                history: list) -> Entity | None:
    """The last source resolved to an entity of those labels, else the last such entity."""
    for entity, label in reversed(history):
        if label in labels:
            return entity
    for ent in reversed([e for e in doc.entities if e.end <= before]):
        if ent.label in labels:
            return ent
    return None


def resolve(doc: Document, start: int, end: int, head: str, history: list) -> dict:
    """A source dict {start, end, text, name, entity, actor} for the span [start, end).

    `head` is the span's syntactic head word; `history` holds (entity, label) of the sources
    resolved so far, in text order (it is appended to here)."""
    text = doc.text[start:end]
    inside = _overlapping(doc.entities, start, end)
    lower = text.lower().strip()
    entity = _pick(inside, PERSON_LABELS + GROUP_LABELS)
    if entity is not None:
        entity = _fuller(doc, entity)
    elif lower in PERSON_PRONOUNS:
        entity = _antecedent(doc, start, PERSON_LABELS, history)
    elif lower in GROUP_PRONOUNS:
        entity = _antecedent(doc, start, GROUP_LABELS, history)
    elif head.lower() not in ANONYMOUS_HEADS and lower.split()[:1] in (["the"], ["this"]):
        entity = _described(doc, start, head, history)
    name = text.strip()
    if entity is not None:
        # "a spokesman for the Defense Ministry": the entity speaks, the words stay the name
        # unless the entity is the span's head.
        within = entity.start < end and start < entity.end
        if not within or head.lower() in entity.text.lower().split() or entity.label == "PERSON":
            name = entity.name
        history.append((entity, entity.label))
    return {"start": start, "end": end, "text": text, "name": name,
            "entity": entity.id if entity else None,
            "actor": entity.actor if entity else None}
