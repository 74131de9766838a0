"""Actors the text implies rather than names, for the events stage (CAMEO coders' practice):
the country of a sector word from the places its clause names (`locate`) or the state the
document is about (`home_country`); unidentified attackers of a place; the state that coerces
when a passive leaves it out; the victims of violence named only by place; the two states of
a pair word ("inter-Korean talks"). "The two leaders", "both sides" are pairs.py's.
actors.py and clauses.py ask for these when the parse names no one."""
from __future__ import annotations

from ..actors import NON_STATE, code_phrase, in_side_clause, names_a_border, seat_of_a_body
from .coding import HARMED
from .nominal_parties import pair_word
from .objects import kind_of


def in_dateline(offset: int, context) -> bool:
    return any(a <= offset < b for a, b in (context or {}).get("datelines", ()))

def actor_record(actor: dict, start: int, end: int, entity_id) -> dict:
    code = actor.get("code") or actor.get("country")
    return {"code": code, "country": actor.get("country"),
            "sector": actor.get("sector"), "entity": entity_id, "start": start, "end": end}

# Where a clause happens: "in", "near", "the shelling of Kharkiv" ... ("from" says where a
# phrase's own head comes from, "protesters from Hong Kong", and is read only inside that
# phrase: elsewhere in the sentence, "drew criticism from Germany" is not a place)
LOCATIVE_PREPS = {"in", "of", "at", "across", "through", "throughout", "inside", "near",
                  "outside", "around"}


def locate(doc, subj, actor: dict, context=None, own_phrase: bool = True,
            preps: frozenset | set = LOCATIVE_PREPS) -> None:
    """A sector without a country ("opposition groups in Zimbabwe", "demonstrators in
    Baghdad", "workers of the Serbian union") takes the country of a place or organisation
    named in its phrase, else of a place where the clause happens: CAMEO coders' practice."""
    if actor.get("foreign"):
        return  # "foreign governments": of no place the clause names
    sent = subj.sent
    own = [_own_span(subj)] if own_phrase else []
    # (not a place in a clause on the phrase: "arrested people suspected of firing rockets
    # toward Israel" were arrested where the arresters are, not in Israel)
    described = {t.i for c in subj.children if c.dep_ in ("acl", "relcl") or (
        subj.head.dep_ == "agent" and c.dep_ == "prep" and  # an accuser's charge (_own_span)
        any(g.dep_ == "pcomp" for g in c.children)) for t in c.subtree}
    # where the clause happens: a place it names after a preposition of place ("in Mali"),
    # not an act or a body ("in the latest blow to a Kenya-led force"), or the place it is
    # done to ("stormed the Haitian town of Mirebalais")
    # (an unnamed NGO, "aid agencies", is of no state by where it works: only its own phrase
    # says, "rights groups in Kenya")
    spans = [(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)) for tok in sent
             if actor.get("sector") != "NGO" and tok.i not in described and (
                 (tok.dep_ == "prep" and tok.lower_ in preps and _names_a_place(tok)) or
                 (tok.dep_ == "dobj" and tok.lemma_.lower() in SETTLEMENTS))]
    # a nationality word modifying a noun names a place only in the noun's own phrase
    # ("Serbian workers") or as a settlement's ("the Haitian town"); where the clause
    # happens, "in a Saudi airstrike" says whose the strike is, not where, and "an
    # Ethiopian-flagged vessel" whose the ship is
    modifiers = {t.idx for t in sent if t.dep_ in ("amod", "compound") and t.ent_type_ == "NORP"
                 and t.head.lemma_.lower() not in SETTLEMENTS}
    for start, end in own + spans:
        for ent in doc.entities:
            if ent.actor and ent.actor.get("country") and start <= ent.start and ent.end <= end \
                    and ent.label in ("GPE", "LOC", "NORP", "ORG", "FAC") \
                    and ((start, end) in own or ent.start not in modifiers) \
                    and ent.actor["country"] not in NON_STATE \
                    and not in_dateline(ent.start, context) \
                    and not names_a_border(doc, ent) \
                    and not seat_of_a_body(doc, ent) \
                    and not in_side_clause(doc, ent, subj.idx):  # "where China is building"
                country = ent.actor["country"]
                actor["country"] = country
                actor["code"] = country + (actor.get("sector") or actor.get("code") or "")
                return


# Nouns of places people live in, whose state a nationality word names ("the Haitian town").
SETTLEMENTS = {"town", "village", "city", "district", "province", "region", "camp", "county",
               "neighbourhood", "neighborhood", "suburb", "capital", "settlement", "hamlet"}


# Entity labels of a preposition's object that is a place.
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG")


def _names_a_place(prep) -> bool:
    """Is the preposition's object a place: a name, a place noun ("the town"), or a noun a
    name or nationality modifies ("northern Mali", "a Syrian border town")? Not an act or a
    body ("in the latest blow to ..."), whose own prepositions are looked at in turn. A
    clause ("of arming the RSF") is looked into as before."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if not objs:
        return True
    for obj in objs:
        if obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_LABELS or kind_of(obj) == "place" or \
                any(c.ent_type_ in PLACE_LABELS for c in obj.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod")):
            return True
    return False


# Dependents that hang a clause or another phrase on a noun: not part of what names it.
_NOT_OWN = {"relcl", "acl", "conj", "cc", "appos", "advcl", "punct"}


def _own_span(noun) -> tuple[int, int]:
    """Characters of the words that name `noun`: its modifiers and prepositional phrases
    ("workers of the Serbian union"), not a clause on it ("pirates who threatened a German
    vessel" are no German pirates)."""
    right = noun
    for child in noun.rights:
        if child.dep_ in _NOT_OWN or noun.head.dep_ == "agent" and child.dep_ == "prep" and \
                any(g.dep_ == "pcomp" for g in child.children):
            break  # (nor the charge hung on an accuser: "by critics [of steering ...]")
        right = child.right_edge
    return noun.left_edge.idx, right.idx + len(right)


# Acts of violence done from afar, whose doers are of no place the text names.
REMOTE_ACTS = {"cyberattack", "hack", "hacking"}


def unidentified_attackers(doc, verb, context, victim: dict | None = None) -> dict | None:
    """Violence nobody is named for ("a car bomb killed a journalist in Beirut"): CAMEO's
    unidentified armed forces (UAF) of the place where it happened, else of the state the
    document is about, else (`victim`: the state that suffered it, "Turkey suffered two
    bombings") of the victim's state; None when none is known, or when the act is done from
    afar (a cyberattack: where its victim is says nothing of who did it)."""
    if verb.lemma_.lower() in REMOTE_ACTS:
        return None
    actor = {"code": "UAF", "country": None, "sector": "UAF", "entity": None,
             "start": verb.idx, "end": verb.idx}
    locate(doc, verb, actor, context, own_phrase=False)
    home_country(actor, context)
    if not actor["country"] and victim and victim.get("country") and \
            victim["country"] not in NON_STATE:
        actor["country"], actor["code"] = victim["country"], victim["country"] + "UAF"
    return actor if actor["country"] else None


def authorities_at(doc, verb, code: str, context) -> dict | None:
    """The state that coerces or frees when the text leaves it out ("two tourists were detained
    in Iran", "the paper was shut down", "were released from prison in Tehran"): arrest,
    detention, expulsion and restrictions (CAMEO 17) and releases from detention are state
    acts, so the doer is the police (arrests, 173) or the government of the place where it
    happens, else of the state the document is about; None when neither is known."""
    sector = "COP" if code.startswith("173") else "GOV"
    actor = {"code": sector, "country": None, "sector": sector, "entity": None,
             "start": verb.idx, "end": verb.idx}
    # "expelled from China", "deported from Russia": the state acts where the person leaves
    locate(doc, verb, actor, context, own_phrase=False, preps=LOCATIVE_PREPS | {"from"})
    home_country(actor, context)
    return actor if actor["country"] else None


# Where a state holds people: whoever is "released from" one was held by that state (a hostage
# "released from captivity" was held by captors, who may be anyone).
DETENTION_NOUNS = {"prison", "jail", "gaol", "custody", "detention", "penitentiary", "lockup"}


def released_from_detention(verb) -> bool:
    """ "were released from prison / custody / Evin prison": the release is the state's
    (authorities_at finds which by the place)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in DETENTION_NOUNS for g in c.children)
        for c in verb.children)


# Sectors of a state's own organs: their violence at home is not against their own civilians
STATE_ORGANS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


def victims_at(doc, verb, source: dict, target: dict | None, context) -> dict | None:
    """The victims of violence (CAMEO 18-20) the clause names by place only: a target-less
    attack ("a suicide bomber struck in Istanbul", "the attack came during Ramadan") is on
    the civilians (CVL) of the place where it happens, else of the state the document is
    about, as CAMEO coders code victims by place; a target named only by its sector ("killed
    41 people") is of that place too. None when no place is known, or when the place is the
    attacking state's own ("Israeli jets struck overnight" in an article about Israel)."""
    if _doers_own_by_default(doc, source, target, context):
        # "KYIV - Russia's invasion has killed thousands of civilians": the one state the
        # sentence names is the doer, which lent its country to the victims; a story set in
        # another state is about that state's civilians
        home = context["home"]
        return dict(target, country=home, code=home + "CVL")
    if target is None or _where(verb.doc, target) or target.get("sector") == "CVL" and not (
            code_phrase(doc.text[target["start"]:target["end"]]) or {}).get("country"):
        # victims whose own phrase tells their nationality, whatever the place
        named = (_victims_nationality(doc, verb, target) if target else None) or \
            _victims_nationality(doc, verb, None)
        if named:
            country, word = named  # the victims' record spans the nationality's word
            return {"code": country + "CVL", "country": country, "sector": "CVL",
                    "entity": None, "start": word.idx, "end": word.idx + len(word)}
    if target is not None:
        if target.get("country") or not target.get("sector"):
            return target
        place = dict(target)
    else:
        place = {"code": "CVL", "country": None, "sector": "CVL", "entity": None,
                 "start": verb.idx, "end": verb.idx}
    locate(doc, verb, place, context, own_phrase=False)
    home_country(place, context)
    if not place["country"] and source.get("country") and source.get("sector") not in \
            STATE_ORGANS and source["country"] not in NON_STATE:
        # "rebels attacked a convoy": armed groups are coded by the country they act in
        place["country"] = source["country"]
        place["code"] = source["country"] + place["sector"]
    country = place["country"]
    # a state named alone ("a Saudi airstrike": SAU) is its armed forces here
    if not country or (country == source.get("country") and
                       (source.get("sector") in STATE_ORGANS or not source.get("sector"))):
        return target
    return place


def _doers_own_by_default(doc, source: dict, target: dict | None, context) -> bool:
    """Victims (CVL) of a state's force (the state named alone, or its military) who have
    the doer's country only because their sentence names no other (their own words name
    none), in a story set in another state (context["home"])."""
    home = (context or {}).get("home")
    if target is None or target.get("sector") != "CVL" or not home or \
            target.get("country") != source.get("country") or home == target.get("country"):
        return False
    if source.get("sector") not in (None, "MIL") or source.get("country") in NON_STATE:
        return False
    return not (code_phrase(doc.text[target["start"]:target["end"]]) or {}).get("country")


def _where(parsed, actor: dict) -> bool:
    """The actor's words name where the act happened ("in a district of Istanbul")."""
    tok = next((t for t in parsed if t.idx == actor.get("start")), None)
    for _ in range(4):
        if tok is None or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS - {"of"}:
            return True
        if tok.dep_ not in ("det", "compound", "amod", "pobj", "prep"):
            return False
        tok = tok.head  # "a tourist district of Istanbul": from "a" to the "in" it hangs on
    return False


def _victims_nationality(doc, verb, target: dict | None) -> tuple | None:
    """The country of victims whose phrase tells their nationality: "killing ten people,
    nine of whom were German nationals", "killing 38 people, most of them British tourists",
    "wounding five people, including three Britons". The first nationality named (the
    victims mostly of it, as coders code them); a place in the phrase ("near the Indian
    embassy") is none. `target`: the victims' record, or None to look at the object of the
    clause's participle of harm ("blew himself up, killing ten people, ..."). Returns
    (country, the nationality's token) or None."""
    head = next((t for t in verb.doc if t.idx == target["start"]), None) if target else \
        next((o for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in HARMED
              for o in c.children if o.dep_ == "dobj"), None)
    while head is not None and head.dep_ in ("nummod", "quantmod", "advmod", "amod") and \
            head.head.i != head.i:
        head = head.head  # "at least 10 people": from the count to the noun
    if head is None:
        return None
    told = [t for c in head.children if c.dep_ in ("relcl", "appos") or
            (c.dep_ == "prep" and c.lower_ in ("including", "among")) for t in c.subtree]
    # "..., most of them British tourists": often parsed apart from the noun
    after = [t for t in head.doc[head.i + 1:head.sent.end]]
    for i, tok in enumerate(after[:-2]):
        if tok.lower_ == "of" and after[i + 1].lower_ in ("them", "whom"):
            told += after[i + 2:i + 5]  # "all of whom were foreigners and nine of whom ..."
    for tok in told:
        if tok.ent_type_ not in ("NORP", "GPE"):
            continue
        found = code_phrase(tok.text)
        if found and found.get("country") and found["country"] not in NON_STATE:
            return found["country"], tok
    return None


# Harm nobody did: a structure or vehicle that failed, a disaster of nature, an accident.
ACCIDENT_VERBS = {"collapse", "crash", "sink", "capsize", "derail", "overturn", "topple",
                  "cave", "burn"}
DISASTERS = {"fire", "blaze", "wildfire", "flood", "flooding", "storm", "earthquake", "quake",
             "landslide", "mudslide", "avalanche", "accident", "crash", "collapse", "cyclone",
             "hurricane", "typhoon", "tornado", "heatwave", "stampede", "outbreak", "epidemic",
             "rain", "downpour", "drought", "tsunami", "eruption", "lightning", "wind",
             "disease", "virus"}


def accident(verb) -> bool:
    """Is the harm the clause tells an accident's or a disaster's ("the bridge collapsed,
    killing 43 people", "a fire killed nine", "were killed in a landslide")? Then it is no
    act of violence (CAMEO 18-20), and no unidentified attackers did it. The caller asks only
    when no doer is named."""
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.lemma_.lower() in ACCIDENT_VERBS:
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "a blaze gutted and destroyed the market": the first verb's subject
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in DISASTERS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "by") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in DISASTERS for g in child.children):
            return True
    head = verb.head
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DISASTERS for c in head.children)


def home_country(actor: dict, context) -> None:
    """A sector with no country found in its sentence ("authorities imposed a blackout")
    takes the state the document is mostly about (context["home"], see clauses.py)."""
    home = (context or {}).get("home")
    # (not an unnamed NGO, "rights groups", "aid agencies": of no state, actors.context)
    if not actor["country"] and home and actor.get("sector") not in (None, "NGO") and \
            not actor.get("foreign"):
        actor["country"], actor["code"] = home, home + actor["sector"]


# Sectors of a state's own side: a speaker of one of these talks with others for that state.
STATE_SECTORS = {"GOV", "MIL", "SPY", "LEG"}


def reporting_state(actor: dict, context) -> None:
    """Armed forces of no named state that act in a military's report ("Russia's Defence
    Ministry said air defences destroyed 96 drones", "the army said troops repelled an
    attack") are that state's: a military reports what its own forces did and names the
    other side's ("Ukrainian drones"). Not a government's report: "the State Department said
    government forces abducted activists in Zimbabwe" is about another state's forces. Sets
    the actor's country in place."""
    speaker = (context or {}).get("speaker") or {}
    if not actor["country"] and actor.get("sector") == "MIL" and not actor.get("foreign") \
            and speaker.get("country") and speaker["country"] not in NON_STATE \
            and speaker.get("sector") == "MIL":
        actor["country"], actor["code"] = speaker["country"], speaker["country"] + "MIL"


def speaking_party(quote, noun, target: dict | None) -> dict | None:
    """The other party of a joint act named by a noun with only its counterpart ("peace talks
    with the Taliban") in a report whose speaker acts for a state: "Trump says peace talks with
    the Taliban have resumed" are the US government's talks. Only a speaker of another country
    than the counterpart's (a mediator's or host's report names both sides: "talks between").
    Returns an actor record spanning the speaker's words, or None."""
    source = (quote.source if quote is not None else None) or {}
    actor = source.get("actor") or {}
    if not target or source.get("start") is None or not actor.get("country") or \
            actor["country"] == "IGO" or actor.get("sector") not in STATE_SECTORS or \
            actor["country"] == target.get("country"):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "with" and
               any(g.idx == target["start"] or g.idx <= target["start"] < g.idx + len(g) + 1
                   for g in c.subtree) for c in noun.children):
        return None
    return actor_record(actor, source["start"], source["end"], source.get("entity"))


def sanctioned_abroad(doc, code: str, source: dict | None, target: dict) -> bool:
    """Did a bare sector word sanctioned by a state ("impose sanctions on commanders who
    obstructed aid") take the sanctioning state's country? Sanctions, embargoes and
    expulsions (CAMEO 16) fall on others; the phrase itself names no country."""
    if code[:2] != "16" or not source or not target.get("sector") or target.get("entity") or \
            target.get("country") != source.get("country"):
        return False
    return not (code_phrase(doc.text[target["start"]:target["end"]]) or {}).get("country")


def threatening_speaker(quote, source: dict | None, target: dict | None) -> dict | None:
    """The quote's speaker (an actor record) when force with no doer the text names (a
    passive, or attackers only inferred: `source`) falls on a target of another state than
    the speaker's: the speaker's threat. None otherwise ("officials said Kyiv would be bombed
    if" is Ukraine's fear, no threat of Ukraine's)."""
    speaker = (quote.source or {}) if quote is not None else {}
    actor = speaker.get("actor") or {}
    if not actor.get("country") or not (target or {}).get("country") or \
            target["country"] == actor["country"] or (
            source is not None and source.get("sector") != "UAF"):
        return None
    return {"code": actor.get("code"), "country": actor["country"],
            "sector": actor.get("sector"), "entity": speaker.get("entity"),
            "start": speaker["start"], "end": speaker["end"]}


def paired_states(doc, noun) -> list[dict]:
    """The two states a joint act's noun names by one pair word in its own phrase (a
    modifier, "talks between ...", not a relative clause on it): [first, second] as actor
    records spanning the pair word; [] when its phrase has none."""
    found = pair_word(noun)
    if found is None:
        return []
    at, to, states = found
    return [actor_record({"code": c, "country": c}, at, to, None) for c in states]
