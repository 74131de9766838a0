"""The country of a speaker whose own words name a sector but no state (issue 15: officials
take their own country).

"The military said" after "Israeli warplanes struck ...", "security sources said" in a story
from Burkina Faso, "Opposition leader Maria Corina Machado" in a story about Venezuela: the
words say which part of a state speaks, the text around them says which state.

- `speaker_actor`: the actor of a resolved speaker (its entity's, its words' in context).
- `unnamed_actor`: "the group" or "the movement" speaking is the body named before it
  (actors.body_named_back); any other speaker no entity names is coded as the events stage
  codes an actor phrase (actors.actor_for_span: the same body or person named before, else
  the one country its sentence names); a phrase with no sector ("officials", "witnesses")
  stays uncoded.
- `UnnamedSpeakers`: "A senior Ukrainian official said ... According to the official": a
  definite speaker repeating the head noun of an unnamed speaker before is that speaker, and
  has its actor (not that of whoever the text named last: "Kremlin spokesman Dmitry Peskov").
- `with_country`: a sector with no country then takes the country of the last actor of the
  same sector named in its sentence or the two before ("Israeli warplanes ... The military":
  Israel's), else the country the article names most, when one clearly leads (an opposition
  leader, the police, the government of the story's country), else the state of the
  dateline. The press and bodies of no state (IGOs, NGOs) are left as they are: an outlet's
  country is where it is published.
- `unlend_content_countries`: a country the text names only as a destination inside what
  the speaker says ("an official said the crew were handed over to Oman") is not the
  speaker's.
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Document, Entity
from ..actors.shared import dateline_country
from ..actors import (NON_STATE, actor_for_span, body_named_back, code_phrase, outlet_name,
                      rehomed)

LOOK_BACK = 2  # sentences before the speaker's own searched for the same sector
# Sectors of a state's own people and bodies, which the story's country may give.
DOMESTIC = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY", "REB", "PTY", "CRM"}
# Entity labels of a people or a place: "Kurdish officials", "Baltic ministers" are of a
# people the tables may not know, and so of no other state (actors.context.sentence_country).
PEOPLE_LABELS = ("NORP", "GPE", "LOC")
FIELDS = ("code", "country", "sector")
PRESS_SECTORS = ("JRN", "MED")
# Nouns that name an outlet by what it is ("the newspaper", "the state broadcaster").
OUTLET_NOUNS = {"newspaper", "newspapers", "paper", "broadcaster", "magazine", "tabloid",
                "website", "newswire", "weekly"}


def speaker_actor(doc: Document, entity: Entity | None, start: int, end: int) -> dict | None:
    """The speaker's actor: its entity's, unless the entity only modifies the span's head
    ("the foreign minister of Iran", "Iran's defence minister"): a country alone names no
    sector, while the office does, so the whole span is coded (as the events stage codes an
    actor phrase) and its reading wins when it keeps the entity's country and adds a sector."""
    posted = _diplomats_posted(doc, start, end)
    if posted is not None:
        return posted
    if entity is None:
        # "The Saudi Gazette reported", a paper the entity tagger did not name: the press
        outlet = outlet_name(doc.text[start:end], doc.meta.published)
        if outlet:
            return outlet[0]
        return named_press(doc.text[start:end]) or unnamed_actor(doc, start, end)
    if entity.actor is None and entity.end < end and \
            not doc.text[entity.end:end].strip().startswith(","):
        # "The Viv Ansanm gang coalition": a group's name the tables do not know (the tagger
        # may take it for a person or a place), its sector word after it; the whole span is
        # coded as a speaker no entity names
        return unnamed_actor(doc, start, end)
    own = entity.actor if entity.label in ("NORP", "GPE", "LOC") else \
        with_country(doc, entity.actor, start)  # "Opposition leader X": of the story's state
    sdoc = doc.spacy
    if not own or own.get("sector") or not own.get("country") or entity.label == "PERSON" or \
            not (start <= entity.start and entity.end <= end) or sdoc is None:
        return own
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or entity.start <= span.root.idx < entity.end:
        return own  # "Iran said": the country itself speaks
    found = actor_for_span(doc, start, end)
    if found and found.get("sector") and found.get("country") == own["country"]:
        return {k: found.get(k) for k in ("code", "country", "sector")}
    return own


def named_press(text: str) -> dict | None:
    """The actor of an outlet the tables know, named alone ("The SCMP reported", "the FT
    said") where the entity tagger found no name; None for anything else ("state media",
    "a Reuters reporter": words of their own)."""
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if not words or any(w[:1].islower() for w in words):
        return None
    actor = code_phrase(" ".join(words))
    return actor if actor and actor.get("sector") == "JRN" else None


def unnamed_actor(doc: Document, start: int, end: int) -> dict | None:
    """The actor of a speaker no entity names (see the module note), or None."""
    named = body_named_back(doc, start, end)  # "the group said": the group named before
    if named is not None:
        return {k: named.get(k) for k in FIELDS}
    # "SEOUL - The Joint Chiefs of Staff said": a body several states have is the story's
    found = rehomed(doc, doc.text[start:end], actor_for_span(doc, start, end))
    # the press is left to the outlet's own name (speaker_actor): "Perdue on ABC's
    # This Week" is no journalist, and a paper's country is where it is published; an outlet
    # spoken of by what it is ("the newspaper said", "a local broadcaster reported") is the
    # press, of no country its words name
    if found and found.get("sector") == "JRN" and \
            doc.text[start:end].split()[-1].lower() in OUTLET_NOUNS:
        return {"code": "JRN", "country": None, "sector": "JRN"}  # (not the story's state)
    if not found or found.get("sector") in (None, "JRN", "MED"):
        return None
    found = {k: found.get(k) for k in FIELDS}
    if any(e.label in PEOPLE_LABELS and e.start < end and start < e.end
           for e in doc.entities):
        return found
    if not found.get("country") and found["sector"] in DOMESTIC:
        # "a foreign ministry spokesman in Beijing": an official where the state sits
        place = _place_after(doc, end)
        if place:
            return {"code": place + found["sector"], "country": place, "sector": found["sector"]}
    return with_country(doc, found, start)


# People posted to a capital by states other than the host.
DIPLOMATS = {"diplomat", "diplomats", "envoy", "envoys", "ambassador", "ambassadors"}
_AT = ("in", "at")


def _diplomats_posted(doc: Document, start: int, end: int) -> dict | None:
    """The actor of "Diplomats in Addis Ababa": envoys posted to a capital are other states',
    of none the text names, unless their own words name one ("Kenyan diplomats in Addis
    Ababa"); None for any other speaker."""
    text = doc.text[start:end]
    words = text.split()
    for k in range(1, len(words) - 1):
        if words[k].lower() in _AT and words[k + 1][:1].isupper():
            if words[k - 1].lower() not in DIPLOMATS:
                return None
            own = code_phrase(" ".join(words[:k])) or {}
            sector = own.get("sector") or "GOV"
            country = own.get("country")
            return {"code": (country or "") + sector, "country": country, "sector": sector}
    return None


def _place_after(doc: Document, end: int) -> str | None:
    """The state of a place named just after the speaker ("spokesman [in Beijing]")."""
    gap = doc.text[end:end + 5]
    words = gap.split()
    if not words or words[0].lower() not in _AT:
        return None
    for e in doc.entities:
        if end < e.start <= end + len(gap) + 1 and e.label in ("GPE", "LOC") and e.actor:
            country = e.actor.get("country")
            return country if country and country not in NON_STATE else None
    return None


def with_country(doc: Document, actor: dict | None, start: int) -> dict | None:
    """`actor` with the country its context gives, when it has a state sector and no country
    (see the module note); else `actor` unchanged."""
    if not actor or actor.get("country") or actor.get("sector") not in DOMESTIC:
        return actor
    sector = actor["sector"]
    # the story's state, last: "TBILISI (Reuters) - Russia fought Georgia in 2008. The ministry
    # denied ...", where two states are named as often, is Georgia's ministry
    country = _same_sector_before(doc, sector, start) or _leading_country(doc) or \
        dateline_country(doc)
    if country is None:
        return actor
    return {"code": country + sector, "country": country, "sector": sector}


def _same_sector_before(doc: Document, sector: str, start: int) -> str | None:
    here = doc.sentence_at(start)
    floor = here.i - LOOK_BACK if here else -1
    for ent in reversed(doc.entities):
        if ent.start >= start or not ent.actor:
            continue
        sent = doc.sentence_at(ent.start)
        if sent is not None and sent.i < floor:
            break
        country = ent.actor.get("country")
        if ent.actor.get("sector") == sector and country and country not in NON_STATE:
            return country
    return None


def _leading_country(doc: Document) -> str | None:
    """The country the article's entities name most, when it leads the next by more than
    one mention (a story about one state, not between two). The press does not count: an
    outlet's country is where it is published ("according to Reuters, the minister said" is
    no British minister's)."""
    counts = Counter(e.actor["country"] for e in doc.entities
                     if e.actor and e.actor.get("country") and
                     e.actor["country"] not in NON_STATE and
                     e.actor.get("sector") not in PRESS_SECTORS)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 2:
        return None
    return ranked[0][0]


class UnnamedSpeakers:
    """The actors of the unnamed speakers of one document, by head noun, in text order."""

    def __init__(self):
        self._by_head: dict[str, dict] = {}
        self._words: dict[str, str] = {}  # office -> the words the speaker was given by

    # (keyed by the phrase's last word: the parse's head of a source is not always its noun,
    # "According to the official" gives "the"; and by the head too: "a spokesperson for
    # Google" ends in the body it speaks for)
    def remember(self, text: str, head: str, actor: dict | None) -> None:
        """Note a speaker no entity names ("a senior Ukrainian official"), its actor and
        its words."""
        if not text.split():
            return
        last = _office(text.split()[-1])
        if actor:
            self._by_head[last] = actor
        for key in (last, _office(head)):
            self._words[key] = text.strip()

    def recall_words(self, text: str) -> str | None:
        """The words of the unnamed speaker "the <role>" repeats ("the spokeswoman" after "a
        Microsoft spokeswoman"), if one spoke before."""
        words = text.split()
        if not 2 <= len(words) <= 3 or words[0].lower() != "the":
            return None
        return self._words.get(_office(words[-1]))

    def recall(self, text: str, head: str) -> dict | None:
        """The actor of the unnamed speaker "the <head>" repeats, if one spoke before."""
        words = text.split()
        if not words or len(words) > 3:
            return None  # "the Kenyan police official in Mombasa": described anew
        return self._by_head.get(_office(words[-1]))


# Role nouns for one office ("the spokeswoman" repeats "a government spokesperson").
_SAME = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "officials": "official",
         "sources": "source"}


def _office(head: str) -> str:
    return _SAME.get(head.lower(), head.lower())


# "to Oman", "into the Sudan": a destination's state, where someone or something went.
_TO = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.I)


def _destination(doc: Document, offset: int) -> bool:
    return bool(_TO.search(doc.text[max(0, offset - 20):offset]))


def unlend_content_countries(doc: Document, quotes: list) -> None:
    """A speaker's country that the document names only as a destination inside the
    speaker's own content ("A senior official said the hostages were flown to Qatar",
    "Houthi official X told reporters the crew were handed over to Oman") was lent by what is
    said, not by who says it: the speaker keeps the country of its own words ("Houthi":
    Yemen's) or none. A place where something happened may still say whose sources speak
    ("Gunmen attacked a checkpoint in Mali, security sources said")."""
    for quote in quotes:
        source = quote.source or {}
        actor = source.get("actor") or {}
        country = actor.get("country")
        if not country or not actor.get("sector") or country in NON_STATE:
            continue
        low, high = quote.content["start"], quote.content["end"]
        mentions = [e for e in doc.entities if (e.actor or {}).get("country") == country]
        if not mentions or any(not low <= e.start < high or not _destination(doc, e.start)
                               for e in mentions):
            continue
        own = (code_phrase(source["text"], doc.meta.published) or {}).get("country")
        if own == country:
            continue
        sector = actor["sector"]
        source["actor"] = {"code": (own or "") + sector, "country": own, "sector": sector}
