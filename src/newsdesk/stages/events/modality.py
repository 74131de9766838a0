"""Modality of an event: did it happen (asserted), or is it planned, hedged, negated,
hypothetical or requested? Read from the trigger's own dependents and the verbs above it, so
"Beijing appears to be preparing aid" is hedged and "urged Moscow to withdraw" requested.
Negation and doubt may sit on a noun or a verb above the clause: "there were no reports that
X abducted Y" and "X denied that Y attacked Z" are negated, "reports that X attacked" hedged;
a prevented act ("stopped X from attacking", "deter China from arming Russia") did not
happen (negated) or may not (hypothetical), whatever the verb's own tense says.

The names and their precedence when several cues meet in one clause come from newsdesk.vocab
(`Modality`, MODALITY_PRECEDENCE: negated > hypothetical > requested > hedged > planned); a
clause with no cue is asserted.
"""
from __future__ import annotations

from ...vocab import (ASSERTED, HEDGED, HYPOTHETICAL, MODALITY_PRECEDENCE, NEGATED, PLANNED,
                      Modality)
from .asides import charge_denied
from .coding import agreeing
from .nominal_parties import asked_for
from .frames import frame_code
from .conditions import (CONDITION_MARKS, case_condition, case_of, conditional_threat,
                         has_condition, inverted_condition)
from .responsibility import claimed_modality
from .undone import refrained, ruled_out

PLAN_VERBS = {"plan", "intend", "schedule", "prepare", "expect", "aim", "hope", "set", "due",
              "mean", "seek", "try", "want", "propose", "vow", "pledge", "promise",
              "agree", "offer", "threaten", "go"}
# Verbs of weighing an option: the act weighed ("considering cutting ties", "mulling
# sending troops") is one that may or may not be done (CAMEO 014 is the weighing itself).
CONSIDER_VERBS = {"consider", "weigh", "mull", "contemplate", "ponder", "debate"}
# Words of readiness to act: "is ready to raise tariffs", "is poised to expel", "stands
# prepared to send troops": the act is not done yet.
READY_WORDS = {"ready", "poise", "poised", "prepared", "willing", "determined"}
HEDGE_VERBS = {"appear", "seem", "suspect", "believe", "report", "allege", "rumor", "rumour",
               "suggest", "claim"}
REQUEST_VERBS = {"urge", "ask", "call", "demand", "press", "request", "plead", "appeal",
                 "push", "pressure", "encourage", "implore", "invite", "order", "tell",
                 # a requirement or an instruction is asked of its object, not yet done:
                 # "the court required Poland to release", "instructed the envoy to leave"
                 "require", "instruct", "direct", "command", "oblige", "obligate", "beg"}
# Verbs whose infinitive did not happen: "avoided criticizing", "refused to meet", "failed
# to pass" (the events stage codes a refusal itself as CAMEO 12, read on the refusing verb).
AVOID_VERBS = {"avoid", "refrain", "stop", "cease", "abstain", "refuse", "decline", "fail"}
HEDGE_WORDS = {"reportedly", "allegedly", "apparently", "possibly", "perhaps", "likely",
               "probably", "purportedly", "supposedly", "seemingly", "maybe", "unconfirmed"}
HEDGE_MODALS = {"may", "might", "could"}
HEDGE_ADJECTIVES = {"alleged", "suspected", "reported", "apparent", "purported", "rumoured",
                    "rumored", "unconfirmed"}
POSSIBLE_ADJECTIVES = {"possible", "potential", "hypothetical", "prospective", "future"}
HYPOTHETICAL_MODALS = {"would", "should", "can", "ca"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
NEGATIONS = {"not", "n't", "never", "no"}
# Verbs that deny the clause they govern ("denied that", "rejected reports that").
DENY_VERBS = {"deny", "refute", "rebut", "dismiss", "reject", "debunk", "disavow"}
# Of the verbs of denial, those that oppose a thing named as their object: "dismissed the
# sanctions as illegal", "rejected the accusations" say the sanctions and accusations exist.
OPPOSE_VERBS = {"dismiss", "reject"}
# Verbs that stop a text from being adopted: what the text says is then said by no one.
BLOCK_VERBS = {"block", "veto", "scuttle", "torpedo"}
# Nouns whose clause is only reported ("reports that", "claims that").
HEDGE_NOUNS = {"report", "claim", "allegation", "rumor", "rumour", "speculation", "suggestion",
               "suspicion", "accusation", "indication", "sign", "evidence",
               # expectation and fear: "fears of war", "hopes of a recovery", "the prospect
               # of talks" name an act that may come, not one that happened
               "hope", "fear", "worry", "prospect", "expectation", "forecast", "prediction",
               "possibility", "chance", "likelihood", "risk"}
ATTEMPT_NOUNS = {"attempt", "bid"}
# Nouns of habit: "his tendency to criticize Beijing one day and praise it the next" tells
# acts that happen (again and again), not acts to come.
HABIT_NOUNS = {"tendency", "habit", "penchant", "propensity", "proclivity"}
# Adjectives that make their infinitive a likelihood: "is likely to be slow".
LIKELY_ADJECTIVES = {"likely", "unlikely", "probable", "possible"}
# Verbs that keep an act from happening ("stopped X from V-ing") or try to ("deterred").
PREVENT_VERBS = {"prevent", "stop", "keep", "bar", "ban", "block", "prohibit", "forbid",
                 "restrain", "refrain", "avoid", "abstain", "desist", "preclude"}
# Verbs that impute an act to their object ("accused X of V-ing"): the act is only claimed.
ACCUSE_VERBS = {"accuse", "blame", "charge", "suspect", "allege", "indict", "implicate"}
DETER_VERBS = {"deter", "dissuade", "discourage", "warn", "caution"}
# Verbs that stop a scheme ("foiled a plot to bomb the station"): the scheme's act did not
# happen, and the one who stopped it is not its doer. (An attempt that was foiled was made:
# PLOVER codes the attempted act, see ATTEMPT_NOUNS.)
THWART_VERBS = {"foil", "thwart", "avert", "disrupt", "derail", "frustrate", "prevent", "stop",
                "block", "uncover", "scupper", "halt", "smash", "bust"}
SCHEME_NOUNS = {"plot", "plan", "scheme", "conspiracy"}
# Adjectives of a disposition to act ("bent on", "capable of", "close to"), not of an act.
DISPOSITIONS = {"bent", "intent", "determined", "keen", "eager", "capable", "ready", "willing",
                "prepared", "poised", "set", "desperate", "able", "unable", "close", "afraid",
                "wary", "reluctant", "hesitant", "serious", "open"}
REPORT_VERBS = {"say", "announce", "tell", "state", "add", "declare", "report", "warn",
                "insist", "claim", "promise", "vow", "pledge"}
# Verbs that say an act noun, their subject, happens: "the meeting will take place", "talks
# are expected to resume", "a summit could happen". The act's modality is theirs ("take"
# and "go" only as "take place", "go ahead"; "hold" only passive, "will be held").
OCCURRENCE_VERBS = {"happen", "occur", "resume", "begin", "start", "continue", "proceed",
                    "materialize", "materialise", "convene", "recur", "unfold"}
OCCURRENCE_PARTICLES = {"take": {"place"}, "go": {"ahead", "forward", "on"},
                        "get": {"underway"}}


def _aux_words(token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _negated(token) -> bool:
    return any((c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det")))
               and not _contrastive(c, token) for c in token.children)


def _contrastive(neg, verb) -> bool:
    """ "send the missiles now, not next year": a "not" after the verb and a comma denies the
    alternative, not the act."""
    return neg.i > verb.i and neg.i > 0 and neg.doc[neg.i - 1].text in (",", ";", "\u2014")


def _chain(token):
    """The trigger and the verbs above it within its clause (xcomp/ccomp/conj chains), up to
    a verb of saying, so modality is read where English puts it ("is set to visit")."""
    out = [token]
    cur = token
    while cur.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "relcl", "dobj",
                       "pobj", "prep", "attr", "acl") and cur.head.i != cur.i:
        if cur.dep_ == "conj" and speakers_conjunct(cur):
            break  # "denied that X had attacked and promised to investigate": the denier's
        if cur.dep_ in ("ccomp",) and cur.head.lemma_ in ("say", "tell", "report", "announce",
                                                           "state", "add", "claim"):
            break
        if cur.dep_ == "relcl" and _set_off(cur):
            break  # "contacts between the two leaders, who have exchanged threats": its own say
        if cur.dep_ == "ccomp" and charge_denied(cur.head, DENY_VERBS):
            break  # "accused the UAE of arming the RSF, a charge Abu Dhabi denies": the
            # parse hangs the accusation on the denial of the charge, which denies the act
            # charged, not that the accusation was made
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.i < cur.head.i and \
                not any(c.dep_ == "mark" for c in cur.children):
            break  # "Speaking in Poland, Obama did not deny that ...": he spoke, whatever he
            # did not do (a participle before its clause, set off, is a fact of its own)
        cur = cur.head
        out.append(cur)
        if len(out) > 6:
            break
    return out


# Modals that give a conjunct a verb group of its own ("to" is shared: "urged Iran to halt
# enrichment and to return to talks" asks both). (Also counting do/have/be and a subject of
# its own cost the gold factuality floor: those conjuncts mostly share the first's say.)
OWN_AUX = HYPOTHETICAL_MODALS | HEDGE_MODALS | FUTURE_MODALS | {"must"}


def _own_verb_group(conj) -> bool:
    """A conjoined verb with its own modal ("would not open any camps and
    would continue deporting Haitians"): the first verb's negation and modals do not reach
    it (a verb governing both, "denied that ... and had ...", still does)."""
    return conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and \
        bool(_aux_words(conj) & OWN_AUX)


# Verbs of saying and committing that a speaker adds to a denial or statement: "denied
# that his fighters had attacked civilians and promised to investigate".
SPEAKER_ACTS = REPORT_VERBS | REQUEST_VERBS | {"offer", "vow", "pledge", "promise", "insist"}


def speakers_conjunct(conj) -> bool:
    """A subjectless finite verb that the parser conjoined to a verb below the one it really
    goes with: to an infinitive ("called on Ethiopia to exercise restraint and offered to
    mediate": no finite verb joins an infinitive), or, for a verb of saying or committing,
    to the clause a verb of saying or denial governs ("denied that his fighters had attacked
    civilians and promised to investigate"). It is the main subject's second act: outside
    what is asked, denied or reported, and done by that subject."""
    head = conj.head
    if conj.dep_ != "conj" or conj.tag_ not in ("VBD", "VBZ") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    if head.tag_ == "VB" and _is_to_infinitive(head) and head.dep_ in ("xcomp", "ccomp"):
        return True
    return conj.lemma_.lower() in SPEAKER_ACTS and head.dep_ == "ccomp" and \
        head.head.pos_ in ("VERB", "AUX")


def _set_off(clause) -> bool:
    """A relative clause set off by a comma ("the leaders, who have met twice") adds a fact
    of its own; a restrictive one ("any country that attacks") shares its noun's modality."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ","


def modality(trigger, head=None, sentence_words: set[str] | None = None) -> Modality:
    """One of vocab.MODALITIES for the trigger token (`head` = the light verb carrying a noun
    trigger, if any; `sentence_words` = the sentence's lower-cased words, for sentence-wide
    hedges such as "reportedly")."""
    verb = head if head is not None else trigger
    chain = _chain(verb)
    planned_by_light_verb = head is not None and head.lemma_.lower() in ("plan", "prepare", "draft")
    if verb.i == trigger.i and trigger.pos_ == "NOUN" and \
            any(c.dep_ == "poss" for c in trigger.children):
        # a possessed act is presupposed by the verb it hangs on: "did not halt its
        # invasion", "will not back down in its fight against" (the invasion, the fight go
        # on); only its own words and its predicate ("its summit did not take place") count
        chain = [trigger]
    if trigger.i != verb.i:
        chain = [trigger] + chain
    found: set[Modality] = set()
    for i, tok in enumerate(chain):
        found |= _token_cues(tok, i, chain)
        if tok.dep_ == "relcl" and not _set_off(tok) and any(
                d.dep_ == "det" and d.lower_ in ("any", "every", "no") for d in tok.head.children):
            found.add("hypothetical")  # "any militia that attacks Israeli troops": supposed
    if verb.dep_ == "ROOT" and _is_to_infinitive(verb):
        found.add("planned")  # headline style: "China to send minister to Moscow"
    found |= _predicate_cues(verb)
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in verb.children):
        found.add("negated")  # "gave no aid", "offered no timetable": nothing given
    if planned_by_light_verb:
        found.add("planned")  # "to plan attacks on", "prepared an offensive": not yet done
    if sentence_words and sentence_words & {"reportedly", "allegedly"}:
        found.add("hedged")
    return next((label for label in MODALITY_PRECEDENCE if label in found), "asserted")


def _comma_participle(tok) -> bool:
    """A participle set off by a comma after its clause ("..., accusing X of Y")."""
    first = tok.left_edge.i
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and first > 0 and \
        tok.doc[first - 1].text == "," and first > tok.head.i


def _token_cues(tok, i: int, chain: list) -> set[Modality]:
    """The modalities one token of the chain cues: its negation, condition, modal verbs and
    adverbs, and (above an xcomp) its own verb: "plans to", "appears to", "urged ... to"."""
    found: set[Modality] = set()
    aux = _aux_words(tok)
    adv = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "npadvmod")}
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if i > 0 and _own_verb_group(chain[i - 1]):
        return _above_clause(tok, i, chain)  # the conjunct's own aux and negation rule
    conditional = bool(marks & CONDITION_MARKS) or case_condition(tok) or \
        inverted_condition(tok)
    ruled = i > 0 and ruled_out(tok)
    if _negated(tok) and i <= 2 and not _asked_not_to(tok) and not conditional and not ruled \
            and not (i > 0 and _comma_participle(chain[i - 1])):
        # (", accusing Brussels of blackmail" after "would not seek talks": the participle
        # is the speaker's next act, done whatever the clause it follows denies)
        # ("if Chile does not withdraw": the withdrawal is supposed, neither done nor denied)
        found.add("negated")
    if ruled:  # "ruled out strikes": none; "did not rule out strikes": possible
        found.add("hypothetical" if _negated(tok) else "negated")
    if i == 0 and tok.pos_ == "NOUN" and asked_for(tok) is not None:
        found.add("requested")  # "demanded their withdrawal": asked of them, not done
    if i == 0 and tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        found.add("negated")  # "charged without warning", "announced without consulting"
    if i == 0 and tok.dep_ == "pcomp" and tok.head.lower_ == "from" and refrained(tok.head):
        found.add("negated")  # "backed down from imposing a tariff": not imposed
    if conditional or (i == 0 and has_condition(tok)):
        found.add("hypothetical")
    if "would" in aux and i > 0 and tok.lemma_.lower() == "like" and \
            _wanted_of_another(tok, chain[i - 1]):
        found.add("requested")  # "would like Cairo to open the crossing": a polite want
    elif aux & HYPOTHETICAL_MODALS:
        # "said it would allow": future in the past (a plan), not a hypothesis
        clause = tok.head if tok.dep_ == "conj" else tok  # "said X and would stand by Y"
        reported = clause.dep_ == "ccomp" and clause.head.lemma_ in REPORT_VERBS and \
            bool(aux & {"would", "should"})
        found.add("planned" if reported else "hypothetical")
    if aux & HEDGE_MODALS or adv & HEDGE_WORDS:
        found.add("hedged")
    if aux & FUTURE_MODALS or ("going" in aux and tok.tag_ == "VB"):
        found.add("planned")
    if tok.dep_ in ("acl", "relcl") and _is_to_infinitive(tok) and tok.tag_ == "VB" and \
            tok.head.lemma_.lower() not in ATTEMPT_NOUNS | HABIT_NOUNS:
        # "a contract to supply tankers", "plans to save the bank": an act a noun means or
        # agrees, not yet done (an infinitive of result, "fell 3% to close at", is not one;
        # "an attempt to assassinate" was made: PLOVER codes the attempted act)
        found.add("planned")
    # a framing verb sets the modality of its infinitive and what that governs, but not of an
    # adverbial or relative clause hanging below ("failed to adopt it after Russia vetoed"),
    # except what a text says ("failed to adopt a resolution calling for a ceasefire": no
    # call was made)
    framed = not any(t.dep_ in ("advcl", "relcl", "acl") and not says_of_text(t) and
                     not _purpose(t) for t in chain[:i - 1])
    # (an infinitive after an object is often parsed as a ccomp: "expected Germany to
    # deliver")
    infinitive = i > 0 and (chain[i - 1].dep_ == "xcomp" or (
        chain[i - 1].dep_ == "ccomp" and _is_to_infinitive(chain[i - 1])))
    if infinitive and framed and not (
            tok.lemma_.lower() == "call" and phoned_to(tok)):
        cue = _framing_verb(tok.lemma_.lower(), chain[i - 1])
        if cue == "planned" and _wanted_of_another(tok, chain[i - 1]):
            cue = "requested"  # "wants Israel to withdraw": asked of Israel, not planned
        if cue:
            found.add(cue)
        if cue == "planned" and (has_condition(tok) or
                                 tok.dep_ == "acomp" and has_condition(tok.head)):
            found.add("hypothetical")  # "if no deal is reached, the U.S. is ready to raise"
    if i > 0 and _mandative(tok, chain[i - 1]):
        found.add("requested")
    found |= _above_clause(tok, i, chain)
    if tok.pos_ in ("NOUN",) and any(c.lemma_ in ("plan", "planned", "upcoming",
                                                 "proposed", "scheduled")
                                     for c in tok.children if c.dep_ in ("amod", "compound")):
        found.add("planned")
    # a noun the trigger's participle or relative clause describes is a participant: "a
    # suspected smuggler arrested at the port" was arrested; only he is suspected
    participant = i > 0 and chain[i - 1].dep_ in ("acl", "relcl") and \
        not _is_to_infinitive(chain[i - 1])
    if tok.pos_ == "NOUN" and not participant:
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        if mods & HEDGE_ADJECTIVES:
            found.add("hedged")  # "an alleged attack", "the reported talks"
        if mods & POSSIBLE_ADJECTIVES:
            found.add("hypothetical")  # "a potential deal"
        if any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
            found.add("hypothetical")  # "any attack on Taiwan": no act in particular
    return found


WANT_VERBS = {"want", "like", "wish"}


def _wanted_of_another(verb, below) -> bool:
    """ "The US wants Israel to withdraw", "would like Cairo to open the crossing": a want
    whose infinitive has a doer of its own (its subject, or the want's object) asks that doer
    for the act."""
    return verb.lemma_.lower() in WANT_VERBS and (
        any(c.dep_ == "nsubj" for c in below.children) or
        any(c.dep_ == "dobj" and c.i < below.i for c in verb.children))


def _asked_not_to(verb) -> bool:
    """ "urged European leaders not to impose tariffs", "asked Kenya not to send troops":
    the "not" is part of what is asked (requested, with a negative content), not a denial
    that the act happened; the verb of asking gives "requested"."""
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and _is_to_infinitive(verb) and \
        head.lemma_.lower() in REQUEST_VERBS and not _negated(head)


def _predicate_cues(noun) -> set[Modality]:
    """Modality an act noun takes from the predicate it is the subject of: a verb of
    occurrence ("the meeting will take place": planned; "talks did not take place": negated;
    "a summit could happen": hedged) or a copula with a modal or a possibility ("airstrikes
    on Gaza would be a mistake", "a summit is still possible": hypothetical). Other verbs
    say what the act did, not whether it happened ("the attack may have killed dozens": the
    attack happened), and a copula's negation judges the act ("the meeting was not a
    success"), so both give nothing."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    pred = noun.head
    # raised: "talks are expected to resume", "the summit is set / due to take place"
    raised = [c for c in pred.children if c.dep_ == "xcomp"] + \
        [g for c in pred.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    pred = next((c for c in raised if _occurs(c, noun)), pred)
    if _occurs(pred, noun):
        chain = _chain(pred)
        return set().union(*(_token_cues(tok, i, chain) for i, tok in enumerate(chain)))
    if pred.lemma_.lower() != "be":
        return set()
    chain = _chain(pred)
    found = set().union(*(_token_cues(tok, i, chain) for i, tok in enumerate(chain)))
    found.discard("negated")
    complements = [c for c in pred.children if c.dep_ in ("acomp", "attr")]
    if {c.lemma_.lower() for c in complements} & (POSSIBLE_ADJECTIVES | LIKELY_ADJECTIVES):
        found.add("hypothetical")
    if complements and _aux_words(pred) & (HYPOTHETICAL_MODALS | HEDGE_MODALS):
        # a judgement of the act ("would be a mistake"), not a report of when it will be
        found.discard("planned")
        found.add("hypothetical")
    return found


def _occurs(pred, noun) -> bool:
    lemma = pred.lemma_.lower()
    words = {c.lower_ for c in pred.children if c.dep_ in ("dobj", "prt", "advmod", "acomp")}
    return lemma in OCCURRENCE_VERBS or bool(words & OCCURRENCE_PARTICLES.get(lemma, set())) \
        or (lemma == "hold" and (noun.dep_ == "nsubjpass" or
                                 any(c.dep_ == "auxpass" for c in pred.children)))


# Texts whose participle says what they say ("a resolution calling for", "a bill banning").
TEXT_NOUNS = {"resolution", "motion", "bill", "draft", "proposal", "declaration", "statement",
              "amendment", "measure", "legislation", "law", "text", "decree", "petition"}


def says_of_text(clause) -> bool:
    """A participle clause on a text noun: what the text says, not a separate act."""
    return clause.dep_ == "acl" and clause.head.lemma_.lower() in TEXT_NOUNS and \
        clause.tag_ == "VBG"


# Verbs whose "that" clause in the base form is what they ask for ("demanded that the
# government release the activists", "insisted that the company rehire them").
MANDATIVE_VERBS = REQUEST_VERBS | {"insist", "propose", "recommend", "require", "suggest"}
# ... of which these have no reading as a claim: their bare-form clause asks, whatever the
# number of its subject or the tense of the verb ("has proposed that the forces take over")
ONLY_MANDATIVE = {"propose", "recommend", "demand", "request", "urge"}
# ... and nouns whose "that" clause is what is asked: "Kenya's demand that Ethiopia withdraw".
MANDATIVE_NOUNS = {"demand", "call", "request", "order", "appeal", "proposal", "insistence",
                   "requirement", "recommendation", "ultimatum", "plea"}


def _mandative(verb, clause) -> bool:
    """Is `clause` the subjunctive "that" clause of a verb of asking (`verb`)? A clause with a
    tense or a modal reports ("insisted that the company had rehired them")."""
    noun = verb.pos_ == "NOUN" and clause.dep_ in ("acl", "relcl") and \
        verb.lemma_.lower() in MANDATIVE_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if not noun and (clause.dep_ != "ccomp" or verb.lemma_.lower() not in MANDATIVE_VERBS) or \
            any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    if clause.tag_ == "VB":
        return True
    # spaCy tags "that the ministry lift" VBP, a present: the bare form is a subjunctive
    # after a singular subject, or after a past ("insisted that the rebels withdraw"); "the
    # rebels insist that they control the town" is a claim
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    singular = subject is not None and (subject.tag_ in ("NN", "NNP") or
                                        subject.lower_ in ("he", "she", "it"))
    return clause.tag_ == "VBP" and clause.lower_ == clause.lemma_.lower() and (
        singular or verb.tag_ == "VBD" or verb.lemma_.lower() in ONLY_MANDATIVE)


def _above_clause(tok, i: int, chain: list) -> set[Modality]:
    """Cues of a word governing the clause below it: a noun with "no" ("no reports that"), a
    reporting noun ("reports that"), a verb of denial ("denied that"), a verb of prevention
    over "from/against/into V-ing"."""
    if i == 0:
        return set()
    below = chain[i - 1]
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and below.dep_ in ("acl", "ccomp", "relcl", "prep"):
        if _negated(tok) or _existential_no(tok):
            return {"negated"}
        if lemma in HEDGE_NOUNS and below.dep_ != "relcl":
            return {"hedged"}
    if tok.pos_ in ("VERB", "AUX") and lemma in DENY_VERBS and i <= 3 and \
            below.dep_ in ("ccomp", "xcomp", "dobj", "pcomp", "prep") and \
            not (i == 1 and below.dep_ == "dobj" and lemma in OPPOSE_VERBS):
        return {"negated"}
    if lemma in BLOCK_VERBS and i >= 2 and below.dep_ == "dobj" and says_of_text(chain[i - 2]):
        return {"negated"}  # "Hungary blocked a statement criticising China": not said
    if tok.pos_ == "ADJ" and lemma.split("-")[-1] in DISPOSITIONS and below.dep_ == "prep" \
            and i >= 2 and chain[i - 2].dep_ == "pcomp":
        return {"hypothetical"}  # "hell-bent on killing", "capable of striking": a disposition
    if below.dep_ == "dobj" and i >= 3 and chain[i - 2].dep_ == "prep":
        below, i = chain[i - 2], i - 1  # "accused the group of attacking": "of" on the noun
    if below.dep_ == "prep" and below.lower_ in ("of", "for", "with") and i >= 2 and \
            chain[i - 2].dep_ == "pcomp" and lemma in ACCUSE_VERBS:
        return {"hedged"}  # "accused Russia of shelling": the accuser's claim, not a fact
    if thwarted_scheme(chain[0]) is not None:
        return {"negated"}
    if below.dep_ == "prep" and below.lower_ in ("from", "against", "into") and i >= 2 and \
            chain[i - 2].dep_ == "pcomp":
        if lemma in PREVENT_VERBS:
            return {"negated"}
        if lemma in DETER_VERBS:
            return {"hypothetical"}
    return set()


def thwarted_scheme(act):
    """The scheme noun when `act` is what a stopped scheme was to do: "foiled a plot [to bomb]
    the station" (the infinitive hangs on the noun, or, as the parse often has it, on the
    verb right after the noun), "stopped a plan [to kidnap] the mayor"; else None."""
    if not _is_to_infinitive(act) or act.head.i == act.i:
        return None
    up = act.head
    if act.dep_ == "acl" and up.lemma_.lower() in SCHEME_NOUNS:
        scheme, verb = up, up.head
        if scheme.dep_ not in ("dobj", "nsubjpass"):
            return None
    elif act.dep_ in ("advcl", "xcomp"):
        verb = up
        scheme = next((c for c in verb.children if c.dep_ == "dobj" and c.i < act.i and
                       c.lemma_.lower() in SCHEME_NOUNS), None)
        if scheme is None or scheme.right_edge.i + 1 != act.left_edge.i:
            return None
    else:
        return None
    return scheme if verb.lemma_.lower() in THWART_VERBS else None


def _existential_no(noun) -> bool:
    """ "there is no sign that ...": the noun's determiner is "no" (spaCy: det), or "not any"."""
    return any(c.lower_ in ("no", "neither") and c.dep_ in ("det", "neg") for c in noun.children)


def _framing_verb(lemma: str, below) -> Modality | None:
    """The modality a verb gives the xcomp `below` it: "avoided criticizing" (negated),
    "urged ... to withdraw" (requested), "appears to be" (hedged), "plans to", "is to" (planned)."""
    if lemma in AVOID_VERBS:
        return "negated"  # "has avoided criticizing Trump"
    if lemma in CONSIDER_VERBS:
        return "hypothetical"  # "was considering cutting ties": an option, not done
    if lemma in REQUEST_VERBS:
        return "requested"
    if lemma in HEDGE_VERBS or lemma in LIKELY_ADJECTIVES:
        return "hedged"
    if lemma in PLAN_VERBS or lemma in READY_WORDS or (
            lemma == "be" and _is_to_infinitive(below)):
        return "planned"
    return None


def habitual(verb) -> bool:
    """An infinitive on a noun of habit ("his tendency to criticize Beijing"): acts that
    happen again and again, context to the news (background) rather than news."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in HABIT_NOUNS and \
        _is_to_infinitive(verb)


def _is_to_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _purpose(clause) -> bool:
    """A purpose infinitive after its verb ("is expected to visit Ankara to discuss
    security"): the act the trip is for shares the trip's fate (planned, refused, ...), unlike
    an adverbial clause of time or cause ("failed to adopt it after Russia vetoed")."""
    return clause.dep_ == "advcl" and clause.i > clause.head.i and clause.tag_ == "VB" and \
        _is_to_infinitive(clause) and not any(c.dep_ == "mark" for c in clause.children)


def phoned_to(verb) -> bool:
    """ "called to restart talks", "called Putin to demand a ceasefire": a call made for a
    purpose (the caller's own), not an appeal ("called on X to", "called for X", "called for
    the port to remain open"); "called Netanyahu on Sunday to" is still a call. So is a
    summons to complain ("summoned China's ambassador to protest": Manila protests; in
    "summoned the envoy to explain" the envoy is to explain)."""
    if verb.lemma_.lower() == "summon":
        return any(c.dep_ in ("xcomp", "advcl") and _is_to_infinitive(c) and
                   c.lemma_.lower() in COMPLAINING for c in verb.children)
    if verb.lemma_.lower() != "call":
        return False
    purpose = any(c.dep_ in ("xcomp", "advcl") and _is_to_infinitive(c) and
                  not any(g.dep_ in ("mark", "nsubj") for g in c.children)
                  for c in verb.children)
    appeal = any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for") and
                 not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                 for c in verb.children)
    return purpose and not appeal


# Verbs a summoning state does through the envoy it summons ("summoned X to protest").
COMPLAINING = {"protest", "complain", "object", "express", "convey", "lodge", "voice",
               "register", "deliver", "hand", "demand", "condemn"}


# "will not accept / allow / recognise": a refusal that happened ("will not help" is not).
ACCEPTANCE_VERBS = {"accept", "allow", "agree", "recognize", "recognise", "tolerate", "permit",
                    "attend", "join", "sign", "comply", "endorse", "approve", "negotiate",
                    "meet", "talk", "withdraw", "lift", "release", "return", "hand", "extradite"}


def event_modality(trig, code: str, frame_tok, frame, noun, verb,
                   words: set[str]) -> tuple[str, Modality]:
    """(CAMEO code, modality) of an event: an appeal, demand, refusal or threat is read on its
    frame verb (the threat is the act: "threatened to strike" happened; "warned that the police
    would not allow it" is a threat made, not a negated one), the rest on the trigger; a
    refusal in the future ("will not accept") is a rejection that happened, and an intent
    frame's plan ("agreed to visit") an agreement that happened."""
    mod: Modality
    if frame_tok is not None and frame in ("appeal", "demand", "threaten", "refuse"):
        mod = modality(frame_tok, None, words)
    else:
        mod = modality(trig.token, trig.head if noun is not None else None, words)
    if noun is not None:  # "said X was behind the attack": a claim (responsibility.py)
        mod = claimed_modality(noun, mod, HEDGED, NEGATED)
    made = code[:2] == "03" or agreeing(code, frame_tok.lemma_.lower() if frame_tok else "")
    if frame_tok is not None and frame in ("intent",) and mod == PLANNED and made:
        mod = ASSERTED  # "agreed to visit": the agreeing (an intent, CAMEO 03) happened;
        # an act with no intent code stays planned ("is ready to raise tariffs")
    if frame_tok is not None and mod == NEGATED and agreeing(code, frame_tok.lemma_.lower()) \
            and not any(c.dep_ == "neg" for c in frame_tok.children):
        mod = modality(frame_tok, None, words)  # "agreed not to interfere": what is agreed
        # is negative, the agreeing happened (read on the frame verb itself)
        mod = ASSERTED if mod == PLANNED else mod
    if code.startswith("13") and frame_tok is None and mod == PLANNED and _future_aux(verb):
        mod = ASSERTED  # "will respond with force" (recode.py: a threat): the vow is made
    if code.startswith("13") and mod == HYPOTHETICAL and conditional_threat(verb):
        mod = ASSERTED  # "promised consequences if X does not agree": the threat was made
    if mod == NEGATED and _future_aux(verb) and frame_code("refuse", code) and \
            verb.lemma_.lower() in ACCEPTANCE_VERBS:
        code, mod = frame_code("refuse", code), ASSERTED  # "will not accept"
    return code, mod


def _future_aux(verb) -> bool:
    return bool({c.lower_ for c in verb.children if c.dep_ == "aux"} &
                {"will", "would", "wo", "shall", "can", "ca"})
