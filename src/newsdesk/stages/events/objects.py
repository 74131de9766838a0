"""What kind of thing a noun phrase names, read from the parse: a person, a group, a place, a
thing, or an abstract notion. The events stage asks this of the object of a trigger, because
many CAMEO verbs code an event only for some objects: an attack on a village is force, an
attack on "the problem" is a metaphor; a release of prisoners is 084, a release of "a
statement" is no event; "seized 234 students" is an abduction, "seized weapons" a confiscation.

`kind_of(token, doc)` → "person" | "group" | "place" | "thing" | "abstract" | "unknown".
The word lists are general English (not taken from any gold data); a common noun in none of
them is "unknown", which every rule treats as a possible target (so an unlisted word never
silences an event, it only fails to license a narrower code).
"""
from __future__ import annotations

from ..actors import code_phrase

PERSON_NOUNS = frozenset("""
people person man men woman women child children kid boy girl schoolgirl schoolboy student
pupil civilian resident villager citizen national tourist visitor passenger worker employee
farmer fisherman fishermen worshipper worshiper pilgrim protester protestor demonstrator
activist journalist reporter photographer prisoner detainee hostage captive inmate suspect
migrant refugee asylum-seeker soldier troop officer policeman policemen guard fighter militant
rebel insurgent member leader official minister diplomat lawmaker politician opponent critic
dissident crew sailor seaman family relative teacher doctor nurse patient priest monk nun
bishop cleric imam rabbi mourner voter supporter youth teenager baby infant victim survivor
wife husband son daughter mother father brother sister volunteer aid-worker staff staffer
personnel population community tribe clan crowd gang cell delegation team contractor
engineer businessman businessmen executive employee ambassador envoy consul spy agent
""".split())

PLACE_NOUNS = frozenset("""
village town city capital district neighbourhood neighborhood area region province territory
border frontier base camp checkpoint outpost post position stronghold hideout compound
headquarters office embassy consulate building house home school university college hospital
clinic mosque church synagogue temple shrine cathedral market marketplace bazaar mall shop
store hotel restaurant cafe bar club nightclub stadium arena airport airfield airbase
terminal station port harbour harbor bridge road highway street square plaza park prison jail
palace parliament courthouse ministry facility plant refinery factory depot warehouse site
farm island coast shore ship vessel tanker boat warship submarine plane aircraft jet
helicopter drone train bus car truck lorry vehicle convoy tank pipeline dam mine barracks
garrison front line trench bunker tunnel premises residence apartment tower monument
settlement kibbutz valley hill mountain beach port city-centre downtown suburb quarter
zone enclave
""".split())

THING_NOUNS = frozenset("""
weapon arm gun rifle pistol ammunition munition explosive bomb missile rocket shell mortar
drug cocaine heroin cannabis cash money asset property land document passport equipment
cargo shipment consignment goods oil fuel grain food medicine aid vote ballot computer
phone laptop server data record file archive artwork
""".split())

ABSTRACT_NOUNS = frozenset("""
problem issue question matter idea notion concept opportunity chance moment initiative
challenge task job work agenda strategy approach policy plan proposal bill law rule
regulation budget deficit debt inflation price cost rate tax economy sector industry crime
corruption poverty crisis record reputation credibility legacy image narrative story news
headline report statement claim remark comment argument case debate discussion decision
move step measure view stance attitude tone mood spirit culture tradition system process
program programme scheme corner niche segment share stake lead title championship game
match league cup race goal score ticket power thing everything nothing something anything
way day time year season hour weekend trend fear doubt hope dream future past history
truth lie myth rumour rumor scandal controversy speech address message letter note memo
draft version edition album film movie book song video photo photograph picture image email
clip tape detail
footage audio recording transcript summary finding findings result results data figures
statistics numbers forecast outlook estimate guidance earnings profit profits revenue sales
stock stocks share shares bond bonds currency dollar euro yen attack explosion blast
incident event shooting violence scene attention imagination heart hearts interest mind
deal agreement accord pact treaty arrangement bargain compromise exchange swap ruling verdict
""".split())

# Plural generic institutions that stand for a whole system: "storm the courts" (sue en
# masse), "flood the airwaves", "hit the shelves"; as targets of force they are metaphors.
SYSTEM_PLURALS = frozenset("courts airwaves polls shelves headlines charts screens markets "
                           "stores theaters theatres".split())

PRONOUN_PEOPLE = frozenset("he she him her they them we us i me you himself herself "
                           "themselves ourselves myself yourself whom who".split())

# Abstract suffixes, with the words that end so and still name people, places or bodies.
_ABSTRACT_ENDINGS = ("ism", "ness", "ity", "ship", "hood", "dom")
_NOT_ABSTRACT = frozenset("""
city university facility community authority authorities minority majority municipality
charity celebrity entity security-forces leadership township warship flagship hardship
kingdom
""".split())

ACTOR_LABELS = {"PERSON": "person", "NORP": "group", "ORG": "group", "GPE": "place",
                "LOC": "place", "FAC": "place"}

# Verbs of going somewhere: their "from" phrase is where the trip began, not a counterpart.
MOTION_VERBS = {"arrive", "go", "come", "travel", "fly", "head", "land", "return", "tour"}


def _lemma(token) -> str:
    return token.lemma_.lower()


# Words that count or cut what their "of" phrase names: "dozens of protesters", "a portion
# of the audio", "a copy of the report".
PARTITIVES = frozenset("""
dozen hundred thousand million score number group handful couple some many most all part
portion copy excerpt version summary set series batch piece bit rest half third quarter
fraction section segment extract
""".split())


def head_of_quantity(token):
    """ "dozens of protesters", "hundreds of people", "one of the terrorists": the noun
    counted, not the count word."""
    if token.pos_ in ("NUM", "PRON") or _lemma(token) in PARTITIVES:
        return of_object(token) or token
    return token


def of_object(noun):
    """The object of the noun's "of" phrase ("dozens [of] protesters" -> protesters), or None."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _national_market(token) -> bool:
    """ "the British market", "the US market": a country's economy, not a marketplace (one is
    named by its place: "a market in Kano", "the central market")."""
    return _lemma(token) == "market" and any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in token.children)


# Nouns for bodies of people, whatever qualifies them.
COLLECTIVE_NOUNS = {"group", "faction", "militia", "organization", "organisation", "movement",
                    "network", "cell", "outfit", "wing", "coalition", "alliance", "gang"}


def kind_of(token, doc=None) -> str:
    """The kind of the noun phrase headed by `token` (see the module docstring). `doc` is the
    newsdesk Document: its entities (with actors) count as people, groups or places."""
    token = head_of_quantity(token)
    seen = set()
    while token.lower_ in ("it", "which", "that"):
        # what the pronoun stands for; a chain that comes back to a word already seen is of
        # no known kind (no endless recursion on a parse that loops)
        seen.add(token.i)
        antecedent = _antecedent(token)
        if antecedent is None:
            return "unknown"
        token = head_of_quantity(antecedent)
        if token.i in seen:
            return "unknown"
    low, lemma = token.lower_, _lemma(token)
    if low in PRONOUN_PEOPLE:
        return "person"
    if doc is not None:  # (the document's entities first: the actors stage relabels the
        # tagger's misreadings, "most of Goma" tagged a person)
        for ent in doc.entities:
            if ent.start <= token.idx < ent.end and ent.label in ACTOR_LABELS:
                return ACTOR_LABELS[ent.label]
    if token.ent_type_ in ACTOR_LABELS:
        return ACTOR_LABELS[token.ent_type_]
    if low in SYSTEM_PLURALS or _national_market(token):
        return "abstract"
    if lemma in PERSON_NOUNS or low in PERSON_NOUNS:
        return "person"
    if lemma in COLLECTIVE_NOUNS:
        return "group"  # "the paramilitary group", "a rebel faction", "the militant cell"
    if lemma in PLACE_NOUNS or low in PLACE_NOUNS:
        return "place"
    if lemma in THING_NOUNS or low in THING_NOUNS:
        return "thing"
    if lemma in ABSTRACT_NOUNS or low in ABSTRACT_NOUNS:
        return "abstract"
    if token.pos_ == "PROPN":
        return "group"
    if _sector_word(token):
        return "group"
    if lemma.endswith(_ABSTRACT_ENDINGS) and lemma not in _NOT_ABSTRACT:
        return "abstract"
    return "unknown"


def _antecedent(token):
    """What "it" or a relative "which" stands for: the noun a relative clause modifies, or
    the nearest earlier noun of its sentence that is an argument ("saw an opportunity ...
    and seized it" → opportunity)."""
    verb = token.head
    if token.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head
    if token.lower_ != "it":
        return None
    holders = set()  # "some version of it": it is not the noun whose phrase holds it
    for up in token.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            break  # a clause above ("saw an opportunity ... and seized it") may hold it
        holders.add(up.i)
    for prev in reversed(list(token.sent)[:token.i - token.sent.start]):
        if prev.pos_ == "NOUN" and prev.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") \
                and prev.i not in holders:
            return prev
    return None


def _sector_word(token) -> bool:
    """A word of the actor tables ("police", "army", "government", "protesters"), alone or
    with the compound nouns before it: the tables name "drug lords" and "crime bosses", not
    the bare head ("lord")."""
    phrase = [t for t in token.lefts if t.dep_ == "compound" and t.i >= token.i - 3]
    texts = {token.text}
    if phrase:
        texts.add(token.doc[phrase[0].i:token.i + 1].text)
    return any((found := code_phrase(text)) and found.get("sector") for text in texts)


def is_people(kind: str) -> bool:
    return kind in ("person", "group")


def thematic_object(verb):
    """The token a verb acts on: its direct object, its passive subject, or, for a participle
    modifying a noun ("the photo released by the agency", "troops massed at the border"),
    that noun. None when the verb has none."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


# Adverbs of how an act is regarded, not of doing it: "takes the threat seriously".
REGARD_ADVERBS = {"seriously", "lightly"}


def judged_object(verb, noun) -> bool:
    """Does the verb give its object a predicate of its own, naming or judging it ("called
    the accusation absurd", "called the tariffs a violation of trade rules", "made the deal
    possible", "takes the threat seriously")? A light verb so used ("call", "make", "take")
    carries no act of its subject's: the act its object names is someone else's, told
    before, and the subject only says what it thinks of it."""
    for child in verb.children:
        if child.dep_ == "oprd":
            return True
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("ADJ", "NOUN") and any(
                c.dep_ == "nsubj" and c.i == noun.i for c in child.children):
            return True  # "made [the deal possible]": the object is the predicate's subject
        if child.dep_ == "advmod" and child.lower_ in REGARD_ADVERBS:
            return True
    return False


def judged_thing(verb):
    """The object the verb gives a predicate of its own (see judged_object): "called [the
    truce] fragile", "called [the talks] a sham"; None when there is none."""
    for child in verb.children:
        if child.dep_ == "dobj" and judged_object(verb, child):
            return child
        if child.dep_ == "oprd" and not any(c.dep_ == "dobj" for c in verb.children):
            # "called the truce fragile" parsed with "truce" on the predicate, as a compound
            named = next((c for c in child.children if c.dep_ == "compound" and
                          c.pos_ == "NOUN" and c.i < child.i), None)
            if named is not None:
                return named
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("ADJ", "NOUN"):
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None
