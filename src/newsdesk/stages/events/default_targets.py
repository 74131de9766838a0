"""A target for the acts whose text names none, as hand coders give one.

Hand coders give a target to nearly every event (94-99% of the events of our hand-coded
articles); the parse and the counterparts from the discourse (discourse.py) leave about a
fifth of ours without one, and an event without a target is half a dyad, which no dyad query
or export can use. Three defaults are tried, once every other reading has failed:

1. another act of the same root in the same sentence by the same state names its target:
   "The coast guard detained 12 Vietnamese fishermen and confiscated their boat" (the boat is
   the fishermen's: Vietnam's);
2. else, for acts done at home when no one else is named (AT_HOME), the doer's own state
   ("the president withdrew the fuel decree", "the ministry ordered an inquiry into the
   fire"), as the coders code "Sri Lanka said it had ordered an inquiry" LKA -> LKA;
   likewise for coercion (CAMEO 17: arrests, raids, confiscations, expulsions) by police,
   courts or a government (JURISDICTION); coercion by soldiers gets no default;
3. else (never for coercion, CAMEO 17) the party the whole story is about, when that is not
   the doer's own state: "the European Union condemned the move" in a story about Georgia's
   crackdown is aimed at Georgia (`_story_party`).

A target set this way is marked `from_context` and `by_default`. The article record, the
`events` table and the exports show it; the corpus stages read it as no target
(store.corpus_tables.NAMED_TARGET), so a guess never keeps two reports of one act apart, and
a merged event shows it only when no report names one. Statements and appeals (CAMEO 01, 02)
are left alone: they have hearers, not targets, and no coder counts them.
"""
from __future__ import annotations

from ...model import Event
from ..actors import NON_STATE

UNDIRECTED = ("01", "02")
# Acts done at home when no one else is named: yielding (a decree withdrawn), investigating,
# protesting. Others are aimed at someone the text may leave out: cooperation ("Brazil signed
# the climate pact" is no pact with itself), demands, rejections ("both countries rejected
# any sanctions"), threats, force; and people seized in a place the tables do not know
# ("detained shepherds from Gurez") are not thereby of the state that seized them.
AT_HOME = ("08", "09", "14")
# ... but of yielding, easing sanctions (085), letting others in (086) and military
# de-escalation (087: ceasefire, lifting a blockade, demobilising, retreat) are done towards
# another party, the foe or the sanctioned: "Russia agreed to a ceasefire" is no truce with
# itself.
TOWARDS_ANOTHER = ("085", "086", "087")
# Coercion (17: arrests, detentions, raids) by the police, courts or a government's
# authorities is done within their own jurisdiction: "police arrested an 18-year-old man" is
# an arrest at home, as coders code it. Soldiers are left out: they act abroad too ("Indian
# troops detained shepherds from Gurez" says no more than where the shepherds are from).
JURISDICTION = {"17": ("COP", "JUD", "GOV")}
COERCION = "17"  # its root: no story's party is given to it (step 3)


def _names_a_party(actor: dict | None) -> bool:
    """Does a target name a party: a state or an international body? A sector alone ("their
    envoys" in "Chile recalled their envoys", GOV of no state) names none. (An actor's
    `country` may hold an organisation's or a region's code, NON_STATE: that names a party
    here, though `_party` counts only states and IGOs towards the story's party.)"""
    return bool(actor and (actor.get("country") or (actor.get("code") or "").startswith("IGO")))


def own_state(country: str, **where) -> dict:
    """A default target: the doer's own state `country`, marked as no words of the text name
    it (`where`: the start and end a caller keeps for its own bookkeeping)."""
    return {"code": country, "country": country, "sector": None, "entity": None, **where,
            "from_context": True, "by_default": True}


def fill_by_default(events: list[Event]) -> None:
    """Give each target-less event of `events` (a document's, in order) a default target in
    place (module note)."""
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    for event in events:
        country = (event.source_actor or {}).get("country")
        if _names_a_party(event.target_actor) or not country or country in NON_STATE or \
                event.cameo[:2] in UNDIRECTED:
            continue
        # (an act of the same root: "criticised the raid and called on the EU to respond"
        # does not criticise the EU)
        mate = next((e.target_actor for e in by_sentence[event.sentence]
                     if e is not event and e.target_actor and e.cameo[:2] == event.cameo[:2]
                     and not e.target_actor.get("by_default")
                     and (e.source_actor or {}).get("country") == country), None)
        if mate is not None:
            event.target_actor = dict(mate, from_context=True, by_default=True)
        elif (event.cameo[:2] in AT_HOME and not event.cameo.startswith(TOWARDS_ANOTHER)) or \
                (event.source_actor or {}).get("sector") in JURISDICTION.get(event.cameo[:2], ()):
            event.target_actor = own_state(country)
    _story_party(events)


# How many of the document's events must name a party before an act that names no target is
# taken to be done to it (see _story_party).
COUNTERPART_MIN = 2


def _party(actor: dict | None) -> str | None:
    """The party an actor stands for: its state, or the international body itself (IGOUNO)."""
    if not actor:
        return None
    code = actor.get("code") or ""
    if code.startswith("IGO"):
        return code[:6]
    country = actor.get("country")
    return country if country and country not in NON_STATE else None


def _story_party(events: list[Event]) -> None:
    """3. else the party the story is about: the one the document's events name most (at least
    COUNTERPART_MIN times, more often than any other), when that is not the doer's own. In a
    story about Venezuela's election "Argentina refused to recognise the result" and
    "demanded a full review" are done to Venezuela; in one about a coup in La Paz "Brazil
    condemned the attempt" is aimed at Bolivia. A story about the doer's own state gives it
    none (a domestic conflict: the rebels' or the government's acts are not on a foreign
    commentator), nor does one where two parties are named as often, and a party doing the
    same act in the same sentence is a co-agent, not the target ("both countries rejected
    any sanctions")."""
    named: dict[str, int] = {}
    actors: dict[str, dict] = {}
    for event in events:
        parties = {}
        for actor in (event.source_actor, event.target_actor):
            party = _party(actor)
            if party and not actor.get("by_default"):
                parties.setdefault(party, actor)
        for party, actor in parties.items():  # (an event names a party once)
            named[party] = named.get(party, 0) + 1
            actors.setdefault(party, actor)
    ranked = sorted(named.values(), reverse=True)
    if not ranked or ranked[0] < COUNTERPART_MIN or ranked[1:2] == ranked[:1]:
        return
    party = max(named, key=named.get)
    story = dict(actors[party], from_context=True, by_default=True) if party.startswith("IGO") \
        else own_state(party)
    for event in events:
        own = _party(event.source_actor)
        if _names_a_party(event.target_actor) or not own or own == party or \
                event.cameo[:2] in UNDIRECTED + (COERCION,):
            # (coercion is of people at home, or of foreigners the text names)
            continue
        if any(_party(e.source_actor) == party for e in events
               if e.sentence == event.sentence and e.cameo[:2] == event.cameo[:2]):
            continue  # a co-agent of the same act
        event.target_actor = dict(story)
