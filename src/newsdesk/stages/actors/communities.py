"""Actors of a community that lives in several states and has none of its own ("Kurdish
officials", "Druze leaders", "Tuareg rebels", "Pashtun tribal elders").

The guidelines code an actor by the state it acts in (ISIS in Syria: SYRREB; the pesh merga
of Iraq's Kurdistan Region: IRQMIL), so such a mention takes, of the states the community
lives in (lexicons/communities.tsv), the one the story is set in: first the one its own
sentence points to as a place, else the one the whole article does ("Kurdish officials" in a
story about Sinjar and Mosul → IRQ; "Kurdish fighters" near Kobani → SYR; "Pashtun elders" in
Peshawar → PAK, though the tables call Pashtun an Afghan word). With no sign of place, or a
tie, the mention keeps what the other tables gave it (Kurdish: no country). A mention that
names a state of its own ("Syrian Kurds", "Iraqi Kurdish forces") is left to that state.

Used by the actors stage (entities.py) once every entity has its first coding.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from ...model import Document, Entity
from .context import MEDIA_SECTORS, country_entries, place_vote
from .lexicon import tokens
from .phrase import NON_STATE

# Prepositions of place: the object of one says where the story is ("fighters in Syria"), as
# much as a city of the country does.
# The word right before a mention, with only a space between ("Syrian Kurdish").
_WORD_BEFORE = re.compile(r"([A-Za-z\u00C0-\u024F]+) $")
_LOCATIVE = {"in", "inside", "near", "across", "throughout", "around", "at", "outside"}


@functools.lru_cache(maxsize=1)
def communities() -> dict[str, tuple[str, ...]]:
    """{lowercased word form: the states its community lives in}."""
    text = resources.files("newsdesk.lexicons").joinpath("communities.tsv").read_text(
        encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    table: dict[str, tuple[str, ...]] = {}
    for forms, countries in rows[1:]:  # header
        states = tuple(c.strip() for c in countries.split("|") if c.strip())
        for form in forms.split("|"):
            table[form.strip().lower()] = states
    return table


def _community_word(word: str) -> tuple[str, ...] | None:
    low = word.lower()
    table = communities()
    return table.get(low) or (table.get(low[:-1]) if low.endswith("s") else None)


def community_states(text: str) -> tuple[tuple[str, ...], list[str]] | None:
    """(the states of the community a mention names, its other words), or None when it
    names no community."""
    found, rest = None, []
    for _, _, word in tokens(text):
        states = _community_word(word)
        if states and found is None:
            found = states
        elif word.lower() != "'s":
            rest.append(word)
    return (found, rest) if found else None


def resolve_communities(doc: Document, entities: list[Entity]) -> None:
    """Give each community mention the state its story is set in (see the module doc)."""
    for ent in entities:
        text = doc.text[ent.start:ent.end]
        if ent.label == "PERSON" and len(tokens(text)) > 1:
            continue  # "Hazara Singh", a person's name; "Tuareg" alone is the tagger's slip
        actor = community_actor(doc, ent.start, ent.end, ent.actor, ent)
        if actor is not None:
            ent.actor = actor


def community_actor(doc: Document, start: int, end: int, actor: dict | None,
                    ent: Entity | None = None) -> dict | None:
    """The actor of a phrase that names a community, with the state its story is set in;
    None when it names no community, names a state of its own, or nothing says where."""
    named = community_states(doc.text[start:end])
    if named is None:
        return None
    options, rest = named
    current = (actor or {}).get("country")
    if current and current not in options:
        return None  # an institution of a state the tables know
    if rest and country_entries(" ".join(rest)):
        return None  # "Syrian Kurds": the mention names its state
    pick = _own_state(doc, start, end, options) or _story_state(doc, start, ent, options)
    if pick is None or pick == current:
        return None
    sector = (actor or {}).get("sector")
    return {**(actor or {}), "code": pick + (sector or ""), "country": pick, "sector": sector}


def _own_state(doc: Document, start: int, end: int, options: tuple[str, ...]) -> str | None:
    """A state the mention's own words place it in: a state's word right before it ("Syrian
    Kurdish fighters", where the tagger makes two mentions) or a place phrase on its noun
    ("Kurds in Turkey", "Druze leaders from Lebanon")."""
    before = _WORD_BEFORE.search(doc.text[max(0, start - 40):start])
    if before:
        states = [e.country for e in country_entries(before.group(1)) if e.country in options]
        if states:
            return states[0]
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(start, end, alignment_mode="expand") if parsed else None
    if span is None:
        return None
    noun = span.root.head if span.root.dep_ in ("amod", "compound") else span.root
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE | {"from"}:
            continue
        for obj in prep.children:
            for other in doc.entities:
                country = (other.actor or {}).get("country")
                if other.start <= obj.idx < other.end and country in options:
                    return country
    return None


def _story_state(doc: Document, start: int, ent: Entity | None,
                 options: tuple[str, ...]) -> str | None:
    """Of `options`, the state the mention's sentence points to most as a place, else the
    one the article does; None on a tie or with no sign."""
    here = doc.sentence_at(start)
    sentence: dict[str, int] = {}
    article: dict[str, int] = {}
    for other in doc.entities:
        if other is ent or community_states(doc.text[other.start:other.end]):
            continue  # one community mention says nothing of where another one is
        if (other.actor or {}).get("sector") in MEDIA_SECTORS:
            continue  # an outlet says who reports, not where
        vote = place_vote(doc, other)
        if vote is None or vote[0] in NON_STATE or vote[0] not in options:
            continue
        # "in Syria" says where outright, more than a people's word ("Turkish jets") does
        weight = 4 if _locative(doc, other) else vote[1]
        article[vote[0]] = article.get(vote[0], 0) + weight
        there = doc.sentence_at(other.start)
        if here is not None and there is not None and there.i == here.i:
            sentence[vote[0]] = sentence.get(vote[0], 0) + weight
    return _winner(sentence) or _winner(article)


def _winner(votes: dict[str, int]) -> str | None:
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _locative(doc: Document, ent: Entity) -> bool:
    """ "in Syria", "near Kirkuk": the mention is the object of a preposition of place."""
    parsed = getattr(doc, "spacy", None)
    span = parsed.char_span(ent.start, ent.end, alignment_mode="expand") if parsed else None
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE
