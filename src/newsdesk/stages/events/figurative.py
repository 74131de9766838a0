"""Force words used as figures of speech (issue 19): a verb or noun of force (CAMEO 15-20)
whose object or domain is not armed ("attacked the problem", "a legal war", "bombarded the
governor with complaints", "war on money laundering") reports no force; an economic war or
truce is pressure or a trade deal. Decided on the parse and the kind of the object
(objects.py), never on particular sentences; refine.py calls these."""
from __future__ import annotations

from .arguments import INSTRUMENTS
from .objects import head_of_quantity, kind_of, of_object

FORCE_ROOTS = {"15", "18", "19", "20"}
# Nouns of war and fighting that other domains borrow.
WAR_NOUNS = {"war", "battle", "fight", "fighting", "attack", "offensive", "assault", "campaign",
             "onslaught", "crusade", "blitz", "siege"}
# "a legal war", "a price war", "a culture war": no force. Economic wars are sanctions (163).
OTHER_DOMAINS = {"legal", "court", "courtroom", "political", "culture", "cultural", "price",
                 "bidding", "verbal", "media", "propaganda", "word", "words", "rating", "ratings",
                 "pr", "public-relations", "turf", "talent", "streaming", "console", "format",
                 "patent", "lawsuit", "ideological", "rhetorical", "online", "twitter",
                 "social", "electoral", "election", "campaign", "budget", "pricing"}
ECONOMIC_DOMAINS = {"trade", "tariff", "economic", "currency", "sanctions", "tech", "chip"}

TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice"}


def economic_truce(verb) -> bool:
    """A truce agreed in a trade war ("a 90-day truce on tariff hikes", "a trade truce")."""
    return any(t.lemma_.lower() in TRUCE_NOUNS and any(
        w.lemma_.lower() in ECONOMIC_DOMAINS for w in t.subtree) for t in verb.subtree)

def noun_domain(noun, code: str, doc) -> str | None:
    """A war/battle/attack noun: another domain's modifier ("a legal war") or an abstract
    target ("war on money laundering") makes it no force; an economic one a sanction."""
    if code[:2] not in FORCE_ROOTS or noun.lemma_.lower() not in WAR_NOUNS:
        return code
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & ECONOMIC_DOMAINS:
        return "163"
    if mods & OTHER_DOMAINS:
        return None
    if mods & (INSTRUMENTS | ARMED_MODIFIERS):
        return code  # "a missile attack on the grid": arms make it force, whatever is hit
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs and abstract_target(objs[0], doc):
                return None  # "war on drugs", "battle against inflation"
    return code


# Modifiers of an attack noun that say it was made with arms ("a military assault", "a
# suicide attack"); the weapons themselves are arguments.INSTRUMENTS.
ARMED_MODIFIERS = {"military", "armed", "terror", "terrorist", "suicide", "ground", "naval",
                   "aerial", "chemical", "nuclear", "gun", "knife", "grenade"}


def abstract_target(obj, doc) -> bool:
    """Is what a war or attack noun is "on" a notion rather than something hit? A word of
    no known kind counts as one ("war on money laundering") unless a state owns it ("an
    attack on Ukraine's energy grid", "strikes on Syrian infrastructure")."""
    if obj.pos_ == "PROPN":
        return False
    kind = kind_of(obj, doc)
    if kind == "unknown":
        return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and
                       c.ent_type_ in ("GPE", "NORP") for c in obj.children) and \
            not _part_of_a_named_place(obj)
    return kind == "abstract"


def _part_of_a_named_place(obj) -> bool:
    """ "battles on the eastern edge of El Fasher", "on the outskirts of Kharkiv": a part of
    a place the text names, where the fighting is."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and
               any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in PLACE_ENTS)
                   for g in p.children) for p in obj.children)


PLACE_ENTS = ("GPE", "LOC", "FAC")


def war_on_abstract(verb, doc) -> bool:
    """ "declared war on money laundering", "waged a battle against inflation"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in WAR_NOUNS:
            return noun_domain(child, "190", doc) is None
    return False


# Economic and regulatory forces, which news says "strangle", "kill" or "crush" businesses,
# families or industries: no one's use of force (issue 19: metaphors).
ECONOMIC_FORCES = {"regulation", "rule", "bureaucracy", "tax", "taxation", "tariff", "price",
                   "inflation", "debt", "cost", "austerity", "policy", "reform", "competition",
                   "import", "subsidy", "unemployment", "recession", "deficit", "rate", "bill",
                   "measure", "levy", "duty", "fee", "red", "tape"}


def economic_doer(verb) -> bool:
    """ "regulations that are strangling small businesses", "high prices are killing the
    middle class", "the new tax will crush farmers": a verb of force whose subject is an
    economic or regulatory force (its own or, in a relative clause, the noun the clause is
    on) reports no force."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which"):
        # (the clause may sit inside the relative one: "regulations that he says are ...")
        clause = next((a for a in [verb, *verb.ancestors] if a.dep_ == "relcl"), None)
        subj = clause.head if clause is not None else None
    return subj is not None and subj.lemma_.lower() in ECONOMIC_FORCES


# What one is pelted with in words: "bombarded the governor with complaints", "hit back with
# a barrage of statistics": the nouns of speech and paper. Not any abstract noun: "with
# impunity", "with force", "with brutality" say how an act of force was done.
WORD_NOUNS = {"complaint", "question", "criticism", "email", "e-mail", "message", "call",
              "letter", "request", "demand", "insult", "abuse", "accusation", "praise", "offer",
              "statistic", "fact", "argument", "lawsuit", "petition", "tweet", "post", "query",
              "evidence", "testimony", "document", "proposal", "idea", "joke", "remark"}


def armed_with_words(verb, doc) -> bool:
    """The verb of force is done "with" words, not arms: a metaphor."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    obj = head_of_quantity(through_volley(obj))  # "a barrage of statistics"
                    return obj.lemma_.lower() in WORD_NOUNS
    return False


# Nouns of a mass of shots or words: what the mass is of decides ("a barrage of rockets" is
# force, "a barrage of questions" is not).
VOLLEY_NOUNS = {"barrage", "volley", "salvo", "hail", "flood", "torrent", "stream", "wave",
                "deluge", "avalanche", "storm", "shower", "flurry"}


def through_volley(noun):
    return (of_object(noun) if noun.lemma_.lower() in VOLLEY_NOUNS else None) or noun
