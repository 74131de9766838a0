"""Coercive, restrictive and military acts that a verb lexicon row cannot tell from ordinary
uses of the same verb by the row's cue alone (newcomer 20 report, classes C2-C4). Each rule
decides on the clause's structure, never on one sentence:

- an organisation's holdings ("closed ten offices run by Belgrade", "suspended the
  activities of the NGO", "dismantled dozens of militia sites"): closing, suspending or
  dismantling them is a restrictive act (172) or a destruction of property (1712) on their
  owner only when the clause names an owner other than the doer. A shop that closes its own
  branches, or schools closed for snow, are no act on anyone;
- an organisation designated as terrorist ("designated two gangs as terrorist
  organizations") is put under administrative sanctions (172); an area designated a park
  is not;
- a sanctions package adopted, approved or unveiled ("adopted its 15th package of
  sanctions against Iran") is the sanctions imposed (163); a sanctions *bill* approved is
  legislation on the way, coded on its own terms, not sanctions imposed;
- a warning sent in a letter ("sent letters to Tokyo warning that tariffs would take
  effect") is a threat to the letter's addressee, not a forecast;
- a disapproval told as a predicate adjective ("said the new tariffs were deplorable"):
  the speaker criticises (111) the one the judged thing belongs to.

`holding_rule(verb, code, obj)` is asked by refine.refine; `judged_acts(sent, taken)` by
coding.find_triggers; `letter_recipients(verb)` by arguments' target candidates.
"""
from __future__ import annotations

from .objects import head_of_quantity

# What an organisation or a state runs: the things through which it is closed, suspended or
# dismantled.
HOLDING_NOUNS = {"office", "branch", "bureau", "headquarters", "premises", "activity",
                 "operation", "site", "facility", "position", "post", "camp", "base", "depot",
                 "tunnel", "launcher", "checkpoint", "outpost", "infrastructure",
                 "installation", "school", "newspaper", "channel", "station", "outlet",
                 "mosque", "church", "centre", "center", "institution", "licence", "license",
                 "registration", "broadcast", "accreditation", "chapter", "account", "asset"}
# Verbs of shutting or dismantling what someone runs (cameo_verbs.tsv rows whose cues are
# the holdings above); "ban" keeps its own rows and needs the owner only for an abstract
# object ("banned all activities of the party").
HOLDING_VERBS = {"close", "shut", "shutter", "padlock", "suspend", "dismantle"}
# Participles that name who runs a thing: "offices run by Serbia", "Iranian-backed sites".
OWNER_PARTICIPLES = {"run", "operate", "own", "control", "manage", "back", "fund",
                     "finance", "affiliate", "link", "sponsor", "use", "hold"}
ENTITY_LABELS = {"GPE", "NORP", "ORG", "PERSON"}

# Verbs that carry an act of sanctions named by their object; a sanctions package is
# counted out by the noun before "of".
SANCTION_VERBS = {"adopt", "approve", "unveil", "roll"}
# ("penalty" is no sanction here: "allow judges to approve death penalties")
SANCTION_NOUNS = {"sanction", "embargo", "tariff", "restriction", "levy", "duty"}
PACKAGE_NOUNS = {"package", "round", "tranche", "set", "raft", "wave", "series", "slate"}



def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def holding_owner(noun):
    """Who runs the thing `noun` names, when its phrase says it: a possessor that is a name
    ("Hezbollah's offices"), an "of" phrase ("the activities of the party"), a "run by" /
    "backed by" participle ("offices run by Serbia"), a name or nationality modifying it
    ("Hezbollah sites", "Serbian offices", "Iranian-backed camps"). None otherwise; a
    possessive pronoun ("its offices") is the doer's own in wire copy, so it is no owner."""
    noun = head_of_quantity(noun)
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in ENTITY_LABELS or obj.pos_ == "PROPN"
                                    or any(t.ent_type_ in ENTITY_LABELS for t in obj.subtree)):
                return obj
        if child.dep_ == "acl" and child.lemma_.lower() in OWNER_PARTICIPLES:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if child.i < noun.i and child.dep_ in ("compound", "amod", "nmod") and (
                child.ent_type_ in ENTITY_LABELS or child.pos_ == "PROPN"):
            return child
        if child.i < noun.i and child.dep_ in ("amod", "compound") and any(
                g.lemma_.lower() in OWNER_PARTICIPLES for g in child.subtree) and any(
                g.ent_type_ in ENTITY_LABELS or g.pos_ == "PROPN" for g in child.subtree):
            return child  # "Iranian-backed camps", "state-run" has no name: no owner
    return None


def _sanction_object(verb) -> bool:
    """The verb's object is sanctions themselves, or a package / round of them ("adopted
    new sanctions", "unveiled a fresh round of sanctions"), not a bill or a law about them."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.lemma_.lower() == "roll":  # "rolled out sanctions"
        prt = next((c for c in verb.children if c.dep_ == "prt"), None)
        obj = next((c for c in prt.children if c.dep_ == "pobj"), None) if prt else None
    if obj is None:
        return False
    if obj.lemma_.lower() in PACKAGE_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    return obj is not None and obj.lemma_.lower() in SANCTION_NOUNS


TERROR_WORDS = {"terrorist", "terror", "terrorism"}


def _listed_as_terrorist(verb) -> bool:
    """ "designated the gangs as foreign terrorist organizations", "designated the group a
    terrorist organisation": the label, wherever the parse hangs it, is in the verb's own
    phrase, outside its subject."""
    subject = _subject(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    return any(t.lemma_.lower() in TERROR_WORDS for t in verb.subtree if t.i not in skip)


def holding_rule(verb, code: str, obj) -> str | None:
    """The code for the acts above, "" to drop the hit, or None when no rule here applies
    (refine's other rules then decide)."""
    lemma = verb.lemma_.lower()
    if code.startswith("13") and letter_recipients(verb):
        return code  # a warning in a letter to a party is aimed at it: no forecast
    if lemma in SANCTION_VERBS and code.startswith("163"):
        return code if _sanction_object(verb) else ""
    if lemma == "designate":
        return code if _listed_as_terrorist(verb) else ""
    if obj is None or not code.startswith("17"):
        return None
    thing = head_of_quantity(obj)
    if thing.lemma_.lower() not in HOLDING_NOUNS:
        return None
    owner = holding_owner(thing)
    subject = _subject(verb)
    if owner is not None and subject is not None and owner.lower_ == subject.lower_:
        owner = None  # "Hezbollah dismantled Hezbollah sites": its own
    if lemma in HOLDING_VERBS:
        return code if owner is not None else ""
    # "banned all activities of the party": an abstract holding, kept when it is someone's
    return code if owner is not None else None


# Adjectives of disapproval a speaker predicates of someone's act or policy.
DISAPPROVAL = {"regrettable", "deplorable", "unacceptable", "outrageous", "reprehensible",
               "disgraceful", "shameful", "unjustified", "unjustifiable", "irresponsible",
               "provocative", "unlawful", "illegal", "illegitimate", "baseless", "groundless",
               "unfounded", "reckless", "unjust", "unfair", "counterproductive",
               "intolerable", "inadmissible", "appalling", "despicable", "abhorrent",
               "deplorable", "absurd"}
STATING_VERBS = {"say", "tell", "add", "state", "insist", "write", "declare", "note", "argue",
                 "tweet", "stress"}


def judged_acts(sent, taken: set[int]) -> list[tuple]:
    """ "Japan's prime minister said the U.S. tariff letter was truly regrettable", "Seoul
    said Pyongyang's launch was a provocative act": a speaker's disapproval stated as a
    predicate adjective of a thing some party did or owns (its phrase names the party: a
    name, a nationality or a possessor). [(adjective, stating verb)]: the stating verb's
    subject criticises (111) that party. A judgement of a thing nobody is named in ("said
    the weather was appalling", "said the loss was regrettable") is no act on anyone."""
    out = []
    for adj in sent:
        if adj.i in taken or adj.lemma_.lower() not in DISAPPROVAL or \
                adj.dep_ not in ("acomp", "amod"):
            continue
        be = adj.head if adj.dep_ == "acomp" else adj.head.head  # "was a provocative act"
        if adj.dep_ == "amod" and (adj.head.dep_ != "attr" or adj.head.head.i != be.i):
            continue
        if be.lemma_.lower() != "be" or be.dep_ != "ccomp" or \
                be.head.lemma_.lower() not in STATING_VERBS:
            continue
        judged = _subject(be)
        if judged is None or judged.pos_ == "PRON" or not any(
                t.ent_type_ in ENTITY_LABELS or t.dep_ == "poss" for t in judged.subtree):
            continue
        out.append((adj, be.head))
    return out


# What a warning or a threat is sent in: "sent letters to Tokyo and Seoul warning that ...".
LETTER_NOUNS = {"letter", "message", "note", "memo", "ultimatum", "notice", "notification",
                "missive", "cable"}
WARNING_VERBS = {"warn", "caution", "threaten"}


def _sending_verb(verb):
    """The verb that sends the letter a participle of warning hangs on: "sent letters to
    Japan warning that ..." (an adjunct of the sending verb) or "a letter threatening new
    tariffs" (a modifier of the letter, the sending verb's object). None otherwise."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in LETTER_NOUNS and \
            verb.head.dep_ == "dobj":
        return verb.head.head
    if verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in LETTER_NOUNS
                                    for c in verb.head.children):
        return verb.head
    return None


def letter_recipients(verb) -> list:
    """Whom a warning sent in a letter is addressed to: the sending verb's "to" phrase
    ("sent letters to Japan and South Korea warning that tariffs would take effect": the
    warning is aimed at Japan and South Korea, not a forecast). [] when there is none."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return []
    send = _sending_verb(verb)
    if send is None:
        return []
    return [g for c in send.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]
