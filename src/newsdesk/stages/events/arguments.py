"""Where a clause's doer stands in the dependency parse: the subject, climbing xcomp / conj /
relcl chains ("China plans to send" → China; "deter China from arming Russia" → China), the
`by` agent of a passive, the doer of an attack a passive happened in. Only tokens: actors.py
turns them into actor codes (the one acted on is targets.py's).
"""
from __future__ import annotations

from ...nlp import doc_text
from ..base import dateline_end
from .coding import IN_VERBS, nominal_agent
from .conjuncts import SUBJECT_DEPS
from .frames import FRAME_OF
from .modality import (ACCUSE_VERBS, REPORT_VERBS, phoned_to, says_of_text,
                       speakers_conjunct, thwarted_scheme)
from .objects import kind_of

TARGET_PREPS = ("on", "against", "to", "with", "for", "into", "from", "toward", "towards",
                "at", "upon", "over", "of", "between", "in")
# Intransitive acts of crowds: their participle is never passive ("Thousands protested").
CROWD_VERBS = {"protest", "rally", "march", "demonstrate", "riot", "gather"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "ourselves", "myself"}
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


def _dateline_last(child) -> bool:
    """Sort key: a subject inside its sentence's dateline (its place) after the verb's other
    children (sorted() keeps their order). The dateline is measured, not guessed from a dash
    a few words on: "TBILISI, Georgia (AP) -" puts six tokens between the place and the dash."""
    if child.dep_ not in SUBJECT_DEPS:
        return False
    sent = child.sent
    return child.idx < dateline_end(doc_text(child.doc), sent.start_char, sent.end_char)


def climb_subject(verb):
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
        # two subjects before the verb with the clause's "after"/"when" between them are a
        # misparse: the nearer one acts ("most of them after [Israel] launched an
        # offensive", the first a piece of the clause before; not a list, "The AU, ECOWAS
        # and the UN condemned")
        before = sorted((c for c in cur.children if c.dep_ in SUBJECT_DEPS and c.i < cur.i
                         and not _dateline_last(c)), key=lambda c: c.i)
        if len(before) > 1 and any(c.dep_ == "mark" and before[-2].i < c.i < before[-1].i
                                   for c in cur.children):
            return antecedent(before[-1])
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
        if cur.dep_ == "acl" and cur.head.dep_ == "ROOT" and cur.head.pos_ in ("NOUN", "PROPN") \
                and (cur.tag_ == "VBD" or cur.lemma_.lower() in CROWD_VERBS):
            # "Thousands protested in Belgrade": a finite verb the parser hung on the
            # sentence's first noun as a modifier; that noun is its subject
            return cur.head
        if _misread_subject(cur) is not None:
            return _misread_subject(cur)
        owner = _owner_of_intent(cur)
        if owner is not None:
            return owner
        prevented = _prevented_doer(cur)
        if prevented is not None:
            return prevented
        scheme = thwarted_scheme(cur)
        if scheme is not None:
            # "police foiled a plot by militants to bomb ...": the plotters, not the police
            return next((g for c in scheme.children if c.dep_ == "prep" and c.lower_ == "by"
                         for g in c.children if g.dep_ == "pobj"), None)
        progressive = cur.dep_ == "attr" and cur.tag_ == "VBG" and cur.head.lemma_ == "be"
        if (cur.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "prep", "acomp") or
                progressive) and cur.head.i != cur.i:  # ("is mediating" parsed as an attr)
            adjunct = adjunct or cur.dep_ in ("advcl", "pcomp", "prep")
            obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None) or \
                _appealed_to(cur.head)
            if (cur.dep_ == "xcomp" or _brought_to(cur)) and obj is not None and \
                    (_can_act(obj) or _urged(cur.head)) and cur.head.lemma_ != "promise" \
                    and not phoned_to(cur.head):
                # "urged Russia to withdraw": the object of the urging acts (but in "used
                # pepper balls to disperse the crowd" the users do, and in "called Putin to
                # demand" the caller); one urged is the doer even when its words name no
                # actor ("urged both sides to extend the truce": not the urger)
                return obj
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and _can_act(cur.head):
                return cur.head  # "warned citizens visiting Turkey": the citizens visit
            if says_of_text(cur):
                author = _text_author(cur.head)
                if author is not None:
                    return author
            if speakers_conjunct(cur):
                cur = cur.head.head  # "denied that X had attacked and promised": the denier
                continue
            if level == 0 and _controller_goes_on(cur):
                # "ordered a Russian diplomat to leave the country, accusing Moscow of ...":
                # the one who ordered accuses, not the one ordered to leave
                cur = cur.head.head
                continue
            if level == 0 and _teller_goes_on(cur):
                # "HRW said 40 people were killed, accusing the army": the teller accuses,
                # though the parser hangs the gerund on the clause told
                cur = cur.head.head
                continue
            told = _told_clause(cur)
            if told is not None:
                # "a ship fired a water cannon at a vessel, the coast guard said, damaging its
                # mast": the participle goes on with the act told, not with who tells it
                cur = told
                continue
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "dobj":
                # "issued a statement condemning the attack": the issuer condemns
                cur = cur.head.head
                continue
            cur = cur.head
            continue
        break
    return None


def _brought_to(verb) -> bool:
    """ "bringing Ghani on the stage to express his thanks": an infinitive after bringing or
    inviting someone is what the one brought does (parsed as an adverbial clause)."""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in ("bring", "invite") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _owner_of_intent(verb):
    """ "Moscow's decision to expel diplomats", "his tendency to criticize Beijing": an
    infinitive that modifies a possessed noun is the possessor's own act (its doer), where
    the noun has no doer of its own to climb to."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.pos_ == "NOUN":
        verb = verb.head  # "has no intention of invading": as "no intention to invade"
    elif verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if owner is None and verb.head.lemma_.lower() in PLAN_NOUNS and verb.head.dep_ == "dobj" \
            and verb.head.head.lemma_.lower() in PLAN_HOLDING_VERBS:
        # "Turkey has no plans to send troops", "Hanoi announced a decision to expel":
        # who has, announces or makes the plan does the act
        owner = next((c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                     None)
        return antecedent(owner) if owner is not None else None
    return owner


# Nouns of a plan or decision, and the verbs by which their subject holds or makes one
# ("has plans to", "announced a decision to", "made a bid to"), not verbs that judge
# another's ("criticised a plan to", "rejected calls to").
PLAN_NOUNS = {"plan", "decision", "intention", "bid", "attempt", "effort", "move", "pledge",
              "promise", "offer", "commitment", "readiness", "willingness", "proposal",
              "intent", "desire", "wish"}
PLAN_HOLDING_VERBS = {"have", "announce", "unveil", "make", "take", "reach", "outline",
                      "confirm", "reveal", "declare", "draw", "finalize", "finalise"}


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


def _urged(verb) -> bool:
    """An appeal or a demand ("urged", "called on", "pressed", "ordered"): its object is the
    one asked to act (object control), whatever words name it."""
    return FRAME_OF.get(verb.lemma_.lower()) in ("appeal", "demand")


def _can_act(token) -> bool:
    """A phrase that can do things: people, groups, bodies, named places (states)."""
    return token.pos_ == "PROPN" or bool(token.ent_type_) or \
        kind_of(token) in ("person", "group")


def is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def passive_participle(verb) -> bool:
    """ "civilians [killed] in an airstrike", "protesters [detained] by police": a past
    participle describing a noun, which is what the act was done to."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.lemma_.lower() not in CROWD_VERBS and not _finite_misread(verb)


def _finite_misread(verb) -> bool:
    """ "Israeli airstrikes killed 30 Palestinians in Gaza": a finite verb the parser hung on
    the sentence's first noun as a participle (the noun left as the root). A participle
    describing a noun has no object of its own; a verb with one is that noun's act."""
    return _misread_subject(verb) is not None


# Links inside the root noun's own modifier phrase ("Police [backed by Kenyan personnel]").
_MODIFIER_LINKS = ("acl", "agent", "pobj", "prep")


def _misread_subject(verb):
    """The root noun a misread finite verb belongs to: right after it ("airstrikes killed
    30"), or after the noun's own participle phrase ("Police backed by Kenyan personnel
    killed 15 gang members": "killed" hung on "personnel"); None otherwise."""
    if verb.dep_ != "acl" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    cur, path = verb.head, []
    while (cur.dep_ in _MODIFIER_LINKS or _participle_object(cur)) and cur.head.i != cur.i:
        path.append(cur.dep_)
        cur = cur.head
    if cur.pos_ not in ("NOUN", "PROPN") or cur.dep_ != "ROOT" and not _closing_subject(cur):
        return None
    if (not path and verb.i == cur.i + 1) or (path and path[-1] == "acl" and "agent" in path):
        return cur
    # "An Israeli strike on a school killed 30 people, officials said", "... on a school
    # sheltering displaced families killed ...": "killed" hung on a noun of the subject's own
    # phrase, or on the subject itself past that phrase. A past participle with an object of
    # its own is no participle (only verbs of giving take one when passive: "families granted
    # asylum"); a present one is ("a school sheltering families").
    return cur if verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() not in GIVING_VERBS \
        else None


# Verbs whose passive participle still takes an object ("refugees granted asylum", "a
# company awarded the contract"): a participle of these with an object can be a true one.
GIVING_VERBS = frozenset({"give", "grant", "award", "offer", "deny", "promise", "send",
                          "pay", "lend", "hand", "allow", "show", "teach", "tell", "assign",
                          "issue", "owe", "sell", "serve"})


def _participle_object(token) -> bool:
    """Is the token the object of a participle describing a noun ("a school [sheltering]
    families")? Such an object is still inside that noun's modifier phrase."""
    return token.dep_ == "dobj" and token.head.dep_ == "acl"


def _closing_subject(noun) -> bool:
    """Is the noun a subject the parser gave a closing attribution's verb beside its own
    speaker ("Israeli air strikes killed 21 people ..., the health ministry said": "strikes"
    and "ministry" both subjects of "said"; or the first hung on "said" as a loose "dep" or
    as the statement itself, "ccomp")? The noun then heads the statement's clause."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "dep", "ccomp") and noun.i < verb.i and \
        verb.lemma_.lower() in REPORT_VERBS and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in verb.children)


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
    if prep in IMPUTED_PREPS and governor.pos_ == "VERB" and obj is not None and (
            _can_act(obj) or governor.lemma_.lower() in ACCUSE_VERBS):
        return obj  # the object of "accused" is the one accused, a pronoun too ("accusing
        # it of supporting terrorist groups": it, not the accuser, is said to support them)
    if prep in IMPUTED_PREPS and governor.dep_ == "dobj" and _can_act(governor) and \
            governor.head.lemma_.lower() in ACCUSE_VERBS:
        return governor  # "accused the paramilitary group of attacking": "of" on the noun
    return None


def object_by(verb) -> list:
    """ "the army fled the offensive by the rebels": an active verb with its own subject and
    object, whose "by" phrase the parser hung on the verb as an agent; it belongs to the
    object (whose act it was). The objects of that phrase, or []."""
    if not any(c.dep_ == "nsubj" for c in verb.children) or \
            not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children
            if g.dep_ == "pobj"]


def source_token(verb):
    if verb.pos_ in ("NOUN", "PROPN"):  # a nominal event: its doer is in its own phrase
        return nominal_agent(verb)
    if ordered_patient(verb) is not None:
        return climb_subject(verb.head.head if verb.dep_ == "acl" else verb.head)
    agent = [] if object_by(verb) or _active_with_subject(verb) else \
        [c for c in verb.children if c.dep_ == "agent"]
    for a in agent:
        # "killed by Russian shelling": the parser makes the instrument a gerund (pcomp)
        objs = [g for g in a.children if g.dep_ in ("pobj", "pcomp")]
        if objs:
            return objs[0]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and taking_part(verb):
        # "India and Pakistan are engaged in a war of words": a state the subject is in
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive or passive_participle(verb):
        return attack_by(verb)
    subj = climb_subject(verb)
    return _violence_by(subj) if subj is not None else None


def _controller_goes_on(verb) -> bool:
    """A participle set off by a comma after the infinitive of an order or an appeal
    ("ordered X to leave the country, accusing Moscow ...", "urged them to go home, warning
    ..."): the parser hangs it on the infinitive, whose doer is the one ordered; it goes on
    with the act of the one who orders."""
    infinitive = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and \
        verb.doc[verb.i - 1].text == "," and infinitive.dep_ == "xcomp" and \
        infinitive.head.i != infinitive.i and \
        any(c.dep_ == "dobj" for c in infinitive.head.children)


# Nouns of a run of acts: what the run is of is the act ("a wave of attacks by ...").
SERIES_NOUNS = {"wave", "series", "spate", "string", "round", "spree", "flurry"}


def _violence_by(subj):
    """ "Attacks by ELN rebels killed 80 people", "a wave of drone strikes by Russian forces
    killed five": a subject that is the violence itself names its doer in its "by" phrase;
    else the subject stands (a weapon's owner is read off its modifiers elsewhere)."""
    nouns = [subj]
    if subj.lemma_.lower() in SERIES_NOUNS:  # (the parse hangs "by" on either noun)
        nouns += [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    if nouns[-1].lemma_.lower() not in INSTRUMENTS:
        return subj
    return next((g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"), subj)


# Verbs of command whose object, with a participle, is what the commander has done to it
ORDER_VERBS = {"order", "command"}


def ordered_patient(verb):
    """ "A judge ordered the former president released", "the court ordered the officers held
    for 30 days": the act's object, done to by whoever orders it, as in "ordered the release
    of" (source_token). The parser hangs the participle on the object (acl), or reads it as a
    finite clause whose subject is the object ("ordered them detained": ccomp). None
    otherwise."""
    if passive_participle(verb) and verb.head.dep_ == "dobj" and \
            verb.head.head.lemma_.lower() in ORDER_VERBS:
        return verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ORDER_VERBS or \
            verb.tag_ not in ("VBD", "VBN") or \
            any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)


def _active_with_subject(verb) -> bool:
    """An active verb with its own subject: a "by" phrase the parser made its agent is a
    means ("Modi and Xi spoke by phone", "arrived by plane"), not the doer."""
    return any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


# Acts of words a teller goes on with after "X did Y, officials said, ...": blaming,
# accusing, calling for, vowing (the teller's), unlike "..., cutting power" (the act told).
REPORTERS_ACTS = ACCUSE_VERBS | {
    "say", "add", "describe", "cite", "claim", "deny", "insist", "warn", "urge", "vow",
    "pledge", "condemn", "criticize", "criticise", "praise", "reject", "dismiss", "denounce",
    "demand", "threaten", "call", "appeal", "welcome", "thank"}


def _told_clause(participle):
    """The clause a report tells, when `participle` (a gerund) hangs on the reporting verb
    written after that clause ("X struck the plant, officials said, cutting power"): the
    parser makes the gerund an adjunct of "said". None otherwise."""
    report = participle.head
    if participle.lemma_.lower() in REPORTERS_ACTS:
        return None  # "..., officials said, blaming herders": the teller's own next act
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or \
            report.lemma_.lower() not in ("say", "tell", "report", "add", "announce", "state") \
            or report.i > participle.i:
        return None
    told = next((c for c in report.children if c.dep_ in ("ccomp", "parataxis") and
                 c.i < report.i), None)
    if told is None and report.dep_ == "parataxis" and report.head.i < report.i:
        told = report.head  # "X struck the plant, officials said, ...": "said" hangs on X's
    return told


# Verbs of telling whose clause a teller's next act of words may be hung on.
TELLING_VERBS = {"say", "tell", "report", "add", "announce", "state", "write", "note"}


def _teller_goes_on(participle) -> bool:
    """ "Amnesty said 1,500 students have been kidnapped, accusing successive governments":
    a gerund of words (REPORTERS_ACTS) after the clause a report tells, hung by the parser on
    that clause's verb, is the teller's own next act."""
    told = participle.head
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and \
        participle.lemma_.lower() in REPORTERS_ACTS and told.dep_ == "ccomp" and \
        told.head.lemma_.lower() in TELLING_VERBS and told.head.i < told.i < participle.i and \
        any(c.dep_ == "nsubj" for c in told.head.children)


def taking_part(verb) -> bool:
    """A verb of taking part with the act in its "in" phrase ("engaged / involved / locked
    in a war")."""
    return verb.lemma_.lower() in IN_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def attack_by(verb):
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


def conditioned_subject(subj):
    """ "Iran would be bombed if it did not agree": "it" in a condition on a clause is that
    clause's subject (the one the condition is set to), not the speaker who sets it. Only
    "it" and "they" ("he" may still be the speaker: "he would resign if he lost"), and "it"
    never for a plural noun."""
    clause = subj.head
    if subj.lower_ not in ("it", "they") or clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
        return None
    main = next((c for c in clause.head.children
                 if c.dep_ in SUBJECT_DEPS + ("nsubjpass",)), None)
    if main is None or main.pos_ == "PRON" or (
            subj.lower_ == "it" and main.tag_ in ("NNS", "NNPS")):
        return None
    return main


# Conjunctions of a clause set in time or cause beside its main clause.
TIME_MARKS = {"since", "after", "before", "when", "because", "as", "until", "once", "while"}
_BODY_LABELS = ("GPE", "ORG", "NORP")


def _singular_body(doc, token) -> bool:
    """A singular noun that names a state or a body, by the document's (relabelled) entities:
    the parser's own tag may call "Belarus" a person."""
    if token.pos_ == "PRON" or token.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in token.children):
        return False
    return any(e.start <= token.idx < e.end and e.label in _BODY_LABELS for e in doc.entities)


def main_clause_it(doc, subj):
    """What an "it" stands for when it is the subject of a clause of time or cause ("since it
    invaded Ukraine", "after it expelled ...") on a main clause that settles it:
    - the main subject is plural ("Western governments have targeted Russia since it
      invaded Ukraine"): "it" cannot be that subject; it is the one singular state or body
      the main clause acts on (its object, or the object of its preposition: "cut ties with
      Qatar after it ...");
    - the main subject is a singular state or body and the main clause acts on none ("Russia
      has been isolated since it invaded Ukraine"): that subject.
    None otherwise (two singular parties, "China criticised Japan after it ...", stay open),
    or when `subj` is no such "it"."""
    clause = subj.head
    if subj.lower_ != "it" or clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in clause.children):
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS + ("nsubjpass",)), None)
    if subject is None:
        return None
    objects = [c for c in main.children if c.dep_ == "dobj"]
    # (the preposition on the verb, or on its object: "cut ties with Qatar after it ...")
    preps = [c for head in [main] + objects for c in head.children
             if c.dep_ == "prep" and c.i < clause.i]
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    parties = [o for o in objects if _singular_body(doc, o)]
    if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or any(
            c.dep_ == "conj" for c in subject.children):
        return parties[0] if len(parties) == 1 else None
    if _singular_body(doc, subject) and not parties:
        return subject
    return None


# Verbs by which a text is its subject's own ("issued a statement condemning", "adopted a
# resolution calling for"): its author, when its own words name none.
AUTHORING_VERBS = {"issue", "release", "publish", "adopt", "pass", "draft", "sign", "put",
                   "send", "table", "propose", "introduce", "submit", "approve", "write", "post",
                   "circulate", "unveil", "deliver", "make", "agree", "endorse", "back"}


def _text_author(text):
    """Who says what a text's participle says ("a statement criticising China"): the body its
    own words name ("an EU statement", "the Security Council's resolution": the text
    itself, whose phrase the actor rules read), else the subject of a verb that makes the
    text its own (None here: the clause above goes on to it); the text itself when the verb
    on it is no authoring one ("Hungary blocked a statement criticising China": not
    Hungary's words), whose phrase then names no one."""
    if any(c.dep_ in ("compound", "poss", "amod", "nmod") and
           c.ent_type_ in ("ORG", "GPE", "NORP") for c in text.children):
        return text
    if text.dep_ == "dobj" and text.head.lemma_.lower() not in AUTHORING_VERBS:
        return text
    return None
