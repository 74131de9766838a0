"""Bodies several states have under one name (`home_of_shared_bodies`).

The tables give "Joint Chiefs of Staff" or "National Guard" to the United States, whose bodies
of those names the world's press names most. South Korea's military speaks as the Joint Chiefs
of Staff in every story on a North Korean launch, Pakistan has a Joint Chiefs of Staff
Committee, Mexico, Ukraine and Venezuela each have a National Guard, and Peru, Colombia or the
Philippines a Congress. Such a body named
with no country of its own is the body of the state the story is filed from (its dateline),
or, in a story with no dateline that never names the United States, of the one state named
that has a body of the name, else of the state it names most, when that state has one.
"""
from __future__ import annotations

from collections import Counter

from ...model import Document
from ..base import datelines
from .lexicon import tokens
from .phrase import NON_STATE, code_text

# name (lower case, no article) -> the states besides the United States that have the body
SHARED_BODIES = {
    "joint chiefs of staff": {"KOR", "PAK", "BGD"},
    "joint chiefs": {"KOR", "PAK", "BGD"},
    "joint chiefs of staff committee": {"PAK", "BGD"},
    "national guard": {"MEX", "UKR", "VEN", "RUS", "SLV", "TUN", "GEO", "KAZ"},
    "marine corps": {"KOR", "PHL", "TWN"},
    # legislatures named Congress ("Peru's Congress removed the president ... the closure of
    # Congress"): the Americas' and the Philippines'
    "congress": {"PER", "COL", "CHL", "MEX", "ARG", "BRA", "GTM", "HND", "PRY", "DOM", "PHL",
                 "FSM", "NIC", "CRI", "PAN", "SLV", "URY"},
    "national congress": {"BRA", "CHL", "ARG", "DOM", "HND", "PRY"},
}
DEFAULT = "USA"


def _key(text: str) -> str:
    words = [w.lower() for _, _, w in tokens(text)]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


# The Associated Press's abbreviations of US states, as its datelines write them after a
# town the tables need not know ("SAVANNAH, Ga. (AP) -"); from the AP stylebook's list.
US_STATE_ABBREVIATIONS = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj",
    "nm", "ny", "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "vt", "va", "wash",
    "wva", "wis", "wyo"}


def dateline_country(doc: Document) -> str | None:
    """The state of the place the story was filed from ("TBILISI, Dec 2 (Reuters) -";
    "SAVANNAH, Ga. (AP) -": a US state's abbreviation after the town; "MOCOA, Colombia
    (AP) -": the state named after a town the tables do not know)."""
    for start, end in datelines(doc)[:1]:
        parts = doc.text[start:end].split(",")
        actor, _ = code_text(parts[0])
        country = (actor or {}).get("country")
        if country and country not in NON_STATE:
            return country
        after = parts[1].split("(")[0] if len(parts) > 1 else ""
        if "".join(w.lower() for _, _, w in tokens(after)) in US_STATE_ABBREVIATIONS and \
                "." in after:
            return DEFAULT
        # "MOCOA, Colombia (AP) -": a town the tables do not know, then its state's name
        actor, _ = code_text(after)
        country = (actor or {}).get("country")
        if country and country not in NON_STATE and not (actor or {}).get("sector"):
            return country
    return None


def _story_country(doc: Document, owners: set[str]) -> str | None:
    """The dateline's state, else, where the United States is not named, the one state named
    that has a body of the name (`owners`: "North Korea fired a missile, South Korea's
    military said. The Joint Chiefs of Staff ..."), else the state named most. The shared
    bodies' own mentions (coded as the United States') are not counted."""
    filed = dateline_country(doc)
    if filed:
        return filed
    named = Counter((e.actor or {}).get("country") for e in doc.entities
                    if _key(doc.text[e.start:e.end]) not in SHARED_BODIES)
    named.pop(None, None)
    if named.get(DEFAULT):
        return None
    having = [c for c in named if c in owners]
    if len(having) == 1:
        return having[0]
    ranked = named.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def rehomed(doc: Document, text: str, actor: dict | None) -> dict | None:
    """`actor` of the phrase `text`, in the story's state when the phrase is a shared body
    coded as the United States' (module note); else `actor` unchanged."""
    if not actor or actor.get("country") != DEFAULT or _key(text) not in SHARED_BODIES:
        return actor
    home = _story_country(doc, SHARED_BODIES[_key(text)])
    if not home or home == DEFAULT or home not in SHARED_BODIES[_key(text)]:
        return actor
    return dict(actor, country=home, code=home + (actor.get("sector") or ""))


def home_of_shared_bodies(doc: Document) -> None:
    """Recode a shared body named without a country to the story's state (module note)."""
    for ent in doc.entities:
        ent.actor = rehomed(doc, doc.text[ent.start:ent.end], ent.actor)
