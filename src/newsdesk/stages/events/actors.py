"""Source and target actors of a trigger, read from the dependency parse.

Source: the subject (climbing xcomp/conj chains: "China plans to send" → China), or the
`by` agent of a passive. Target: the passive subject, the object, the dative, or the object
of a preposition (on, against, to, with, for, ...) on the verb or on its object noun
("imposed sanctions on Russia"). Among candidates, one whose country differs from the
source's wins ("send its minister to Russia" → Russia, not the minister).

A phrase becomes an actor through, in order: an entity of the actors stage inside it, the
actors stage's `actor_for_span`, its `code_phrase`, and for pronouns and bare titles ("the
minister", "he") the speaker of the quote it is in or the last source actor (cheap coreference).
"""
from __future__ import annotations

from ..actors import NON_STATE, actor_for_span, code_phrase
from .coding import giver_of, match_token, nominal_agent, received_act
from .implied import actor_record, home_country, in_dateline, locate, the_two
from .modality import phoned_to, thwarted_scheme
from .objects import MOTION_VERBS, head_of_quantity, kind_of

TARGET_PREPS = ("on", "against", "to", "with", "for", "into", "from", "toward", "towards",
                "at", "upon", "over", "of", "between", "in")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "his", "its",
            "their", "our"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
ROLE_NOUNS = {"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
              "official", "leader", "government", "ministry", "army", "military", "chancellor",
              "secretary", "diplomat", "envoy", "delegation", "king", "ambassador", "general",
              "commander", "prime", "authorities", "regime", "administration", "prosecutor"}
SUBJECT_DEPS = ("nsubj", "csubj")
REFLEXIVES = {"himself", "herself", "themselves", "itself", "ourselves", "myself"}
# "America's enemies", "Russia's allies": the possessor is not the party meant.
RELATIONAL = {"enemy", "ally", "friend", "foe", "adversary", "rival", "critic", "opponent",
              "partner", "neighbour", "neighbor", "detractor", "supporter", "backer"}
# Weapons and fire that stand for the force using them: "killed by Russian shelling".
INSTRUMENTS = {"shelling", "shell", "fire", "gunfire", "artillery", "missile", "rocket",
               "drone", "airstrike", "strike", "bombardment", "bombing", "bomb", "mortar",
               "shellfire", "warplane", "jet", "tank", "attack", "raid", "barrage", "salvo",
               "offensive", "air", "sniper", "mine", "operation", "crackdown", "sweep", "swoop",
               "ambush", "assault", "incursion"}
# Prepositions that introduce a prevented or resisted act: "deter China from arming
# Russia", "talked Iran into signing", "warned Seoul against deploying".
PREVENTED_PREPS = ("from", "into", "against")
IMPUTED_PREPS = ("of", "for", "with")  # "accused X of", "blamed X for", "charged X with"


def np_bounds(token) -> tuple[int, int]:
    """Character span of a noun phrase: left edge to the head, plus compounds, appositions
    and "of" phrases (not relative clauses, which hold other actors)."""
    start = token.left_edge.idx
    end = token.idx + len(token)
    for child in token.children:
        if child.i > token.i and child.dep_ in ("appos", "compound", "flat", "nummod") or (
                child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i):
            last = child.right_edge
            end = max(end, last.idx + len(last))
    return start, end


def _entity_actor(doc, start: int, end: int, head_offset: int, context=None):
    """The actor-bearing entity in [start, end): the one covering the head, else the nearest
    before it (a modifier such as "Chinese" in "Chinese troops"), else any."""
    found = [e for e in doc.entities if e.actor and e.start < end and e.end > start
             and not in_dateline(e.start, context)]
    if not found:
        return None
    covering = [e for e in found if e.start <= head_offset < e.end]
    if covering:
        return covering[0]
    before = [e for e in found if e.end <= head_offset + 1]
    return max(before, key=lambda e: e.end) if before else found[0]


def _as_actor_dict(value):
    if isinstance(value, dict):
        return value if value.get("code") or value.get("country") else None
    if isinstance(value, tuple):
        for part in value:
            if isinstance(part, dict):
                return _as_actor_dict(part)
            if getattr(part, "actor", None):
                return part.actor
    if getattr(value, "actor", None):
        return value.actor
    return None


def resolve_phrase(doc, token, context, context_country: str | None = None) -> dict | None:
    """{code, country, sector, entity, start, end} for the phrase headed by token. An actor
    with no country ("the minister" → GOV) is a weak answer: coreference may do better. A
    relational phrase ("America's enemies") or a dateline ("JERUSALEM —") is no actor; an
    instrument with a country ("Russian shelling") is that country's military."""
    if _relational(token) or _generic(token):
        return None
    if in_dateline(token.idx, context):
        return None
    found = _resolve(doc, token, context, context_country)
    if found and token.lemma_.lower() in INSTRUMENTS and found.get("country") and \
            not found.get("sector") and len(found["country"]) == 3 and \
            found["country"] not in NON_STATE:
        found = dict(found, sector="MIL", code=found["country"] + "MIL")
    return found


def _relational(token) -> bool:
    """ "America's enemies", "its allies": a relation of the possessor, naming nobody; but
    "its European Community partners" names them."""
    if token.lemma_.lower() not in RELATIONAL or not any(c.dep_ == "poss" for c in token.children):
        return False
    return not any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in token.children)


def _generic(token) -> bool:
    """ "any party", "no one", "every side": a quantifier, not a party."""
    return token.pos_ != "PROPN" and any(
        c.dep_ == "det" and c.lower_ in ("any", "no", "every", "either", "neither", "each")
        for c in token.children)


def _resolve(doc, token, context, context_country: str | None = None) -> dict | None:
    start, end = np_bounds(token)
    # "NAIROBI - Police fired ...": the phrase starts after the dateline
    start = max([start] + [b for a, b in (context or {}).get("datelines", ()) if a <= start < b
                           and b <= token.idx])
    if token.lemma_.lower() in INSTRUMENTS:
        # "two suicide bombs ... outside Ankara's station": who used a weapon is said by its
        # own modifiers ("Russian shelling"), not by where it fell
        end = token.idx + len(token)
    ent = _entity_actor(doc, start, end, token.idx, context)
    if ent is not None and ent.actor.get("country"):
        if not ent.actor.get("sector") and not ent.start <= token.idx < ent.end:
            # "Georgia state troopers": the place modifies a sector word the span names
            found = _as_actor_dict(actor_for_span(doc, start, end))
            if found and found.get("sector") and found.get("country") == ent.actor["country"]:
                return actor_record(found, start, end, ent.id)
        return actor_record(ent.actor, ent.start, ent.end, ent.id)
    weak = actor_record(ent.actor, ent.start, ent.end, ent.id) if ent is not None else None
    in_quote_first_person = token.lower_ in FIRST_PERSON and context.get("speaker")
    if not in_quote_first_person:
        found = _as_actor_dict(actor_for_span(doc, start, end))
        if not (found and found.get("country")) and token.lower_ not in PRONOUNS:
            found = _as_actor_dict(code_phrase(doc.text[start:end], date=doc.meta.published,
                                               context_country=context_country)) or found
        if found and found.get("country"):
            return actor_record(found, start, end, None)
        weak = weak or (actor_record(found, start, end, None) if found else None)
    low = token.lower_
    if low in FIRST_PERSON and context.get("speaker"):
        return dict(context["speaker"], start=token.idx, end=token.idx + len(token))
    last = context.get("last_source")
    # an anaphor points back: a source named later in the text (events are coded clause by
    # clause, not in text order) is not what "he" or "the minister" refers to
    if (low in PRONOUNS - FIRST_PERSON or _role_noun(token)) and last and \
            last.get("start", -1) < token.idx:
        return dict(last, start=token.idx, end=token.idx + len(token))
    return weak


def _role_noun(token) -> bool:
    """"the minister", "the spokesman": a definite role noun with no proper name in it."""
    return (token.lemma_.lower() in ROLE_NOUNS and any(c.lower_ == "the" for c in token.children)
            and not any(t.pos_ == "PROPN" for t in token.subtree))


def _dateline_last(child) -> bool:
    """Sort key: a subject in capitals before a dash (a dateline's place) after the verb's
    other children (sorted() keeps their order)."""
    return child.dep_ in SUBJECT_DEPS and child.text.isupper() and any(
        t.text in ("-", "--", "\u2013", "\u2014") for t in child.doc[child.i + 1:child.i + 6])


def _climb_subject(verb):
    """The subject of a verb, climbing xcomp / conj / relcl links when it has none. The doer
    of a prevented act is the one prevented ("deter China from arming Russia" → China); the
    doer of an adjunct of a passive is its patient ("X was shot by police before blowing
    himself up" → X)."""
    cur = verb
    adjunct = False
    for level in range(5):
        if level and adjunct and is_passive(cur):
            patient = _patient(cur)
            if patient is not None:
                return patient
        # a dateline parsed as a second subject ("NAIROBI (Reuters) - Kenyan police
        # arrested") comes last
        for child in sorted(cur.children, key=_dateline_last):
            # "Beijing is set to host ...": the raised subject of a passive frame verb
            if child.dep_ in SUBJECT_DEPS or (level > 0 and child.dep_ == "nsubjpass"):
                return antecedent(child)
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if cur.dep_ == "relcl":
            return cur.head
        prevented = _prevented_doer(cur)
        if prevented is not None:
            return prevented
        scheme = thwarted_scheme(cur)
        if scheme is not None:
            # "police foiled a plot by militants to bomb ...": the plotters, not the police
            return next((g for c in scheme.children if c.dep_ == "prep" and c.lower_ == "by"
                         for g in c.children if g.dep_ == "pobj"), None)
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep", "acomp") and \
                cur.head.i != cur.i:
            adjunct = adjunct or cur.dep_ in ("advcl", "pcomp", "prep")
            obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None) or \
                _appealed_to(cur.head)
            if cur.dep_ == "xcomp" and obj is not None and _can_act(obj) and \
                    cur.head.lemma_ != "promise" and not phoned_to(cur.head):
                # "urged Russia to withdraw": the object of the urging acts (but in "used
                # pepper balls to disperse the crowd" the users do, and in "called Putin to
                # demand" the caller)
                return obj
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and _can_act(cur.head):
                return cur.head  # "warned citizens visiting Turkey": the citizens visit
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "dobj":
                # "issued a statement condemning the attack": the issuer condemns
                cur = cur.head.head
                continue
            cur = cur.head
            continue
        break
    return None


RELATIVE_PRONOUNS = ("who", "whom", "which", "that")


def antecedent(token):
    """The noun a relative pronoun stands for ("Russian troops, [who] attacked ...",
    "activists [whom] police detained"): the head of its relative clause; any other
    token is itself."""
    clause = token.head
    if token.lower_ in RELATIVE_PRONOUNS and token.tag_ in ("WP", "WDT") and \
            clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return token


def _appealed_to(verb):
    """ "called on Russia to withdraw", "appealed to Iran to release": the one urged, named in
    an on/upon/to phrase of the urging verb, or None."""
    if verb.lemma_.lower() not in ("call", "appeal", "plead"):
        return None
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in ("on", "upon", "to"):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _can_act(token) -> bool:
    """A phrase that can do things: people, groups, bodies, named places (states)."""
    return token.pos_ == "PROPN" or bool(token.ent_type_) or \
        kind_of(token) in ("person", "group")


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def passive_participle(verb) -> bool:
    """ "civilians [killed] in an airstrike", "protesters [detained] by police": a past
    participle describing a noun, which is what the act was done to."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")


def _patient(verb):
    """The passive subject of a verb, or the noun a passive participle modifies."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if verb.dep_ == "acl" and verb.head.i != verb.i:
        return verb.head
    return None


def _prevented_doer(token):
    """The doer of a gerund that is the object's act: "deter China from arming" (prevented),
    "accused Russia of shelling", "blamed Iran for arming", "charged the commander with
    killing", "thanked Poland for hosting": the object of the verb the gerund's preposition
    hangs on, when it is someone who can act ("used the funds for building": the users)."""
    if token.dep_ != "pcomp" or token.head.dep_ != "prep":
        return None
    prep, governor = token.head.lower_, token.head.head
    obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
    if prep in PREVENTED_PREPS:
        return obj
    if prep in IMPUTED_PREPS and governor.pos_ == "VERB" and obj is not None and _can_act(obj):
        return obj
    return None


def _source_token(verb):
    if verb.pos_ in ("NOUN", "PROPN"):  # a nominal event: its doer is in its own phrase
        return nominal_agent(verb)
    agent = [c for c in verb.children if c.dep_ == "agent"]
    for a in agent:
        # "killed by Russian shelling": the parser makes the instrument a gerund (pcomp)
        objs = [g for g in a.children if g.dep_ in ("pobj", "pcomp")]
        if objs:
            return objs[0]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive or passive_participle(verb):
        return _attack_by(verb)
    return _climb_subject(verb)


def _attack_by(verb):
    """ "killed in an ISIS suicide attack", "wounded in Russian shelling", "beaten during a
    crackdown by Belarusian police": a passive without an agent whose "in" or "during" phrase
    names the attack; its "by" phrase, else its modifiers, say whose it was."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in INSTRUMENTS:
                    continue
                by = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"]
                if by:
                    return by[0]
                if any(m.dep_ in ("compound", "amod", "poss") and m.i < obj.i
                       for m in obj.children):
                    return obj
    return None


def _prep_objects(token):
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in TARGET_PREPS:
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "dative":
            out.append(child)
    return out


def _target_candidates(verb, noun):
    # the attack of a passive ("killed in a Russian airstrike") says who did it, not to whom
    means = _attack_by(verb) if verb.pos_ not in ("NOUN", "PROPN") else None
    cands = [c for c in _raw_candidates(verb, noun) if c.lower_ not in REFLEXIVES and c != means]
    # a place ("in Serbia") is the target only when nothing else is: CAMEO coders' habit;
    # where a trip began ("went from Kyiv to Warsaw") is never one
    origin = verb.lemma_.lower() in MOTION_VERBS
    cands = [c for c in cands if not (origin and c.dep_ == "pobj" and c.head.lower_ == "from"
                                      and c.head.head.i == verb.i)]
    return sorted(cands, key=lambda t: t.head.lower_ == "in" and t.dep_ == "pobj")


def _raw_candidates(verb, noun):
    cands = _died_in(noun if noun is not None else verb)
    if passive_participle(verb):
        cands.append(verb.head)
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            cands.append(antecedent(child))
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "attr") and (noun is None or child.i != noun.i):
            if child.pos_ == "ADP":  # "provide aid to Sri Lanka" parsed with a dative "to"
                cands.extend(g for g in child.children if g.dep_ == "pobj")
            else:
                cands.append(antecedent(child))
    if noun is not None:
        cands.extend(_prep_objects(noun))
    for child in verb.children:
        if child.dep_ in ("dobj",) and (noun is None or child.i != noun.i):
            cands.extend(_prep_objects(child))
    cands.extend(_prep_objects(verb))
    for child in verb.children:
        if child.dep_ == "prt":
            cands.extend(_prep_objects(child))
    for child in verb.children:
        # "demanded that Pakistan hand over ...": the subject of the reported clause;
        # "threatened to launch a strike against the US": the infinitive's own targets.
        if child.dep_ == "ccomp":
            cands.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
        elif child.dep_ == "xcomp":
            cands.extend(_raw_candidates(child, None))
    return cands


# Verbs of dying that take no object: who died "in" or "during" an act is its victim.
DEATH_VERBS = {"die", "perish"}


def _died_in(noun) -> list:
    """ "Ten people died in a Saudi airstrike": the subject of a verb of dying that the act
    noun hangs on ("in", "during") is whom the act was done to."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or \
            prep.head.lemma_.lower() not in DEATH_VERBS:
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]


def with_conjuncts(token) -> list:
    """A token and the tokens conjoined to it ("Hungarian and Romanian", "US and Britain")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


# Prepositions that list members of a group: "countries such as ...", "states including ...".
LISTING_PREPS = {"as", "including", "like"}


def each_named(doc, token, found: dict | None, context) -> list:
    """ "diplomats from Poland and Lithuania", "states such as Iran and Syria": a phrase whose
    country is that of a name inside it conjoined to others, or a group with no country of
    its own that lists its members, stands for each of them (one actor per country, with the
    phrase's sector); so does a phrase with conjoined modifiers ("Somali and Yemeni
    pirates"); any other phrase is itself: [found]."""
    sector = (found or {}).get("sector")
    mods = _modifier_conjuncts(token)
    if found and len(mods) > 1:
        out = _parties(doc, mods, sector, context)
        if len(out) > 1:
            return out
    for name in token.subtree:
        if name.i == token.i or name.dep_ != "pobj" or \
                not any(c.dep_ == "conj" for c in name.children):
            continue
        first = resolve_phrase(doc, name, context)
        if not first or not first.get("country"):
            continue
        if found and found.get("country"):
            if first["country"] != found["country"]:
                continue
        elif name.head.lower_ not in LISTING_PREPS:
            continue
        base = found if found and found.get("country") else first
        return _parties(doc, with_conjuncts(name)[1:], sector, context,
                        [_with_sector(base, sector)])
    return [found]


def _with_sector(actor: dict, sector: str | None) -> dict:
    """The actor with `sector` when it names none of its own."""
    if not sector or actor.get("sector"):
        return actor
    return dict(actor, sector=sector, code=actor["country"] + sector)


def _parties(doc, tokens, sector, context, out: list | None = None) -> list[dict]:
    """`out` plus one actor per token naming a country not yet in it, with `sector`."""
    out = list(out or [])
    for tok in tokens:
        one = resolve_phrase(doc, tok, context)
        if one and one.get("country") and one["country"] not in {a["country"] for a in out}:
            out.append(_with_sector(one, sector))
    return out


def _modifier_conjuncts(token) -> list:
    """"Hungarian and Romanian officials": conjoined modifiers of the head noun."""
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss") and
            any(g.dep_ == "conj" for g in c.children)]
    return with_conjuncts(mods[0]) if mods else []


REPORT_VERBS = {"say", "announce", "tell", "state", "add", "declare", "report", "claim"}


QUOTE_MARKS = "\"\u201c\u201d"


def _reporter_subject(subj):
    """"The union announced that it has called off the strike": "it" is the announcer. Not
    in a direct quote ("'He wants to support the troops,' Grisham said": he is not the
    speaker, who would say "I"), nor across number ("They refused, the official said")."""
    if _in_direct_quote(subj):
        return None
    cur = subj.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_ in REPORT_VERBS:
            reporter = next((c for c in cur.head.children if c.dep_ in SUBJECT_DEPS), None)
            if reporter is not None and "any" not in (_number(subj), _number(reporter)) \
                    and _number(subj) != _number(reporter):
                return None
            return reporter
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _in_direct_quote(token) -> bool:
    """An odd number of quotation marks between the sentence start and the token."""
    sent = token.sent
    marks = sum(t.text.count(q) for t in sent if t.i < token.i for q in QUOTE_MARKS)
    return marks % 2 == 1


def _number(token) -> str:
    """Grammatical number of a subject: "sg", "pl", or "any" for bodies spoken of as "it"
    and "they" alike ("a group of leaders" counts as its leaders)."""
    if token.lower_ in ("they", "them", "we", "us"):
        return "pl"
    if token.lower_ in ("he", "she", "it", "him", "her", "i"):
        return "sg"
    token = head_of_quantity(token)
    if token.lemma_.lower() in COLLECTIVES or token.ent_type_ in ("ORG", "GPE", "NORP"):
        return "any"
    plural = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
    return "pl" if plural else "sg"


# Bodies spoken of as "they" as often as "it".
COLLECTIVES = {"government", "group", "party", "ministry", "army", "military", "police",
               "administration", "union", "council", "committee", "movement", "team",
               "delegation", "coalition", "alliance", "opposition", "authority", "company"}


def actors_for(doc, verb, noun, context, violent: bool = False
               ) -> tuple[list[dict], list[dict]]:
    """(sources, targets): actor records; several when the phrase is a conjunction. A target
    named only by its sector ("activists", "troops") takes the country of the source (a
    domestic act: "Trump thanked troops") or, for violence (`violent`) or a stateless
    source, of the place where the clause happens ("ISIS killed ten people in Istanbul")."""
    received = received_act(verb) if noun is not None else None
    if received is not None and received.i == noun.i:
        return _received(doc, verb, noun, context)
    sources: list[dict] = []
    subj = _source_token(verb)
    if subj is not None and subj.lower_ in PRONOUNS - FIRST_PERSON:
        subj = _reporter_subject(subj) or subj
    if subj is not None:
        parts = with_conjuncts(subj)  # conjoined modifiers: each_named, below
        sources = the_two(doc, subj, context)
        for tok in parts if not sources else ():
            found = resolve_phrase(doc, tok if len(parts) > 1 else subj, context)
            if found and found not in sources:
                sources.append(found)
    if sources and not sources[0]["country"]:
        locate(doc, subj, sources[0], context)
        home_country(sources[0], context)
    if len(sources) == 1:
        sources = each_named(doc, subj, sources[0], context)
    source_country = sources[0]["country"] if sources else None
    # bare sector words of the target ("people", "activists") are of the source's country
    # only when that is a state: ISIS is no country its victims belong to
    home = source_country if source_country not in NON_STATE else None
    targets: list[dict] = []
    fallback: list[dict] = []
    places: set[int] = set()
    used = {s["start"] for s in sources}
    for cand in _target_candidates(verb, noun):
        for tok in with_conjuncts(cand):
            found = resolve_phrase(doc, tok, context)
            if found and not found["country"] and found.get("sector"):
                if _abroad(sources, found):
                    # only their own phrase gives them a country ("pirates from Somalia"),
                    # not where the clause happens ("near a German warship")
                    locate(doc, tok, found, context, preps=frozenset())
                elif violent or not home:
                    locate(doc, tok, found, context)
                if not found["country"] and home and not _abroad(sources, found) \
                        and not _military_force(sources, violent):
                    found["country"], found["code"] = home, home + found["sector"]
            elif found and _abroad(sources, found) and not _own_country(doc, found):
                found = dict(found, country=None, code=found["sector"])
            for found in each_named(doc, tok, found, context):
                if not found or found["start"] in used:
                    continue
                used.add(found["start"])
                if found["country"] and (found["country"] != source_country or
                                         not source_country):
                    targets.append(found)
                    if not found.get("sector") and tok.head.lower_ in PLACE_PREPS:
                        places.add(found["start"])  # "in northern Iraq": where, maybe whom
                elif found["entity"] or found.get("sector") or \
                        any(t.pos_ == "PROPN" for t in tok.subtree):
                    # a named or a sector target of the same country: a domestic event
                    # ("police arrested opposition activists")
                    fallback.append(found)
        if targets:
            break
    named = [a for a in fallback if a["entity"] and a.get("sector") not in (None, "CVL")]
    if named and targets and all(a["start"] in places for a in targets):
        # a group the text names as the one acted on is the target, not where it happened
        # ("Turkish troops killed 12 PKK militants in northern Iraq")
        return sources, named[:1]
    if not targets and not any(_abroad(sources, a) and not a["country"] for a in fallback):
        # (outlaws a military acts on, of no country, are the target: not a state named
        # elsewhere in the clause, "seized six pirates near a Greek cargo ship")
        targets = _clause_actor(doc, verb, source_country, used, context)
    fallback.sort(key=lambda a: not a["country"])
    return sources, targets or fallback[:1]


# Prepositions of where a clause happens ("killed 12 militants in northern Iraq").
PLACE_PREPS = {"in", "near", "at", "inside", "outside", "across", "around", "along"}
# Armed groups outside the law: an army fighting them may be at home or abroad.
OUTLAWS = {"CRM", "REB", "UAF", "PRM"}


def _abroad(sources: list[dict], target: dict) -> bool:
    """ "The Indian navy captured 23 pirates": armed outlaws a military acts on are of no
    country their own phrase does not name (they stay a sector without one): not the
    military's, not one named where the clause happens."""
    return bool(sources) and sources[0].get("sector") == "MIL" and target.get("sector") in OUTLAWS


def _military_force(sources: list[dict], violent: bool) -> bool:
    """ "Six children were killed in an Israeli strike", "a Saudi airstrike killed ten
    people": the victims of a state's armed force are of no country the clause does not
    name; a military strikes abroad as often as at home (police violence is domestic: its
    victims keep the source's country)."""
    if not violent or not sources:
        return False
    source = sources[0]
    return source.get("sector") == "MIL" or bool(source.get("country") and not source.get("sector")
                                                 and source["country"] not in NON_STATE)


def _own_country(doc, actor: dict) -> bool:
    """Whether an actor's own words name its country ("Somali pirates"), not the sentence
    around it (the actors stage gives a bare sector word the country of its context)."""
    own = _as_actor_dict(code_phrase(doc.text[actor["start"]:actor["end"]],
                                     date=doc.meta.published))
    return bool(own and own.get("country"))


def _received(doc, verb, noun, context) -> tuple[list[dict], list[dict]]:
    """ "Israel faced criticism from France": the giver (France) acts on the subject. A
    subject that is itself an act ("Russia's invasion drew condemnation from the UN") is
    its doer's: the condemnation is of Russia."""
    def resolved(token) -> list[dict]:
        found = [resolve_phrase(doc, t, context) for t in with_conjuncts(token)] if token else []
        return [f for f in found if f]

    receiver = _climb_subject(verb)
    if receiver is not None and receiver.pos_ == "NOUN" and match_token(receiver):
        receiver = nominal_agent(receiver)
    return resolved(giver_of(verb, noun)), resolved(receiver)


SETTING_PREPS = {"during", "amid", "amidst", "before", "after", "ahead", "since", "until",
                 "throughout", "despite"}
CLAUSE_BOUNDARIES = {"relcl", "advcl", "ccomp", "parataxis", "nsubj", "nsubjpass", "csubj",
                     "appos", "acl"}


def _clause_actor(doc, verb, source_country, used, context=None) -> list[dict]:
    """Last resort: the first actor of another country inside the verb's own clause, however
    deep ("demanded an immediate admission by Moscow", "denounced Serbia's suppression")."""
    if not source_country:
        return []
    def inside(tok) -> bool:
        # "during the EU summit", "ahead of the G20": when and where the act happened, not
        # with whom
        return tok.dep_ not in CLAUSE_BOUNDARIES and not (
            tok.dep_ in ("prep", "advmod") and tok.lower_ in SETTING_PREPS)

    tokens, stack = [], [c for c in verb.children if inside(c)]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if inside(c))
    offsets = sorted(t.idx for t in tokens)
    for ent in sorted(doc.entities, key=lambda e: e.start):
        if not ent.actor or not ent.actor.get("country") or ent.start in used \
                or in_dateline(ent.start, context):
            continue
        if ent.actor["country"] == source_country:
            continue
        if any(ent.start <= off < ent.end for off in offsets):
            return [actor_record(ent.actor, ent.start, ent.end, ent.id)]
    return []
