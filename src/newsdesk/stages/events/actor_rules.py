"""Rules that keep, recode or drop a lexicon hit once its actors are known (issue 19): a
visit, a welcome, praise or thanks need a counterpart; who used force decides between
conventional military force (19x), unconventional violence (18x) and no event at all
(a quarrel "over" a budget, a company's "assault" on a market); who seized people decides
between an arrest (173) and an abduction (181). The rules on the parse alone, before the
actors, are in refine.py.

`after_actors(trig, code, source, target)` -> the code to use, or None to drop the hit.
"""
from __future__ import annotations

from ..actors import NON_STATE
from .act_nouns import DEFINITE, FAMILIES
from .arguments import climb_subject
from .objects import MOTION_VERBS
from .recode import with_actors


# Codes that name a counterpart: a visit is to someone or somewhere, hosting is of
# someone, praise and thanks are for someone.
NEED_COUNTERPART = ("042", "043", "051")
# Subjects that are the violence itself, not who used it: "the attack killed", "a car bomb
# wounded".
BOMB_NOUNS = {"bomb", "bombing", "explosion", "blast", "explosive", "ied", "car-bomb"}
ATTACK_NOUNS = {"attack", "assault", "ambush", "massacre", "rampage", "shooting"}


# Verbs that say someone was somewhere, not that they went there: "appeared in Afghanistan",
# "Speaking in Poland, Obama said". Such presence is a visit only for an official of another
# state in a named foreign place (the guidelines: a trip needs a counterpart, the host state).
PRESENCE_VERBS = {"appear", "speak"}


def _present_abroad(verb, source: dict | None, target: dict | None) -> bool:
    source, target = source or {}, target or {}
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    return bool(places) and source.get("sector") not in (None, "CVL") and \
        bool(target.get("country")) and target["country"] != source.get("country")


# Words of an address to a body, the trigger's head (the verb "address", or the noun
# "address"/"speech" itself when the noun is the trigger): a visit only before another state's
# legislature. ("speak" is a presence verb: speaking in a foreign capital is a visit too.)
ADDRESS_WORDS = {"address", "speech"}


def _foreign_legislature(source: dict | None, target: dict | None) -> bool:
    """Is the target a legislature of another state than the source's ("Netanyahu addressed
    Congress": ISR before USALEG)? A source of no known state is no foreigner ("The president
    addressed Congress")."""
    source, target = source or {}, target or {}
    return target.get("sector") == "LEG" and bool(target.get("country")) and \
        bool(source.get("country")) and target["country"] != source["country"]


def _home_place(source: dict | None, target: dict | None) -> bool:
    """Is the target a place (a country with no sector) of the source's own country?"""
    source, target = source or {}, target or {}
    return bool(target.get("country")) and not target.get("sector") \
        and target["country"] == source.get("country")


# Sectors that protest in the street, not by diplomatic note: civilians, students, workers,
# farmers.
CROWDS = {"CVL", "EDU", "LAB", "AGR"}


def _state_subject(verb, source: dict | None) -> bool:
    """Is the doer a state named as one ("China", "Beijing"), not its people ("Georgians",
    whose actor code is the country's too)?"""
    if not source or source.get("sector") or not source.get("country"):
        return False
    if verb.pos_ == "NOUN":  # "prompting a protest from Belgrade": the phrase that names it
        subj = next((t for t in verb.doc if t.idx == source.get("start")), None)
    else:
        subj = climb_subject(verb)  # "summoned the ambassador to protest": the summoner
    return subj is not None and subj.ent_type_ == "GPE"


def _praised_act(trig, code: str) -> bool:
    """ "welcomed the meeting": praise of a definite act noun, whose parties are those of the
    act told before (anaphora.praised_parties gives them, or drops the praise)."""
    verb = trig.token
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return code.startswith("051") and verb.pos_ == "VERB" and obj is not None and \
        obj.lemma_.lower() in FAMILIES and any(c.dep_ == "det" and c.lower_ in DEFINITE
                                               for c in obj.children)


def after_actors(trig, code: str, source: dict | None, target: dict | None) -> str | None:
    """Rules that need the actors: a visit, a welcome, praise or thanks need a counterpart
    ("the gunmen arrived in trucks", "thank you very much" are no events); force by
    irregular attackers on civilians is unconventional violence (18x), not conventional
    military force (19x); force by a business on a market or a rival is competition, no
    event; a bomb or an unattributed attack that kills is 183 / 180; people
    captured by police or soldiers are arrested (173), not abducted. (recode.with_actors:
    legal charges, named places seized, police sent at home.)"""
    code = with_actors(trig, code, source, target)
    if code.startswith(NEED_COUNTERPART) and target is None and not _praised_act(trig, code):
        return None
    if code == "183" and (source or {}).get("sector") == "MIL" and \
            trig.token.lemma_.lower() in ("bomb", "bombing"):
        return "195"  # "the army kept bombing our cities": bombardment, not a planted bomb
        # (a blast or a detonation stays a bomb's, 183)
    if code == "183" and _bombed_by_state_or_nobody(trig, source):
        return "195"
    if code == "051" and trig.token.lemma_.lower() in ("back", "support") and \
            (source or {}).get("sector") in FIGHTING and (target or {}).get("sector") in FIGHTING:
        return "062"  # "soldiers backed by French jets", "militias supported by the army":
        # one armed force backing another fights beside it, no verbal support
    if code == "1712" and (source or {}).get("sector") == "MIL" and \
            (target or {}).get("sector") in ("MIL", "REB") and _foreign(source, target):
        return "190"  # "air defences destroyed 96 Ukrainian drones": force on another
        # state's forces and arms, no destruction of property
    if code == "141" and trig.token.lemma_.lower() == "protest" and (
            (source or {}).get("sector") == "GOV" or _state_subject(
                trig.token if trig.token.pos_ == "NOUN" else trig.head, source)):
        return "114"  # a government or a state ("China protested the visit") protests by
        # note or summons, not in the street
    if code == "172" and trig.head.lemma_.lower() in IMPOSE_VERBS and _foreign(source, target):
        return "163"  # "Estonia imposed travel bans on Georgian officials": a ban one state
        # imposes on another's people is a sanction (16); a ban on what is done at home
        # ("banned Hamas activities in the West Bank", "barred diplomats from travelling
        # outside Moscow") stays an administrative sanction (17)
    if code[:2] in ("18", "19") and _police_on_crowd(source, target):
        return "175"  # "police beat back / attacked the protesters": violent repression
    if code[:2] in ("18", "19") and _police_on_crowd(target, source):
        return "145"  # "protesters clashed with police", "students stoned police": a riot
    if code == "114" and (source or {}).get("sector") in CROWDS:
        return "141"  # "thousands of people protested against": a demonstration, not a note
    if code.startswith("042") and ((source or {}).get("sector") == "CVL" or (
            trig.head.lemma_.lower() in MOTION_VERBS and (source or {}).get("sector") is None)):
        return None  # a trip by people ("tourists visiting Egypt"), not by an official or a
        # force: no visit
    if code.startswith("042") and trig.head.lemma_.lower() in MOTION_VERBS and _home_place(source, target):
        return None  # "the president arrived in Paris": a trip at home meets no counterpart
    if code.startswith("042") and trig.head.lemma_.lower() in ADDRESS_WORDS and \
            not _foreign_legislature(source, target):
        return None  # "Obama addressed Congress": one's own legislature, or an address
        # to no legislature named, is no visit
    if code.startswith("042") and trig.head.lemma_.lower() in PRESENCE_VERBS and \
            not _present_abroad(trig.head, source, target) and \
            not _foreign_legislature(source, target):
        return None  # "appeared in court", "spoke in parliament", "speaking in Washington"
        # (at home), "spoke in Russian" (a language): no one visited
    if code == "190" and _hit_back(trig.token) and not _counter_force(trig.token, source, target):
        return "111"  # "Trump hit back at his critics": a retort, not force
    if code == "181" and trig.head.lemma_.lower() in SEIZE_VERBS and \
            (source or {}).get("sector") in STATE_FORCE:
        return "173"  # "troops captured a drug lord": an arrest; abduction is by outlaws
    if code[:2] == "19" and _dispute(trig, source, target):
        return None  # "Democrats and Republicans clashed over the budget": words, not force
    if code == "190" and trig.head.lemma_.lower() in CONTEST_VERBS and \
            not (_armed(source) or _armed(target)):
        return None  # "Biden defeated Trump", "pushed back on the plan": a vote or an
        # objection; these verbs are force only where an armed side beats or is beaten
    if code[:2] in ("18", "19", "20") and (source or {}).get("sector") == "BUS" and \
            (target or {}).get("sector") in (None, "BUS"):
        return None  # "the company launched an assault on the premium market": competition
    if code == "1712" and _strike_words(trig.head) & STRIKES:
        code = "190"  # "Russian missiles destroyed a power plant", "the drone attack set fire
        # to a refinery": the damage a strike does is the strike (then typed below)
    if code == "190" and _strike_words(trig.head) & AERIAL_WEAPONS and \
            (source or {}).get("sector") in ("MIL", "UAF", None):
        return "195"  # "Indian missiles struck ...", "drones hit ...": aerial weapons,
        # whoever fired them ("a drone struck a U.S. base": an unnamed force's)
    if code[:3] in ("190", "193"):
        subject = _violent_subject(trig.head)
        if subject in BOMB_NOUNS:
            return "183"
        if _unconventional(source, target) or (subject in ATTACK_NOUNS and source is None
                                                and not _armed(target)):
            return "180"
        if (source or {}).get("sector") in INSURGENT and _civilian_place(trig.head) and \
                (target or {}).get("sector") in (None, "EDU", "REL", "MED", "BUS"):
            return "180"  # "al-Shabaab fighters stormed a hotel in Mogadishu": an assault on
            # a place where civilians are, not a battle with the state's forces
        if code == "190" and (source or {}).get("sector") and subject not in STRIKES and \
                not (source or {}).get("by_force") and \
                (target or {}).get("sector") == "CVL" and trig.token.lemma_.lower() in KILL_VERBS:
            return "180"  # "soldiers killed hundreds of civilians": killing people who do
            # not fight is an assault (18), whoever does it; fighting is between armed sides
    return code


# Places where civilians are, not fighters: an armed group's attack on one is an assault (18).
CIVILIAN_PLACES = {"hotel", "market", "school", "church", "mosque", "temple", "synagogue",
                   "hospital", "bus", "restaurant", "mall", "cafe", "bar", "shop", "wedding",
                   "concert", "stadium", "home", "house", "village", "university", "clinic"}


def _civilian_place(verb) -> bool:
    """Is the verb's object a place where civilians are (CIVILIAN_PLACES)?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CIVILIAN_PLACES for c in verb.children)


# Verbs of killing people (not of fighting or striking: "shelled", "attacked").
KILL_VERBS = {"kill", "murder", "massacre", "slaughter", "execute", "slay", "shoot"}


IMPOSE_VERBS = {"impose", "slap", "announce", "introduce", "extend", "expand"}


# Sectors of bodies that fight: one backing another cooperates militarily.
FIGHTING = {"MIL", "REB", "PRM", "IMG", "UAF"}


def _foreign(source: dict | None, target: dict | None) -> bool:
    """Are the two of two different states, both known?"""
    a, b = (source or {}).get("country"), (target or {}).get("country")
    return bool(a and b) and a != b and a not in NON_STATE and b not in NON_STATE


def _police_on_crowd(source: dict | None, target: dict | None) -> bool:
    """Force by a state's police on civilians, students or workers of its own state (or of
    no stated one) is violent repression (CAMEO 175), as "cracked down on" and "fired tear
    gas at" already are in the lexicon, whatever the verb of force; the same crowd's force on
    its police is a violent protest, a riot (145)."""
    source, target = source or {}, target or {}
    if source.get("sector") != "COP" or target.get("sector") not in CROWDS:
        return False
    return None in (source.get("country"), target.get("country")) or \
        source["country"] == target["country"]


def _bombed_by_state_or_nobody(trig, source: dict | None) -> bool:
    """ "Iran would be bombed", "Israel bombed Gaza", "the government bombed rebel towns": the
    verb "bomb" with no bomber named (a passive) or a state as its subject is an air strike
    (195); a suicide, car or planted bomb (183) needs a bomber who is not a state's."""
    verb = trig.token
    if verb.lemma_.lower() != "bomb" or verb.pos_ != "VERB":
        return False
    if source is None or source.get("sector") == "UAF":
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
            not any(c.dep_ == "agent" for c in verb.children)
    return source.get("sector") == "GOV" or (bool(source.get("country")) and
                                             not source.get("sector"))


# People seized by a state's police, army or intelligence service are arrested (173); by
# anyone else ("gunmen seized 234 students"), abducted (181). Verbs that name the seizure
# itself only: "kidnapped" and "abducted" stay 181 whoever does them.
SEIZE_VERBS = {"capture", "recapture", "seize", "snatch", "grab"}
STATE_FORCE = {"COP", "MIL", "SPY"}


def _violent_subject(verb) -> str | None:
    """The head lemma of the subject when it is violence itself ("the explosion killed", "the
    attack that killed 41 people", "the attack killed one man and wounded another")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                    for c in verb.children):
        return verb.head.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            head = child if child.dep_ == "nsubj" else next(
                (g for g in child.children if g.dep_ == "pobj"), None)
            if head is not None:
                return head.lemma_.lower()
    return None


def _strike_words(verb) -> set[str]:
    """The violent subject's head lemma and its compounds ("a drone attack": attack, drone)."""
    head = _violent_subject(verb)
    if head is None:
        return set()
    words = {head}
    for child in verb.subtree:
        if child.lemma_.lower() == head and child.dep_ in ("nsubj", "pobj"):
            words |= {c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "amod")}
    return words


# Weapons that strike from the air: force they do is CAMEO 195 (aerial weapons), not 190.
AERIAL_WEAPONS = {"missile", "rocket", "drone", "warplane", "jet", "aircraft", "airstrike",
                  "helicopter", "bomber", "plane", "uav"}


# What strikes: an attack, a weapon, a barrage (the subject of "destroyed", "set fire to").
STRIKES = AERIAL_WEAPONS | ATTACK_NOUNS | BOMB_NOUNS | {
    "strike", "shelling", "shell", "artillery", "bombardment", "raid", "barrage", "gunfire",
    "mortar", "offensive"}


# Verbs of fighting that also name a quarrel: "clashed over the budget", "fought over seats".
QUARREL_VERBS = {"clash", "fight", "battle", "spar", "feud", "tussle", "wrangle"}
# Verbs of winning or holding off that are force only between armed sides ("the M23 was
# defeated by Congolese forces", "repelled an attack") and elsewhere a contest or an objection.
CONTEST_VERBS = {"defeat", "rout", "repel", "repulse", "push", "drive", "beat"}
ARMS = ("MIL", "COP", "SPY", "REB", "UAF", "PRM", "CRM", "IMG")


def _dispute(trig, source: dict | None, target: dict | None) -> bool:
    """A fight "over" a matter between parties that bear no arms: a quarrel (the metaphors of
    force the issue lists), not CAMEO 19."""
    verb = trig.head
    if verb.lemma_.lower() not in QUARREL_VERBS or not any(
            c.dep_ == "prep" and c.lower_ == "over" for c in verb.children):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WAR_NOUNS for c in verb.children):
        return False  # "India and Pakistan fought three wars over Kashmir": wars, no quarrel
    return not any((a or {}).get("sector") in ARMS for a in (source, target)) and \
        bool(source or target)


# Objects that make a fight over a matter armed: "fought two wars over Nagorno-Karabakh".
WAR_NOUNS = {"war", "battle", "skirmish", "conflict"}


# Means that make a counter-blow force: "hit back at al-Shabaab with air strikes".
FORCE_MEANS = {"strike", "airstrike", "missile", "rocket", "shelling", "raid", "bomb", "drone",
               "artillery", "attack", "fire", "troop", "force"}


def _hit_back(verb) -> bool:
    return verb.lemma_.lower() == "hit" and any(
        c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)


def _counter_force(verb, source: dict | None, target: dict | None) -> bool:
    """ "hit back" is a counter-attack (190) when armed men strike or are struck ("Turkey will
    hit ISIS back", "the army hit back at the rebels") or the means is force ("with air
    strikes"); else it is words ("Trump hit back at his critics", at a newspaper: 111)."""
    if _armed(source) or _armed(target) or ((target or {}).get("code") or "").startswith("IMG"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.lemma_.lower() in FORCE_MEANS for g in c.subtree) for c in verb.children)


def _armed(actor: dict | None) -> bool:
    return (actor or {}).get("sector") in ("MIL", "COP", "SPY", "REB", "UAF")


# Gunmen, attackers, criminals: irregular attackers whatever their target; rebels and
# transnational groups when they strike civilians (against soldiers they fight, 19x).
# Force by people who are no armed body is unconventional violence (180s), not a military
# attack (190): attackers, criminals, civilians, and the civil groups herders, miners, traders
# or students (AGR, LAB, BUS, EDU).
IRREGULAR = {"UAF", "CRM", "CVL", "AGR", "LAB", "BUS", "EDU"}
INSURGENT = {"REB", "IMG", "PRM"}  # (paramilitaries: "the RSF attacked civilians")


def _unconventional(source: dict | None, target: dict | None) -> bool:
    sector = (source or {}).get("sector")
    target_sector = (target or {}).get("sector")
    if target_sector in ("MIL", "COP", "SPY", "REB", "UAF"):
        return False
    if sector in IRREGULAR:
        return True
    if (source or {}).get("country") == "IMG":
        return target_sector in (None, "CVL")  # transnational terror groups
    return sector in INSURGENT and target_sector == "CVL"


# How many sentences back a use of force may be the cause of harm told without a doer.
HARM_LOOK_BACK = 2
STATE_ARMS = ("MIL", "COP", "SPY", "GOV")


def _own_side(doer: dict, target: dict | None) -> bool:
    """Are the victims the doer's own state's forces ("Israeli jets struck ... three Israeli
    soldiers were wounded": hurt by the other side, not by their own)?"""
    target = target or {}
    return target.get("sector") in STATE_ARMS and target.get("country") == doer.get("country")


def remember_force(context: dict, code: str, source: dict | None, sentence: int) -> None:
    """Keep the last armed doer of force (CAMEO 18-20) and its sentence for passive_harm_doer:
    an armed body, or a state itself using military force ("Russia fired 40 missiles")."""
    if not source or not source.get("country") or code[:2] not in ("18", "19", "20"):
        return
    state = not source.get("sector") and source["country"] not in NON_STATE and code[:2] == "19"
    if _armed(source) or state:
        context["last_force"] = (dict(source), sentence)


# Verbs of stopping what the other side fired ("shot down 102 missiles", "intercepted the
# drones"): defence against an attack, never the attack a later "the attack" repeats.
INTERCEPTING = {"intercept", "down", "repel", "repulse"}


def intercepts(verb) -> bool:
    """Is the verb one of stopping what was fired ("shot down", "intercepted", "downed")?"""
    return verb.lemma_.lower() in INTERCEPTING or verb.lemma_.lower() == "shoot" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)


def intercepted_from(verb, source: dict | None, target: dict | None, context: dict,
                     sentence: int, resolve) -> dict | None:
    """The side whose weapons were stopped when the text names none by their nationality:
    the one a participle names ("intercepted a drone launched by the rebels": `resolve(tok)`
    codes that phrase), else the state of the last armed doer of force told in this
    sentence or the two before ("said it shot down 102 of the 127 missiles fired
    overnight"), when that is another state than the one intercepting; None otherwise (the
    target stands)."""
    if not intercepts(verb) or not source or not source.get("country") or \
            not target or target.get("country"):
        return None
    launcher = next((g for o in verb.children if o.dep_ == "dobj" for a in o.children
                     if a.dep_ == "acl" for b in a.children if b.dep_ == "agent"
                     for g in b.children if g.dep_ == "pobj"), None)
    found = resolve(launcher) if launcher is not None else None
    if found and found.get("country") and found["country"] != source["country"]:
        return dict(found, start=target["start"], end=target["end"])
    force = context.get("last_force")
    if not force or not 0 <= sentence - force[1] <= HARM_LOOK_BACK or \
            force[0]["country"] == source["country"] or force[0]["country"] in NON_STATE:
        return None
    country = force[0]["country"]
    return dict(target, country=country, code=country + (target.get("sector") or ""))


def passive_harm_doer(verb, target: dict | None, quote, context: dict,
                      sentence: int) -> dict | None:
    """The doer of harm told in the passive with no agent ("two civilians were wounded",
    "five insurgents were killed"), instead of inventing unidentified attackers: the armed
    doer of the force told in this sentence or the two before ("Turkish warplanes struck ...
    two civilians were wounded"), else an army or police speaker reporting the deaths of its
    enemies ("the army said 20 militants were killed": its own operation). None otherwise;
    never the victims' own state's forces when the victims are that state's forces."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children):
        return None
    force = context.get("last_force")
    if force and 0 <= sentence - force[1] <= HARM_LOOK_BACK and not _own_side(force[0], target):
        return dict(force[0], by_force=True)  # (the harm of that force: coded as it, below)
    speaker = ((quote.source or {}).get("actor") if quote is not None else None) or {}
    enemies = (target or {}).get("sector") in ("REB", "CRM", "IMG") or (
        (target or {}).get("sector") == "MIL" and target.get("country") != speaker.get("country"))
    if speaker.get("sector") in ("MIL", "COP") and speaker.get("country") and enemies:
        return {**speaker, "entity": None, "start": verb.idx, "end": verb.idx}
    return None


COUP_NOUNS = {"coup", "putsch"}


def overthrown(trig, source: dict | None) -> bool:
    """Is the act a coup ("seized power", "staged a coup") by a state's own forces? Its
    target, when the text names none, is that state's rulers (the coders' MLIMIL -> MLIGOV),
    not no one."""
    if not (source or {}).get("country") or source["country"] in NON_STATE:
        return False
    word = trig.token.lemma_.lower()
    objects = {c.lemma_.lower() for c in trig.token.children if c.dep_ == "dobj"}
    return word in COUP_NOUNS or bool(objects & COUP_NOUNS) or (
        word in ("seize", "grab") and "power" in objects)
