"""A noun phrase of a clause -> an actor record: entities of the actors stage inside it,
the actors stage's `actor_for_span` and `code_phrase`, and for pronouns and bare titles
("the minister", "he") the speaker of the quote it is in or the last source actor (cheap
coreference); "its foreign minister" takes the owner's state, a listing ("states including
Iran and Iraq") each state it names. actors.py picks which phrases of a clause are its
source and target and calls `resolve_phrase` / `each_named` on them.
"""
from __future__ import annotations

from ..actors import NON_STATE, actor_for_span, backs_another, code_phrase
from .arguments import INSTRUMENTS
from .conjuncts import listed_apposition, with_conjuncts
from .asides import possessor_noun
from .clause_subjects import chain_subject, object_person, previous_body
from .group_anaphor import named_group_before
from .implied import actor_record, in_dateline
from .state_bodies import STATE_BODIES, body_of_speaking_org, own_subject_state, story_state_body

# Prepositions of where a clause happens ("killed 12 militants in northern Iraq").
PLACE_PREPS = {"in", "near", "at", "inside", "outside", "across", "around", "along"}


PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "his", "its",
            "their", "our"}
FIRST_PERSON = {"we", "i", "us", "our", "my"}
ROLE_NOUNS = {"minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
              "official", "leader", "government", "ministry", "army", "military", "chancellor",
              "secretary", "diplomat", "envoy", "delegation", "king", "ambassador", "general",
              "commander", "prime", "authorities", "regime", "administration", "prosecutor"
              } | STATE_BODIES  # "the junta", "the cabinet"
# "America's enemies", "Russia's allies": the possessor is not the party meant.
RELATIONAL = {"enemy", "ally", "friend", "foe", "adversary", "rival", "critic", "opponent",
              "partner", "neighbour", "neighbor", "detractor", "supporter", "backer"}


def np_bounds(token) -> tuple[int, int]:
    """Character span of a noun phrase: left edge to the head, plus compounds, appositions
    and "of" phrases (not relative clauses, which hold other actors)."""
    start = token.left_edge.idx
    end = token.idx + len(token)
    for child in token.children:
        if listed_apposition(token, child):
            continue  # "The AU, the EU and the UN": the next names in a list
        if child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in child.children):
            continue  # "accused by critics [of steering the country toward Moscow]",
            # "accuse ECOWAS [of acting as a tool of France]": a charge the parser hung on
            # the accuser or the accused, no part of a name
        if child.i > token.i and child.dep_ in ("appos", "compound", "flat", "nummod") or (
                child.dep_ == "prep" and child.lower_ == "of" and child.i > token.i):
            last = _before_topic(child) if child.dep_ == "prep" else child.right_edge
            end = max(end, last.idx + len(last))
    return start, end


# Prepositions that give what a document or an inquiry is about: its topic, no party
# (unlike "sanctions on Russia", whose "on" says whom they hit: only these nouns' topics).
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "into"}
DOCUMENT_NOUNS = {"report", "study", "finding", "survey", "inquiry", "investigation", "probe",
                  "review", "audit", "assessment", "analysis", "book", "article", "paper",
                  "documentary", "testimony", "hearing", "briefing", "poll"}


def topic_phrase(tok) -> bool:
    """ "[on the 2021 withdrawal from Afghanistan]" of "a report on ...": what a document or
    an inquiry is about."""
    return tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPS and \
        tok.head.lemma_.lower() in DOCUMENT_NOUNS


def _before_topic(of_phrase):
    """The last token of an "of" phrase before a topic phrase on a noun inside it: "the
    findings of a report [on the withdrawal from Afghanistan]" are the report's, and
    Afghanistan is what it is about, not who made it."""
    topic = next((t for t in of_phrase.subtree if topic_phrase(t) and t.i > of_phrase.i + 1),
                 None)
    if topic is None:
        return of_phrase.right_edge
    return topic.doc[topic.i - 1]


def _entity_actor(doc, start: int, end: int, head_offset: int, context=None):
    """The actor-bearing entity in [start, end): the one covering the head, else the nearest
    before it (a modifier such as "Chinese" in "Chinese troops"), else any."""
    found = [e for e in doc.entities if e.actor and e.start < end and e.end > start
             and not in_dateline(e.start, context) and not backs_another(doc.text, e.end)]
    if not found:
        return None
    covering = [e for e in found if e.start <= head_offset < e.end]
    if covering:
        return covering[0]
    before = [e for e in found if e.end <= head_offset + 1]
    return max(before, key=lambda e: e.end) if before else found[0]


def as_actor_dict(value):
    if isinstance(value, dict):
        return value if value.get("code") or value.get("country") else None
    if isinstance(value, tuple):
        for part in value:
            if isinstance(part, dict):
                return as_actor_dict(part)
            if getattr(part, "actor", None):
                return part.actor
    if getattr(value, "actor", None):
        return value.actor
    return None


def _whose_state(doc, token) -> str | None:
    """The country of the noun a "whose" clause hangs on, for the body the "whose" owns
    ("Chad, whose army has deployed troops": TCD), or None."""
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in token.children):
        return None
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    start, end = np_bounds(clause.head)
    return (code_phrase(doc.text[start:end], date=doc.meta.published) or {}).get("country")


def resolve_phrase(doc, token, context, context_country: str | None = None) -> dict | None:
    """{code, country, sector, entity, start, end} for the phrase headed by token. An actor
    with no country ("the minister" → GOV) is a weak answer: coreference may do better. A
    relational phrase ("America's enemies") or a dateline ("JERUSALEM —") is no actor; an
    instrument with a country ("Russian shelling") is that country's military."""
    if _relational(token) or _generic(token):
        return None
    if in_dateline(token.idx, context):
        return None
    # "the group", "the militia": the armed group named just before, if any
    found = named_group_before(doc, token) or _resolve(doc, token, context, context_country)
    if found and token.lemma_.lower() in INSTRUMENTS and not _owner_named(doc, token, context):
        # "A missile struck an oil depot in southern Russia": a weapon whose own words name
        # no owner says no more than that someone fired it (implied.unidentified_attackers),
        # not that the story's state's military did
        return None
    owner_noun = possessor_noun(token) if found and found.get("sector") else None
    if owner_noun is not None:
        # "contacts with foreign leaders that their governments disputed": the leaders'
        # governments, of the leaders' state (none named: no country), not the speaker's
        # governments, of the state the leaders' own words name ("Chinese officials"), else
        # of none ("foreign leaders"), never the speaker's
        start, end = np_bounds(owner_noun)
        owner = None if _foreign(owner_noun) else as_actor_dict(
            code_phrase(doc.text[start:end], date=doc.meta.published))
        country = (owner or {}).get("country")
        found = dict(found, country=country, code=(country or "") + found["sector"],
                     foreign=not country)
    elif found and found.get("sector") and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        owner = _owner_state(doc, token, context)
        if owner and not (code_phrase(doc.text[found["start"]:found["end"]]) or {}).get(
                "country"):
            # "Belarus responded. Its foreign ministry summoned Poland's envoy": the body of
            # the state the sentence before is about, not of a state its own sentence names
            found = dict(found, country=owner, code=owner + found["sector"])
    elif found and found.get("sector") and not found.get("country"):
        owner = _whose_state(doc, token)
        if owner:  # "fled into Venezuela, whose government said ...": Venezuela's
            found = dict(found, country=owner, code=owner + found["sector"])
    if found and found.get("sector"):
        found = body_of_speaking_org(token, found, context) or found
    if found and found.get("sector") in ARMED_SECTORS:
        found = _owners_force(doc, token, context) or found
    if found and found.get("sector") and not found.get("country"):
        owner = _holder_state(token, context)
        if owner:  # "Ruto said his government would send police to Haiti": Kenya's
            found = dict(found, country=owner, code=owner + found["sector"])
    if found and found.get("sector") and _foreign(token) and not (
            code_phrase(doc.text[found["start"]:found["end"]]) or {}).get("country"):
        # another state's body, unnamed: no home country, no place's (implied.py)
        found = dict(found, country=None, code=found["sector"], foreign=True)
    if found is None and _crowd_count(token):
        start, end = np_bounds(token)
        found = {"code": "CVL", "country": None, "sector": "CVL", "entity": None,
                 "start": start, "end": end}
    if found and token.lemma_.lower() in INSTRUMENTS and found.get("country") and \
            not found.get("sector") and len(found["country"]) == 3 and \
            found["country"] not in NON_STATE:
        found = dict(found, sector="MIL", code=found["country"] + "MIL")
    return found


def _owner_named(doc, weapon, context) -> bool:
    """Do a weapon's own words ("Russian missiles", "Hezbollah rockets", "drones launched by
    the Houthis", "its drones") name whose it is?"""
    if any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in weapon.children):
        return True  # (a possessor, "by"/"from" phrase or a clause: read as before)
    if any(c.dep_ in ("compound", "amod", "nmod") and as_actor_dict(code_phrase(c.text))
           for c in weapon.lefts):
        return True  # "a police sweep", "Israeli drones": a modifier names who
    start, end = weapon.left_edge.idx, weapon.idx + len(weapon)
    return _entity_actor(doc, start, end, weapon.idx, context) is not None


# Sectors of armed bodies: a commander's "fighters" are of his group, whatever word names them.
ARMED_SECTORS = {"MIL", "REB", "PRM", "UAF", "CRM", "IMG"}
OWNER_PRONOUNS = {"his", "her"}  # (a commander: "its fighters" may be a place's)


def _owners_force(doc, token, context) -> dict | None:
    """ "RSF commander Dagalo denied that his fighters had attacked civilians": the armed men
    of an owner that is itself an armed body (a commander is coded as his group) are that
    body, not a second code for it (SDNREB beside SDNPRM); None when the owner is no armed
    body or another state's."""
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS),
                None)
    if poss is None:
        return None
    owner = _resolve(doc, poss, context)
    if not owner or owner.get("sector") not in ARMED_SECTORS or not owner.get("country"):
        return None
    start, end = np_bounds(token)
    return dict(owner, start=start, end=end)


def _holder_state(token, context) -> str | None:
    """The state of the person "his"/"her" at the head of a phrase stands for ("his
    government", "her ministry"): the speaker of the quote it is in, else the actor that
    acted last before it; None when that has no state. (Where the sentence names another
    state, "his government" had none, or took the other's.)"""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return None
    last = (context or {}).get("last_source") or {}
    owner = (context or {}).get("speaker") or (
        last if last.get("start", token.idx) < token.idx else {})
    country = owner.get("country")
    return country if country and country not in NON_STATE else None


# Bodies of one's own state even when "foreign": "the foreign minister", "foreign ministry".
OWN_FOREIGN = {"minister", "ministry", "secretary", "office", "affair", "policy",
               "relation", "committee", "correspondent", "desk", "editor"}


def _foreign(token) -> bool:
    """ "foreign intelligence agencies", "foreign governments": other states' bodies, of no
    country the text names (not the home state's, nor the place's)."""
    return token.lemma_.lower() not in OWN_FOREIGN and any(
        c.dep_ == "amod" and c.lower_ == "foreign" for c in token.children)


def _owner_state(doc, token, context) -> str | None:
    """The state "its"/"their" at the head of a phrase stands for: the subject of the
    sentence before (a state), else the state that acted last; None if neither is one."""
    own = own_subject_state(token, lambda t: _resolve(doc, t, context))
    if own:  # (the clause's own subject first: "South Korea sent its trade minister")
        return own
    here = doc.sentence_at(token.idx)
    if here is not None and here.i > 0:
        before = doc.sentences[here.i - 1]
        subj = next((t for t in token.doc if before.start <= t.idx < before.end and
                     t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        actor = _resolve(doc, subj, context) if subj is not None else None
        if actor and actor.get("country") and actor["country"] not in NON_STATE:
            return actor["country"]
    last = (context or {}).get("last_source") or {}
    country = last.get("country")
    return country if country and country not in NON_STATE else None


COUNTS = {"dozens", "hundreds", "thousands", "millions", "scores"}


def _crowd_count(token) -> bool:
    """A bare count of people: "Thousands protested", "dozens were arrested" (not "$500
    million", a count with a number, nor "hundreds of soldiers", whose "of" names them)."""
    return token.lower_ in COUNTS and token.tag_ == "NNS" and not any(
        c.dep_ in ("nummod", "quantmod", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in token.children)


def _relational(token) -> bool:
    """ "America's enemies", "its allies": a relation of the possessor, naming nobody; but
    "its European Community partners" names them."""
    if token.lemma_.lower() not in RELATIONAL or not any(c.dep_ == "poss" for c in token.children):
        return False
    return not any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in token.children)


# "all parties", "all sides": every side of a conflict or a talk, no one party (and no
# political parties of the country the article is about).
SIDE_NOUNS = {"party", "side", "faction", "stakeholder", "actor", "belligerent", "camp"}


def _generic(token) -> bool:
    """ "any party", "no one", "every side", "all parties": a quantifier, not a party."""
    if token.pos_ == "PROPN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "either", "neither", "each")
               for c in token.children) or (
        token.lemma_.lower() in SIDE_NOUNS and token.tag_ == "NNS" and any(
            c.dep_ in ("det", "predet", "amod") and c.lower_ == "all" for c in token.children))


# Offices a state has one holder of. Their plural ("heads of state", "foreign ministers",
# "presidents") names officials of several states, so where they meet ("Heads of state
# meeting in Abuja", "foreign ministers gathered in Brussels") is no country of theirs, nor is
# the state the article is about; only their own modifiers say whose they are ("Arab foreign
# ministers", "ECOWAS heads of state").
ONE_PER_STATE = {"president", "premier", "monarch", "king", "emir", "chancellor"}
PORTFOLIOS = {"prime", "foreign", "defence", "defense", "finance", "interior", "trade",
              "health", "energy", "economy", "justice", "agriculture", "environment",
              "education", "transport", "oil", "petroleum", "information"}
# "Leaders of the bloc", "heads of the alliance": of a body of several states.
BLOC_NOUNS = {"bloc", "alliance", "union", "community", "grouping", "organisation",
              "organization", "group", "state", "government", "nation", "country", "commonwealth"}


def several_states(token) -> bool:
    """Whether a plural noun names holders of one office in several states (also as the
    compound the parser made of it: "Foreign ministers meeting in Cairo" with "meeting" as
    the head)."""
    if token.tag_ not in ("NNS", "NNPS"):
        return any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and several_states(c)
                   for c in token.children)
    lemma = token.lemma_.lower()
    if lemma in ONE_PER_STATE:
        return True
    if lemma == "minister":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in PORTFOLIOS
                   for c in token.children)
    if lemma in ("head", "leader"):
        # ("heads of state meeting": the parser makes "state" a compound of "meeting")
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            w.lemma_.lower() in BLOC_NOUNS for g in c.children if g.dep_ == "pobj"
            for w in [g, *(k for k in g.children if k.dep_ == "compound")])
            for c in token.children)
    return False


def _own_words_end(token, end: int) -> int:
    """Where the words that say whose a group of office holders is end: before the first
    place preposition in its phrase ("Heads of state meeting | in Abuja")."""
    places = [t.idx for t in token.subtree
              if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and t.idx > token.idx]
    return min([end] + places)


def _resolve(doc, token, context, context_country: str | None = None) -> dict | None:
    start, end = np_bounds(token)
    if several_states(token):
        # the phrase's own words only: not the one country its sentence names (the host)
        end = _own_words_end(token, end)
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        own = as_actor_dict(code_phrase(doc.text[start:end], date=doc.meta.published))
        ent = _entity_actor(doc, start, end, token.idx, context)
        return actor_record(own, start, end, ent.id if ent else None) if own else None
    # "NAIROBI - Police fired ...": the phrase starts after the dateline
    start = max([start] + [b for a, b in (context or {}).get("datelines", ()) if a <= start < b
                           and b <= token.idx])
    placed = _people_at_a_place(doc, token, start, end, context)
    if placed is not None:
        return placed
    if token.lemma_.lower() in INSTRUMENTS:
        # "two suicide bombs ... outside Ankara's station": who used a weapon is said by its
        # own modifiers ("Russian shelling"), not by where it fell
        end = token.idx + len(token)
    ent = _entity_actor(doc, start, end, token.idx, context)
    if ent is not None and ent.actor.get("country"):
        if not ent.actor.get("sector") and not ent.start <= token.idx < ent.end:
            # "Georgia state troopers": the place modifies a sector word the span names
            found = as_actor_dict(actor_for_span(doc, start, end))
            if found and found.get("sector") and found.get("country") == ent.actor["country"]:
                return actor_record(found, start, end, ent.id)
        return actor_record(ent.actor, ent.start, ent.end, ent.id)
    weak = actor_record(ent.actor, ent.start, ent.end, ent.id) if ent is not None else None
    in_quote_first_person = token.lower_ in FIRST_PERSON and context.get("speaker")
    person = object_person(doc, token)  # "Swalwell said Trump could sue him": Swalwell
    if person is not None and person.actor.get("country"):
        return actor_record(person.actor, token.idx, token.idx + len(token), person.id)
    # "Trump ... said he planned to": Trump; "The ministry said ... It thanked": the ministry
    chained = chain_subject(token) or previous_body(token)
    if chained is not None:
        found = _resolve(doc, chained, context, context_country)
        if found and found.get("country"):
            return dict(found, start=token.idx, end=token.idx + len(token))
    if not in_quote_first_person:
        found = as_actor_dict(actor_for_span(doc, start, end))
        if not (found and found.get("country")) and token.lower_ not in PRONOUNS:
            found = as_actor_dict(code_phrase(doc.text[start:end], date=doc.meta.published,
                                               context_country=context_country)) or found
        if found and found.get("country"):
            return actor_record(found, start, end, None)
        weak = weak or (actor_record(found, start, end, None) if found else None)
    low = token.lower_
    if low in FIRST_PERSON and context.get("speaker"):
        return dict(context["speaker"], start=token.idx, end=token.idx + len(token))
    # (a pronoun that also speaks, "He accused the mission ... and said ...", is who the
    # quotes stage found it stands for, not the last doer: a U.N. council he spoke to)
    spoken = _as_speaker(doc, token) if _role_noun(token) or low in SPEAKING_PRONOUNS else None
    if spoken is not None:
        return dict(spoken, start=token.idx, end=token.idx + len(token))
    last = context.get("last_source")
    if _role_noun(token):
        organ = story_state_body(doc, token, weak)
        if organ is not None:  # "the government": the story's state, not the last doer
            return dict(organ, start=token.idx, end=token.idx + len(token))
    # an anaphor points back: a source named later in the text (events are coded clause by
    # clause, not in text order) is not what "he" or "the minister" refers to; the same
    # pronoun resolved for an earlier verb ("He criticised X and praised Y": both verbs'
    # subject) is that verb's source, at the pronoun itself
    # (a role noun points back only to a doer of its own kind: "the army" is no watchdog
    # that spoke last)
    if (low in PRONOUNS - FIRST_PERSON or _role_noun(token)) and last and \
            last.get("start", -1) <= token.idx and \
            ((weak or {}).get("sector") in (None, last.get("sector"))):
        other = _other_party_before(doc, token)
        if other is not None:
            return dict(other, start=token.idx, end=token.idx + len(token))
        return dict(last, start=token.idx, end=token.idx + len(token))
    return weak


# "it" as the object of its clause: never its subject (a reflexive would say "itself"), so it
# stands for another party the sentence names before it. (An object "them", "him" or "her"
# read as the event's own source is looked up among the phrases before it by
# actors._object_antecedent, which keeps a plural's conjuncts: "met Polish and Czech
# leaders, urging them".)
OBJECT_PRONOUNS = {"it"}


def _other_party_before(doc, token) -> dict | None:
    """ "Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism", "the EU
    criticised Poland and threatened it with fines": an object "it" stands for the
    party named nearest before it in its sentence that is not its clause's subject (the
    subject of its verb, or of the verb that verb hangs on: "accusing" has Saudi Arabia's);
    None when there is no such party or no subject."""
    if token.lower_ not in OBJECT_PRONOUNS or token.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb, subject = token.head, None
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None:
        return None
    low, high = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    own = {(e.actor or {}).get("country") for e in doc.entities if low <= e.start < high}
    others = NON_STATE | own  # (no state of the subject's own, nor a non-state code)
    sent = token.sent
    named = [e for e in doc.entities if sent.start_char <= e.start and e.end <= token.idx
             and not low <= e.start < high and (e.actor or {}).get("country")
             and e.actor["country"] not in others]
    if not named:
        return None
    ent = named[-1]
    return actor_record(ent.actor, ent.start, ent.end, ent.id)


def _people_at_a_place(doc, token, start: int, end: int, context) -> dict | None:
    """ "hundreds of protesters in central Nairobi": people whose own words (before the place
    preposition) name only a sector are those people, with no country yet (the caller places
    them, as it does a bare "protesters"); the city is where they were, not the government
    of the state it is in. None when the phrase holds no place or its own words name more."""
    own = _own_words_end(token, end)
    if own >= end or _entity_actor(doc, start, own, token.idx, context) is not None:
        return None
    while own > start and doc.text[own - 1].isspace():
        own -= 1
    found = as_actor_dict(code_phrase(doc.text[start:own], date=doc.meta.published))
    if not found or found.get("country") or not found.get("sector"):
        return None
    return actor_record(found, start, own, None)


def _as_speaker(doc, token) -> dict | None:
    """The actor the quotes stage gave the speaker whose words are the phrase ("TBILISI - ...
    [The ministry] denied that ..."): one text, one actor; the quotes stage reads a body's
    country off its sector's mentions and the story's dateline, not off the last actor."""
    for q in list(doc.quotes) + list(doc.beliefs):
        src = q.source or {}
        actor = src.get("actor") or {}
        if src.get("start", -1) <= token.idx < src.get("end", -1) and actor.get("country") \
                and actor.get("sector"):
            return {"code": actor["code"], "country": actor["country"],
                    "sector": actor["sector"], "entity": src.get("entity")}
    return None


SPEAKING_PRONOUNS = {"he", "she", "they", "it"}


def _role_noun(token) -> bool:
    """"the minister", "the spokesman": a definite role noun with no proper name in it."""
    return (token.lemma_.lower() in ROLE_NOUNS and any(c.lower_ == "the" for c in token.children)
            and not any(t.pos_ == "PROPN" for t in token.subtree))


LISTING_PREPS = {"as", "including", "like"}
# Participles of rule whose object names the states a body rules ("the juntas ruling X").
RULING_VERBS = {"rule", "govern", "run", "lead", "control"}


def each_named(doc, token, found: dict | None, context) -> list:
    """ "diplomats from Poland and Lithuania", "states such as Iran and Syria": a phrase whose
    country is that of a name inside it conjoined to others, or a group with no country of
    its own that lists its members, stands for each of them (one actor per country, with the
    phrase's sector; one per body where they are bodies of one state: "delegations from the
    army and the RSF"); so does a phrase with conjoined modifiers ("Somali and Yemeni
    pirates"); any other phrase is itself: [found]."""
    sector = (found or {}).get("sector")
    mods = _modifier_conjuncts(token)
    if found and len(mods) > 1:
        out = _parties(doc, mods, sector, context)
        if len(out) > 1:
            return out
    for name in token.subtree:
        # ("the juntas ruling Mali, Burkina Faso and Niger": the states a participle of rule
        # on the phrase lists, each one's)
        ruled = name.dep_ == "dobj" and name.head.dep_ == "acl" and \
            name.head.lemma_.lower() in RULING_VERBS
        if name.i == token.i or (name.dep_ != "pobj" and not ruled) or \
                not any(c.dep_ == "conj" for c in name.children):
            continue
        first = resolve_phrase(doc, name, context)
        if not first or not first.get("country"):
            continue
        if found and found.get("country") and not ruled:
            if first["country"] != found["country"]:
                continue
        elif name.head.lower_ not in LISTING_PREPS and not ruled:
            continue
        bodies = [resolve_phrase(doc, t, context) for t in with_conjuncts(name)]
        bodies = [a for a in bodies if a and a.get("country") and a.get("sector")]
        if len({a["code"] for a in bodies}) > 1 and len({a["country"] for a in bodies}) == 1:
            return list({a["code"]: a for a in bodies}.values())  # "delegations from Sudan's
            # army and the RSF": two bodies of one state, each its own side
        base = found if found and found.get("country") and not ruled else first
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
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod") and
            any(g.dep_ == "conj" for g in c.children)]
    return with_conjuncts(mods[0]) if mods else []
