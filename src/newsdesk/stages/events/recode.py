"""Codes a verb lexicon gets wrong by CAMEO's definitions, decided on the clause (newcomer
test 17, issue 19). Each rule is one class of wire-story sentence, not one sentence:

- a missile test or a launch into the sea is a show of force (150), not fighting (194):
  fighting needs someone fought;
- one side's drills or exercises are a show of force (150); military cooperation (062) needs
  a partner ("joint drills", "exercises with Japan");
- inmates freed in an attack ("stormed the jail, freeing 400 inmates") are part of the attack,
  not a release by their captor (084x is cooperative);
- drones or missiles sent "into" a country are an incursion (195), not military aid (072);
- "charged 13 people" by prosecutors, police or a court is a legal charge (173), not an
  accusation (112);
- a named place seized ("seized El Fasher", which the entity tagger may take for an
  organisation or a person) is an occupation (192), not an abduction (181) or a confiscation;
  so is ground named by a common noun ("seized the capital", "captured a provincial town",
  report 19): a vehicle, a building or goods seized stay a confiscation;
- police sent at home are police power shown (153); sent abroad, a protection mission (074);
- a court appeal ("will appeal the ruling", "appealed to the Supreme Court") is a step in a
  lawsuit, and "sought to end X" (a person's or a law's aim) asks no one for anything: no
  CAMEO appeal (020) either way (report 19);
- a vow to hit back ("we will respond with force", "would respond to any aggression",
  "will retaliate") is a threat of force (138) made when said, not force planned (190):
  CAMEO codes statements of future retaliation as threats;
- talks or a meeting someone is "open to" or "receptive to" are an offer (036), none held
  (040/046): the adjective frames the noun as "ready for talks" does.

`structural(trig, code)` runs after refine.py's rules on the parse; `with_actors(trig, code,
source, target)` before after_actors' own rules.
"""
from __future__ import annotations

from ..actors.lexicon import load, words
from .coding import match_token
from .frames import frame_code
from .nominal_parties import OPEN_WORDS
from .objects import head_of_quantity

FIRE_VERBS = {"fire", "launch", "test", "shoot"}
PROJECTILES = {"missile", "rocket", "icbm", "slbm", "warhead"}
# Where a test shot falls: no one is hit there.
SEA_WORDS = {"sea", "ocean", "water", "waters", "coast", "gulf", "strait"}
DRILL_NOUNS = {"exercise", "drill", "game", "manoeuvre", "maneuver", "war-game", "wargame"}
PARTNER_WORDS = {"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational"}
FORCE_ROOTS = ("18", "19", "20")
INCURSION_ARMS = {"drone", "missile", "jet", "aircraft", "warplane", "fighter", "helicopter",
                  "uav", "rocket"}
LEGAL_SECTORS = {"JUD", "COP"}
# What is appealed in a court, and the courts appealed to.
RULINGS = {"ruling", "verdict", "judgment", "judgement", "sentence", "conviction", "acquittal",
           "decision", "order", "injunction", "case", "rejection", "dismissal"}
COURTS = {"court", "circuit", "tribunal", "judge", "bench", "chamber"}
# Verbs of hitting back; "hit" and "strike" only with "back".
RETALIATION_VERBS = {"respond", "retaliate", "reply", "react", "avenge"}
BACK_VERBS = {"hit", "strike", "fight"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
WARN_VERBS = {"warn", "caution", "predict", "expect", "fear"}
PLACE_ROLES = ("name", "capital", "place")
# Ground that is held, not owned: seizing it is an occupation (192). Buildings, ships and
# vehicles (objects.PLACE_NOUNS has them too) are property seized.
TERRITORY_NOUNS = {"capital", "city", "town", "village", "district", "province", "region",
                   "territory", "area", "hill", "stronghold", "outpost", "base", "airport",
                   "airbase", "airfield", "port", "harbour", "harbor", "crossing",
                   "neighbourhood", "neighborhood", "suburb", "enclave", "garrison", "position",
                   "headquarters", "border", "frontier", "valley", "island", "zone"}


def structural(trig, code: str | None) -> str | None:
    """The code after the rules above that need only the parse (None: no event)."""
    if not code:
        return code
    verb = trig.head
    if code[:3] in ("190", "194", "195") and _test_launch(verb):
        return "150"
    if code == "062" and trig.token.lemma_.lower() in DRILL_NOUNS and \
            not _with_partner(trig.token, verb):
        return "150"
    if code.startswith("084") and _freed_in_attack(verb):
        return None
    if code == "020" and (_court_appeal(verb) or _aim(verb)):
        return None
    if code[:2] == "19" and _vow_to_hit_back(verb):
        return "138"
    if code.startswith("07") and verb.lemma_.lower() in ("send", "dispatch", "fly"):
        if _into_country(verb):
            return "195" if _objects(verb) & INCURSION_ARMS else None
    return code


def with_actors(trig, code: str, source: dict | None, target: dict | None) -> str:
    """The code after the rules above that need the actors."""
    lemma = trig.head.lemma_.lower()
    if code[:2] == "04" and _open_to(trig.token):
        # once the parties are known (the talks' sides, as "open to" itself has no frame)
        return frame_code("intent", code) or code
    if code == "112" and lemma == "charge" and (
            (source or {}).get("sector") in LEGAL_SECTORS or
            any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.head.children)):
        return "173"  # "prosecutors charged 13 people": charged in law, not accused in words
    if code in ("181", "1711") and lemma in ("seize", "capture", "recapture") and \
            (_named_place(trig.head) or _ground(trig.head)):
        return "192"
    if code == "074" and lemma in ("send", "dispatch", "deploy") and (
            target is None or target.get("country") == (source or {}).get("country")):
        return "153"  # police sent at home: police power, no protection mission abroad
    return code


def _court_appeal(verb) -> bool:
    """ "would appeal the ruling", "appealed against the verdict", "will appeal to the Ninth
    Circuit": a ruling appealed or a court appealed to."""
    if verb.lemma_.lower() != "appeal":
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in RULINGS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("against", "to"):
            if any(g.dep_ == "pobj" and (g.lemma_.lower() in RULINGS | COURTS)
                   for g in c.children):
                return True
    return False


def _vow_to_hit_back(verb) -> bool:
    """ "will respond with force", "would respond to any aggression", "will hit back": a
    retaliation verb in the future (or its reported "would"), not negated."""
    lemma = verb.lemma_.lower()
    back = lemma in BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                       for c in verb.children)
    if lemma not in RETALIATION_VERBS and not back:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & FUTURE_AUX) and not any(c.dep_ == "neg" for c in verb.children) and \
        not _warned_by_others(verb)


def _warned_by_others(verb) -> bool:
    """ "Syria, officials warned, will retaliate": a warning is others' forecast of the act
    (coded as that act, planned), no threat the doer made."""
    near = [verb.head] if verb.dep_ in ("ccomp", "conj") else []
    near += [c for c in verb.children if c.dep_ == "parataxis"]
    return any(t.lemma_.lower() in WARN_VERBS for t in near)


def _open_to(noun) -> bool:
    """ "was open to negotiations with Canada", "remains open to dialogue": the act noun
    hangs on "to" after an adjective of openness."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "ADJ" and \
        prep.head.lemma_.lower() in OPEN_WORDS


def _aim(verb) -> bool:
    """ "an order that sought to end birthright citizenship", "he seeks to reassure allies":
    an aim (the clause after it is the act, if any), not a request to anyone."""
    return verb.lemma_.lower() in ("seek", "try", "attempt") and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _objects(verb) -> set[str]:
    """Lemmas of the verb's direct objects and their compounds."""
    out: set[str] = set()
    for c in verb.children:
        if c.dep_ == "dobj":
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "compound")
    return out


def _test_launch(verb) -> bool:
    """ "test-fired a missile", "fired a ballistic missile into the sea", "launched two missiles
    off its east coast", "conducted a missile test": a projectile shot where nobody is hit
    (a test, or the sea), with no one named as hit ("at", "on", "toward" a place)."""
    if verb.lemma_.lower() not in FIRE_VERBS or not _objects(verb) & PROJECTILES:
        return False
    tested = verb.lemma_.lower() == "test" or any(
        c.lemma_.lower() == "test" for c in verb.children if c.dep_ in ("npadvmod", "compound",
                                                                         "advmod"))
    tested = tested or any(g.lemma_.lower() == "test" for c in verb.children if c.dep_ == "dobj"
                           for g in c.children if g.dep_ in ("compound", "amod"))
    preps = [c for c in verb.children if c.dep_ == "prep" and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children)]  # "on Tuesday" is no target
    if any(p.lower_ in ("at", "on", "toward", "towards", "against") for p in preps):
        return False
    into_sea = any(g.lemma_.lower() in SEA_WORDS for p in preps
                   if p.lower_ in ("into", "in", "off", "over", "toward") for g in p.subtree)
    return tested or into_sea


def _with_partner(noun, verb) -> bool:
    """ "joint drills", "exercises with the US navy", "French and Egyptian warships launched
    war games": a
    partner; "held drills around Taiwan" has none."""
    if any(c.lower_ in PARTNER_WORDS for c in noun.children):
        return True
    for head in (noun, verb):
        if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside", "between")
               for c in head.children):
            return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "China and Russia", "French and Egyptian warships": two sides in the subject
    return subj is not None and (any(t.dep_ == "conj" for t in subj.subtree) or
                                 subj.lower_ in ("allies", "partners"))


def _freed_in_attack(verb) -> bool:
    """ "attacked the town, freeing 500 inmates", "stormed the prison and freed the
    prisoners": the freeing hangs on a verb of force."""
    if verb.lemma_.lower() not in ("free", "release", "liberate") or \
            verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
        return False
    hit = match_token(verb.head)
    return hit is not None and hit[0][:2] in FORCE_ROOTS


def _into_country(verb) -> bool:
    """ "sent drones into India", "flew jets into Polish airspace": a crossing, not a
    delivery to someone."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in
                              ("airspace", "territory"))
        for g in c.children) for c in verb.children)


def _ground(verb) -> bool:
    """The seized object is ground named by a common noun ("the capital", "a border town",
    "the district headquarters"), not something owned by a person ("his town house")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in TERRITORY_NOUNS and \
        not any(c.dep_ == "poss" and c.lower_ not in ("its", "their") for c in obj.children)


def _named_place(verb) -> bool:
    """The seized object (or the place a part of it is: "most of Goma") is a proper name the
    country table lists as a state, a capital or a city of one ("seized Goma", "seized El Fasher"; the entity tagger often takes a city's
    name for a person's or an organisation's, so its tag cannot tell)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ != "PROPN":
        obj = head_of_quantity(obj)  # "seized most of Goma"
    if obj is None or obj.pos_ != "PROPN" or any(c.dep_ == "poss" for c in obj.children):
        return False
    name = [t for t in obj.subtree if t.i == obj.i or (t.dep_ == "compound" and t.head.i == obj.i)]
    key = tuple(w.lower() for w in words(" ".join(t.text for t in name)))
    return any(e.kind == "country" and e.role in PLACE_ROLES for e in load().lower.get(key, []))
