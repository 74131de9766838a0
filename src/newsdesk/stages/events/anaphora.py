"""Event anaphora: a later mention of an act the article already reported ("the attack",
"this explosion", "the summit", "the call", "the deal") is listed again in its own sentence,
with the actors of the act it refers back to.

Real news names the doer once and then writes "the attack was carried out by a local cell",
"closed-circuit television captured the attack", "the summit was canceled": the noun alone
names neither side, so the lexicon (which codes a bare event noun only under a light verb or
with both sides in its phrase) finds nothing. A careful reader lists the act once per sentence
with the actors known from before (the real-news guidelines: "the same act repeated in two
sentences is listed twice"). A mention is resolved only when

- the noun is definite ("the", "this", "that", "these", "those", or a possessive) and is not
  a modifier of another noun ("attack planes");
- nothing in its phrase marks another act ("a previous attack", "the next summit", "the 2019
  bombing": a date of its own);
- it is a core argument of its clause ("the attack was carried out by"), or an act of
  violence someone suffered or is blamed for ("wounded in the attack", "responsible for the
  bombing", "behind the blast"): after other prepositions it is mostly a time or a
  circumstance ("after the attack"). Such a phrase keeps the act as told before (its code
  and modality), except that the one the clause says was behind it is its doer ("Kenya
  said it was not responsible for the blast": KEN, negated);
- the sentence has no event of that family already (the verb coded it: "the attack killed");
- an earlier sentence of the article has an event of the same family: the latest one is the
  antecedent, and its actors, code, time and background are copied; an act of violence
  with none told in the two sentences before the mention is the lede's attack (`_story_act`).

The mention's modality is its clause's only when the clause tells whether the act happens
("the summit was canceled", "the talks will resume", "the attack was carried out by"); a
clause that comments on the act ("the tariffs could cost 40,000 jobs", "the accusation was
baseless") takes it as done, and the act keeps the modality and teller it was told with.

A definite event noun with no antecedent ("Markets fell after the attack") stays no event.
An agreement noun ("the deal", "the accord") names a lasting text more than an act: it is
listed again only where its clause tells the agreeing ("the deal was signed", "the accord
takes effect"), not where the text is praised, criticised, violated or described.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Event
from ...vocab import Modality
from ..actors.side_clauses import OUTLAW_SECTORS
from .act_nouns import DEFINITE, FAMILIES, VIOLENCE
from .actor_rules import intercepts
from .coding import HARM_CODE, LIGHT_VERBS, match_token
from .tables import cameo_info, plover_for
from .phrase_actors import np_bounds, resolve_phrase
from .modality import OCCURRENCE_PARTICLES, OCCURRENCE_VERBS, modality
from .objects import judged_object

AGREEMENT = FAMILIES["deal"]
# Modifiers that make the noun another act than the one reported before.
OTHER_ACT = {"previous", "earlier", "past", "prior", "next", "another", "other", "new",
             "future", "first", "second", "third", "similar", "last", "former", "original",
             "upcoming", "subsequent", "separate", "recent", "latest"}
# Mentions resolved only within this many sentences of their antecedent: further away the
# noun mostly names some other act of the same kind.
REACH = 12
# A mention is an act told again only as a core argument of its clause ("the attack was
# carried out by", "captured the attack"); after a preposition it is mostly a time or
# circumstance ("after the attack", "the force of the explosion", "early in the talks").
CORE = {"nsubj", "nsubjpass", "dobj", "attr"}
# ... but a phrase of who suffered it or who is to blame for it names the act itself: "was
# killed in the attack", "lost a leg in the bombing", "responsible for the explosion".
SUFFER_WORDS = {"kill", "die", "wound", "injure", "hurt", "lose", "maim", "perish", "survive",
                "injury", "death", "victim", "casualty", "dead", "wounded", "injured"}
BLAME_WORDS = {"responsible", "responsibility", "blame", "behind", "connection", "suspect",
               "role", "involvement", "complicit", "guilty", "charge", "convict"}


def mentions(doc, sent, info, article: list[Event], current: list[Event], quote_at,
             context: dict) -> list[Event]:
    """Events for the definite event nouns of `sent` that refer to an event the article
    codes in another sentence (see the module's docstring). `article`: the article's events;
    `current`: those coded in this sentence; `quote_at(offset)` → the quote there; `context`:
    the events stage's (datelines, speaker) for naming who is blamed."""
    have = {e.cameo[:2] for e in current}
    governed = [_token_at(sent, e.evidence.get("start")) for e in current]
    words = {t.lower_ for t in sent}
    out: list[Event] = []
    attacks = None  # the article's acts of violence less its interceptions, once asked for
    for noun in sent:
        roots = FAMILIES.get(noun.lemma_.lower())
        if roots is None or noun.pos_ != "NOUN" or have & roots or not _core(noun, roots):
            continue
        if not _definite(noun) or _other_act(noun):
            continue
        if any(t is not None and noun in t.subtree for t in governed):
            continue  # "condemned the attack", "blamed ISIS for the attack": that act's object
        own = match_token(noun)
        if roots == AGREEMENT and not _agreement_told(noun):
            continue  # "Critics said the deal left out the villages": the text, not the act
        if roots == VIOLENCE and attacks is None:  # "the attack" is none of the missiles
            attacks = [e for e in article if not is_interception(doc, e)]  # shot down
        antecedent = _antecedent(attacks if roots == VIOLENCE else article, roots, info.i,
                                 own[0] if own else "")
        if antecedent is None:
            continue
        event = _mention(doc, noun, antecedent, info, words, quote_at)
        blamed = _blamed(doc, noun, context)
        if blamed is not None:
            # "North Korea was behind the attack", "ISIS was not responsible for the
            # bombing": the one blamed is named as its doer, as the clause says
            verb = _governor(noun)
            mod = modality(verb, None, words)
            event = replace(event, source_actor=_where_done(blamed, event), modality=mod,
                            plover=plover_for(event.cameo, mod))
        sufferer = _sufferer(doc, noun, context)
        if sufferer is not None and event.target_actor:
            # "a priest who lost a leg in the attack": the one hurt here is its target, in
            # this sentence's words (of the victims' state told before, unless named)
            target = dict(event.target_actor, start=sufferer["start"], end=sufferer["end"],
                          text=doc.text[sufferer["start"]:sufferer["end"]],
                          entity=sufferer.get("entity"))
            if sufferer.get("country"):
                target.update({k: sufferer[k] for k in ("code", "country", "sector")})
            event = replace(event, target_actor=target)
        out.append(event)
        have |= roots
    return out


def condemned_doers(coded) -> None:
    """"ADF rebels killed 20 villagers ... Uganda condemned the attack": a disapproval or a
    rejection (CAMEO 11, 12) of a definite act the article codes in another sentence falls on
    that act's doer, when its own clause names no target, or names one only inside the act's
    own phrase ("condemned the strikes as a violation of Yemen's sovereignty": Yemen is whose
    sovereignty, not who struck). `coded`: [(sent, info, events)]; targets are set in place
    (marked from_context)."""
    article = [event for _, _, found in coded for event in found]
    added = []
    for sent, info, found in coded:
        for event in found:
            if event.cameo[:2] not in ("11", "12"):
                continue
            verb = _token_at(sent, event.evidence.get("start"))
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
            roots = FAMILIES.get(obj.lemma_.lower()) if obj is not None else None
            if roots is None or not _definite(obj) or not _named_in_act(event.target_actor, obj):
                continue
            hit = match_token(obj)  # ("condemned the attack": an attack, no occupation)
            antecedent = _antecedent(article, roots, info.i, hit[0] if hit else "")
            if antecedent is None:
                continue
            # the act's co-doers ("U.S. and British warplanes struck ...") are each condemned
            doers = [e.source_actor for e in article if e.sentence == antecedent.sentence and
                     e.evidence.get("start") == antecedent.evidence.get("start") and
                     e.source_actor and e.source_actor.get("code") !=
                     (event.source_actor or {}).get("code")]
            for i, doer in enumerate(dict.fromkeys(d["code"] for d in doers)):
                actor = dict(next(d for d in doers if d["code"] == doer), from_context=True)
                if i == 0:
                    event.target_actor = actor
                else:
                    added.append((found, replace(event, target_actor=actor)))
    for found, event in added:
        found.append(event)


# Families of acts done together: praise of one ("welcomed the summit") is for both sides.
JOINT_ROOTS = frozenset({"04", "05"})


def praised_parties(coded) -> None:
    """ "Erdogan visited Athens ... Washington welcomed the meeting": praise (051) of a definite
    act the article codes in another sentence is for that act's doer, and for both of its
    sides when the act is done together (JOINT_ROOTS: a meeting, an agreement); praise of an
    act of the praiser's own state, and praise that still names no one, is dropped
    (actor_rules keeps it only for this). `coded`: [(sent, info, events)]; events changed
    and added in place."""
    article = [event for _, _, found in coded for event in found]
    for sent, info, found in coded:
        for event in [e for e in found if e.cameo.startswith("051") and not e.target_actor]:
            verb = _token_at(sent, event.evidence.get("start"))
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
            roots = FAMILIES.get(obj.lemma_.lower()) if obj is not None else None
            antecedent = _antecedent(article, roots, info.i) if roots and _definite(obj) \
                else None
            own = (event.source_actor or {}).get("country")
            sides = [] if antecedent is None else [antecedent.source_actor] + (
                [antecedent.target_actor] if roots & JOINT_ROOTS else [])
            if any(a and a.get("country") == own for a in sides):
                sides = []  # its own act ("Kishida and Albanese praised the agreement"): no
                # praise of the other side
            sides = [a for a in sides if a and a.get("country")]
            found.remove(event)
            for side in dict((a["code"], a) for a in sides).values():
                found.append(replace(event, target_actor=dict(side, from_context=True)))


def _named_in_act(target: dict | None, obj) -> bool:
    """Is there no target, or one named only inside the act noun's phrase or in what the
    act is called ("the strikes as a violation of Yemen's sovereignty"; not "Russia's
    strikes", the doer)?"""
    if not target:
        return True
    tok = next((t for t in obj.sent if t.idx == target.get("start")), None)
    if tok is None or tok.i < obj.i:
        return False
    while tok.head.i != tok.i and tok.i != obj.i and tok.head.i != obj.head.i:
        tok = tok.head
    return tok.i == obj.i or tok.dep_ == "prep" and tok.lower_ == "as"


# Nouns that sum up the act of the clause they follow: "Sony pulled the film, a decision that
# Obama disparaged", "China raised tariffs, a move Washington condemned".
SUMMING_NOUNS = {"move", "decision", "step", "action", "measure"}
# Roots of a response to an act: disapproval (11), rejection (12). (Praise, 051, of an act
# told before: praised_parties.)
RESPONSE_ROOTS = ("11", "12")


def summed_up_doers(doc, coded, context) -> None:
    """ "Israel closed the crossings, a step the UN criticized": a response (RESPONSE_ROOTS)
    told in a relative clause on a noun that sums up the sentence's act (SUMMING_NOUNS, after
    a comma) falls on that act's doer, when the response names no target of its own (or only
    one taken from context); the doer is that act's event's source, or else the actor its
    subject names (the act itself may be no coded event: "Sony pulled the film").
    `coded`: [(sent, info, events)]; targets set in place."""
    for sent, _, found in coded:
        for event in found:
            target = event.target_actor or {}
            if event.cameo[:2] not in RESPONSE_ROOTS or (target and not target.get("from_context")):
                continue
            verb = _token_at(sent, event.evidence.get("start"))
            noun = verb.head if verb is not None and verb.dep_ in ("relcl", "acl") else None
            if noun is None or noun.lemma_.lower() not in SUMMING_NOUNS or \
                    noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
                continue
            act = noun.head
            while act.pos_ not in ("VERB", "AUX") and act.head.i != act.i:
                act = act.head  # "expelled two diplomats, a decision ...": on the object
            doer = next((e.source_actor for e in found if e is not event and e.source_actor and
                         e.evidence.get("start") == act.idx), None)
            subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
            if doer is None and subject is not None:
                found_actor = resolve_phrase(doc, subject, dict(context, last_source=None,
                                                                speaker=None))
                if found_actor and found_actor.get("country"):
                    start, end = np_bounds(subject)
                    doer = {"code": found_actor.get("code"), "text": doc.text[start:end],
                            "entity": found_actor.get("entity"),
                            "country": found_actor["country"],
                            "sector": found_actor.get("sector"), "start": start, "end": end}
            if doer and doer.get("code") != (event.source_actor or {}).get("code"):
                event.target_actor = dict(doer, from_context=True)


def _core(noun, roots) -> bool:
    """Is the noun a core argument of its clause, or (violence only) the act someone
    suffered or is blamed for (SUFFER_WORDS, BLAME_WORDS)?"""
    if noun.dep_ in CORE:
        return True
    if noun.dep_ != "pobj" or not roots & VIOLENCE:
        return False
    prep = noun.head
    holder = prep.head.lemma_.lower()
    if prep.lower_ in ("in", "during") and holder in SUFFER_WORDS:
        return True
    if prep.lower_ == "behind" or (prep.lower_ in ("for", "with", "in", "over") and
                                   holder in BLAME_WORDS):
        return True
    return False


def _sufferer(doc, noun, context) -> dict | None:
    """The subject of the verb of suffering the mention hangs on ("two children [died] in
    the attack", "[who] was wounded in the bombing"): {start, end} of its phrase, with its
    actor when it names one; None for any other mention."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or \
            verb.lemma_.lower() not in SUFFER_WORDS or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    start, end = np_bounds(subject)
    if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        # "a Texas woman who lost a leg in the bombing": the woman, and the "who" for her
        subject = verb.head
        start = np_bounds(subject)[0]
    found = resolve_phrase(doc, subject, dict(context, last_source=None, speaker=None))
    actor = dict(found) if found and found.get("country") else {}
    return dict(actor, start=start, end=end)


def _blamed(doc, noun, context) -> dict | None:
    """The actor a clause names as the doer of the act the noun repeats: the subject of
    "was responsible for" / "was behind" it, when it names a state or a group; else None."""
    prep = noun.head
    pred = prep.head
    if not (prep.lower_ == "behind" or (prep.lower_ == "for" and pred.lemma_.lower() ==
                                        "responsible")):
        return None
    copula = pred if pred.pos_ in ("AUX", "VERB") else pred.head
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("it", "they", "we") and \
            copula.dep_ == "ccomp":
        # "Iran said it was not responsible": the one speaking of itself
        subject = next((c for c in copula.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    actor = resolve_phrase(doc, subject, dict(context, last_source=None, speaker=None))
    # an armed group named by what it is ("Islamist militants", "a jihadist group") has no
    # country of its own phrase: it takes the one the act was done in (_where_done)
    return actor if actor and (actor.get("country") or actor.get("sector") in OUTLAW_SECTORS) \
        else None


def _where_done(blamed: dict, event) -> dict:
    """The one blamed, with the country of the act it is blamed for when its own phrase
    names none (a non-state armed group is coded by where it acts, realnews/GUIDELINES.md):
    the country the earlier doer was placed in, else the target's."""
    if blamed.get("country"):
        return blamed
    country = next((a.get("country") for a in (event.source_actor, event.target_actor)
                    if a and a.get("country")), None)
    if country is None:
        return blamed
    return dict(blamed, country=country, code=country + blamed["sector"])


def _token_at(sent, offset):
    return next((t for t in sent if t.idx == offset), None)


def _definite(noun) -> bool:
    if noun.dep_ in ("compound", "amod", "nmod"):
        return False  # "attack planes", "the summit date"
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in noun.children)


# Family nouns whose "of" phrase gives them another sense: "the exercise of power" is no drill.
OF_SENSE = {"exercise"}


def _other_act(noun) -> bool:
    if noun.lemma_.lower() in OF_SENSE and any(c.dep_ == "prep" and c.lower_ == "of"
                                               for c in noun.children):
        return True
    for child in noun.children:
        if child.i > noun.i and child.dep_ != "prep":
            continue
        if child.lower_ in OTHER_ACT:
            return True
        if child.i < noun.i and (child.ent_type_ in ("DATE", "TIME") or child.like_num):
            return True  # "the 2019 attack", "two attacks": its own date or count
    return False


def _antecedent(article: list[Event], roots: frozenset[str], sentence: int,
                code: str = "") -> Event | None:
    """The event of the family the mention most likely repeats: among those within REACH
    sentences (before or after: a lede's "the attack" may precede the sentence that names
    the bombers; of other acts, not history told later), one of the noun's own code first ("the visit" repeats a visit, not a
    meeting), then one whose doer and victim are known, then the nearest, earlier first."""
    best, key = None, None
    for event in article:
        distance = abs(sentence - event.sentence)
        if event.sentence == sentence or distance > REACH or event.cameo[:2] not in roots:
            continue
        if event.sentence > sentence and event.background and not roots & VIOLENCE:
            continue  # a lede's "the sanctions" names the news, not the history a later
            # sentence tells ("... imposed sanctions on Russia's oil firms last October");
            # an attack's later recap still names its doers (the bombers, told as context)
        if code and code[:2] == "04" and (code[:3] == "041") != (event.cameo[:3] == "041"):
            continue  # a phone call is no meeting, nor a meeting a call
        if code[:3] == "057" and not event.cameo.startswith("057"):
            continue  # "the agreement" repeats an agreement concluded, not the praise or
            # thanks of the same root (051: "thanked Trump for his mediation")
        if code[:2] in VIOLENCE and code[:3] not in HOLDING and event.cameo[:3] in HOLDING:
            continue  # "the attack" is no blockade or occupation ("seized the town")
        same = bool(code) and code[:2] not in VIOLENCE and event.cameo.startswith(code[:3])
        # an act of violence told after "the attack" is mostly the answer to it ("police shot
        # one of the gunmen"): one told before comes first, however near the later one
        later = event.sentence > sentence
        rank = (not same, _known(event) < 2, later and roots == VIOLENCE, distance, later)
        if _known(event) and (key is None or rank < key):
            best, key = event, rank
    if roots == VIOLENCE and (best is None or abs(best.sentence - sentence) > NEAR):
        return _story_act(article, sentence) or best
    return best


def is_interception(doc, event: Event) -> bool:
    """Was the event told with a verb of stopping what was fired (actor_rules.intercepts)?"""
    start = (event.evidence or {}).get("start")
    span = doc.spacy.char_span(start, start + 1, alignment_mode="expand") \
        if doc.spacy is not None and start is not None else None
    return span is not None and intercepts(span[0])


# Force that holds rather than strikes: a blockade (191), an occupation (192).
HOLDING = {"191", "192"}

# The lede: the sentences (headline and first) that tell the story's own act.
LEDE = 2
# An act told this near the mention is the one it repeats, whatever the lede tells.
NEAR = 2


def _story_act(article: list[Event], sentence: int) -> Event | None:
    """The act of violence the story's lede tells ("An ISIS bomber blew himself up in
    Istanbul, killing ten Germans"), its first with a known doer, for a mention after the
    lede with no such act in the sentences just before it: a later "the explosion" or "the
    attack" of the article is mostly that act, however far down (beyond REACH) and whatever
    acts of the family the sentences between tell (the state's "fight against terrorism",
    the victims of other states counted one by one, older attacks told as background)."""
    if sentence < LEDE:
        return None
    return next((e for e in article if e.sentence < LEDE and e.cameo[:2] in VIOLENCE and
                 not e.background and _known(e) >= 2), None)


def _known(event: Event) -> int:
    """How well an event's actors are known: a named doer of a known state (not an
    unidentified attacker) counts 2, a target of a known state 1."""
    source, target = event.source_actor or {}, event.target_actor or {}
    score = 2 if source.get("country") and source.get("sector") not in ("UAF", "CVL") else 0
    score += 1 if source.get("country") and not score else 0
    return score + (1 if target.get("country") else 0)


def _governor(noun):
    """The verb whose clause the noun belongs to (its modality and tense are the mention's)."""
    tok = noun
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _mention(doc, noun, antecedent: Event, info, words, quote_at) -> Event:
    verb = _governor(noun)
    if noun.dep_ == "pobj":
        # "killed in the attack", "not responsible for the bombing": the act is the one told
        # before, as it was told; the clause's verb and negation are about something else
        mod: Modality = antecedent.modality
        own = None
    else:
        mod = modality(noun, verb if verb.i != noun.i else None, words)
        # a verb whose lexicon row takes the noun as its cue is the act: "the summit was
        # canceled" is a cancellation (16) of the meeting the antecedent reported
        # ("called the talks a sham" names the talks: no call for talks, 026)
        own = match_token(verb) if verb.i != noun.i and not judged_object(verb, noun) else None
        if own and own[0][:2] == "04" and antecedent.cameo[:2] != "04":
            own = None  # "the aid arrived in Vientiane": an act travels to no one (no visit)
    quote = quote_at(noun.idx)
    said_by = quote.id if quote is not None else None
    if noun.dep_ != "pobj" and not (own and own[1]) and not _tells_the_act(noun, verb):
        # "the tariffs could cost 40,000 jobs", "the accusation was baseless": the clause
        # says something about the act, which it takes as done; the act stays as told
        # before (its modality and teller), not a new hedge said by the commenter
        mod, said_by = antecedent.modality, antecedent.attributed_to
    info_code = cameo_info(own[0] if own and own[1] else antecedent.cameo)
    start = min([c.idx for c in noun.children if c.i < noun.i] + [noun.idx])
    return Event(
        id="", cameo=info_code.code, cameo_name=info_code.name,
        quad_class=info_code.quad_class, goldstein=info_code.goldstein,
        plover=plover_for(info_code.code, mod),
        source_actor=antecedent.source_actor, target_actor=antecedent.target_actor,
        modality=mod, time=antecedent.time, background=antecedent.background,
        attributed_to=said_by, sentence=info.i,
        evidence=doc.span(start, noun.idx + len(noun)),
        # the actors come from another sentence: weaker evidence than the antecedent's own
        confidence=round(max(0.05, antecedent.evidence_score * 0.8), 2),
        evidence_score=round(max(0.05, antecedent.evidence_score * 0.8), 2))


def _agreement_told(noun) -> bool:
    """Is a later "the deal" / "the agreement" the act of agreeing told again? An agreement
    noun names a lasting text more than an act: "officials praised the agreement", "the deal
    covers the dam", "Iran violated the deal" speak of the text (the verb's own act, if any,
    is coded on the verb), so the mention is listed only when its clause tells the agreeing
    itself ("the deal was signed / announced / reached", "the accord will take effect")."""
    verb = _governor(noun)
    if verb.i == noun.i or judged_object(verb, noun):
        return False
    own = match_token(verb)
    return bool(own and own[1]) or _tells_the_act(noun, verb) or bool(
        _takes_effect(verb))


def _takes_effect(verb) -> bool:
    """ "the accord will take effect / come into force": the agreement starts to hold."""
    words = {t.lower_ for t in verb.subtree}
    return verb.lemma_.lower() in ("take", "come", "enter") and bool(words & {"effect", "force"})


def _tells_the_act(noun, verb) -> bool:
    """Does the mention's clause tell whether the act happens: a verb of occurrence ("the
    meeting will take place", "talks are expected to resume", "the attack did not happen")
    or one that carries the act ("the attack was carried out by", "the deal was signed")?"""
    if verb.i == noun.i:
        return True
    if judged_object(verb, noun):
        return False  # "called the deal a betrayal", "made the deal possible": a judgement
    for tok in [verb] + [c for c in verb.children if c.dep_ == "xcomp"]:
        lemma = tok.lemma_.lower()
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "dobj", "advmod")}
        if lemma in OCCURRENCE_VERBS or lemma in LIGHT_VERBS or \
                particles & OCCURRENCE_PARTICLES.get(lemma, set()):
            return True
        if lemma == "be" and any(c.lower_ in ("on", "off") and c.dep_ != "prep"
                                 for c in tok.children):
            return True  # "the meeting may be back on", "the summit is off"
    return False


def victims_of_the_act(events: list[Event], article: list[Event], sentence: int,
                       sent) -> None:
    """ "At least six Germans were among the wounded", "two Belgians were among the dead":
    victims counted after the story's act of violence were harmed by that act; so are those
    a definite mention of it harmed ("the attack killed nine officers", "the invasion has
    left thousands dead": the noun is the act, its doer the act's). The harm, coded with no
    doer (coding.HARM_CODE), takes the act's code, doer, time and background, and keeps its
    own victims (of the act's target's state when they name none: "nine officers" of an
    attack on Afghan police are Afghan); with no earlier act whose doer is known it stays
    as it was."""
    for event in events:
        if event.cameo != HARM_CODE or (event.source_actor or {}).get("code"):
            continue
        mention = _harming_mention(sent, event)
        victims = event.target_actor or {}
        if not victims.get("country") and mention is None:
            continue
        roots = FAMILIES[mention.lemma_.lower()] if mention is not None else VIOLENCE
        act = _antecedent(article, roots, sentence)
        if act is None or act.sentence > sentence or _known(act) < 2:
            continue
        info = cameo_info(act.cameo)
        event.cameo, event.cameo_name = info.code, info.name
        event.quad_class, event.goldstein = info.quad_class, info.goldstein
        event.plover = plover_for(info.code, event.modality)
        event.source_actor, event.time = act.source_actor, act.time
        event.background = act.background
        state = (act.target_actor or {}).get("country")
        if not victims and state:
            event.target_actor = dict(act.target_actor, from_context=True)
        elif not victims.get("country") and state:
            event.target_actor = dict(victims, country=state, from_context=True,
                                      code=state + (victims.get("sector") or ""))


def _harming_mention(sent, event: Event):
    """The subject of a harm verb that is a definite mention of an act of violence ("the
    attack killed", "the blast wounded", "the fighting has left 20 dead"); None otherwise."""
    verb = _token_at(sent, event.evidence.get("start"))
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        roots = FAMILIES.get(subject.lemma_.lower())
        if subject.pos_ == "NOUN" and roots and roots <= VIOLENCE and _definite(subject) and \
                not _other_act(subject):
            return subject
    return None
