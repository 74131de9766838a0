"""The issue-19 rules of the events stage on parses built by hand (as in test_stage_rules.py),
so that a new spaCy model cannot change what they see: negation from a noun or a higher verb,
prevention, the doer of a prevented act, and the object kinds that keep or drop a lexicon hit.

Each parse is a small table, one token a line: word lemma POS tag dep head.
"""
from __future__ import annotations

from helpers.docs import parsed, token
from spacy.tokens import Doc

from newsdesk.stages.events.arguments import source_token as _source_token
from newsdesk.stages.events.coding import find_triggers
from newsdesk.stages.events.modality import modality
from newsdesk.stages.events.objects import kind_of
from newsdesk.stages.events.actor_rules import after_actors
from newsdesk.stages.events.refine import refine


def refined(doc: Doc) -> dict[str, str | None]:
    return {t.token.text: refine(t, t.code, None) for t in find_triggers(doc[:])}


NO_EVIDENCE = """
There     there     PRON  EX   expl   1
was       be        VERB  VBD  ROOT   1
no        no        DET   DT   det    3
sign      sign      NOUN  NN   attr   1
that      that      SCONJ IN   mark   6
troops    troop     NOUN  NNS  nsubj  6
looted    loot      VERB  VBD  acl    3
shops     shop      NOUN  NNS  dobj   6
.         .         PUNCT .    punct  1
"""
REPORTS = """
There     there     PRON  EX   expl   1
were      be        VERB  VBD  ROOT   1
reports   report    NOUN  NNS  attr   1
that      that      SCONJ IN   mark   5
rebels    rebel     NOUN  NNS  nsubj  5
kidnapped kidnap    VERB  VBD  acl    2
nurses    nurse     NOUN  NNS  dobj   5
.         .         PUNCT .    punct  1
"""
DENIED = """
Ankara    Ankara    PROPN NNP  nsubj  1
denied    deny      VERB  VBD  ROOT   1
that      that      SCONJ IN   mark   5
its       its       PRON  PRP$ poss   4
jets      jet       NOUN  NNS  nsubj  5
bombed    bomb      VERB  VBD  ccomp  1
villages  village   NOUN  NNS  dobj   5
.         .         PUNCT .    punct  1
"""
DETER = """
Allies    ally      NOUN  NNS  nsubj  1
worked    work      VERB  VBD  ROOT   1
to        to        PART  TO   aux    3
deter     deter     VERB  VB   advcl  1
Minsk     Minsk     PROPN NNP  dobj   3
from      from      ADP   IN   prep   3
arming    arm       VERB  VBG  pcomp  5
Moscow    Moscow    PROPN NNP  dobj   6
.         .         PUNCT .    punct  1
"""
STOPPED = """
Police    police    NOUN  NNS  nsubj  1
stopped   stop      VERB  VBD  ROOT   1
strikers  striker   NOUN  NNS  dobj   1
from      from      ADP   IN   prep   1
blocking  block     VERB  VBG  pcomp  3
roads     road      NOUN  NNS  dobj   4
.         .         PUNCT .    punct  1
"""


def test_no_on_the_noun_above_the_clause_negates_it():
    doc = parsed(NO_EVIDENCE)
    assert modality(token(doc, "looted")) == "negated"


def test_reports_that_hedge_the_clause():
    doc = parsed(REPORTS)
    assert modality(token(doc, "kidnapped")) == "hedged"


def test_a_verb_of_denial_negates_its_clause():
    doc = parsed(DENIED)
    assert modality(token(doc, "bombed")) == "negated"


def test_deterrence_makes_the_act_hypothetical_and_the_deterred_its_doer():
    doc = parsed(DETER)
    arming = token(doc, "arming")
    assert modality(arming) == "hypothetical"
    assert _source_token(arming).text == "Minsk"


def test_prevention_negates_the_act_and_the_prevented_do_it():
    doc = parsed(STOPPED)
    blocking = token(doc, "blocking")
    assert modality(blocking) == "negated"
    assert _source_token(blocking).text == "strikers"


RELEASED = """
Kabul     Kabul     PROPN NNP  nsubj  1
released  release   VERB  VBD  ROOT   1
a         a         DET   DT   det    3
statement statement NOUN  NN   dobj   1
and       and       CCONJ CC   cc     1
freed     free      VERB  VBD  conj   1
two       two       NUM   CD   nummod 7
captives  captive   NOUN  NNS  dobj   5
.         .         PUNCT .    punct  1
"""
SEIZED = """
Militants militant  NOUN  NNS  nsubj  1
seized    seize     VERB  VBD  ROOT   1
twenty    twenty    NUM   CD   nummod 3
students  student   NOUN  NNS  dobj   1
.         .         PUNCT .    punct  1
"""
ATTACKED = """
Investors investor  NOUN  NNS  nsubj  1
attacked  attack    VERB  VBD  ROOT   1
the       the       DET   DT   det    3
problem   problem   NOUN  NN   dobj   1
.         .         PUNCT .    punct  1
"""
BLEW = """
He        he        PRON  PRP  nsubj  1
blew      blow      VERB  VBD  ROOT   1
himself   himself   PRON  PRP  dobj   1
up        up        ADP   RP   prt    1
.         .         PUNCT .    punct  1
"""


def test_a_statement_released_is_no_release_but_captives_freed_are():
    codes = refined(parsed(RELEASED))
    assert codes["released"] is None
    assert codes["freed"].startswith("084")


def test_people_seized_are_abducted():
    assert refined(parsed(SEIZED))["seized"] == "181"


def test_attacking_an_abstract_noun_is_no_force():
    assert refined(parsed(ATTACKED))["attacked"] is None


def test_blowing_oneself_up_is_a_suicide_bombing():
    assert refined(parsed(BLEW))["blew"] == "1831"


def test_object_kinds():
    doc = parsed(RELEASED)
    assert kind_of(token(doc, "statement")) == "abstract"
    assert kind_of(token(doc, "captives")) == "person"
    assert kind_of(token(doc, "Kabul")) == "group"


def test_a_visit_or_praise_needs_a_counterpart_and_gunmen_do_unconventional_violence():
    doc = parsed(ATTACKED)
    trig = find_triggers(doc[:])[0]
    assert after_actors(trig, "042", {"country": "USA", "sector": "GOV"}, None) is None
    assert after_actors(trig, "051", {"country": "USA", "sector": "GOV"}, None) is None
    gunmen = {"country": "NGA", "sector": "UAF"}
    assert after_actors(trig, "190", gunmen, {"country": "NGA", "sector": "CVL"}) == "180"
    soldiers = {"country": "NGA", "sector": "MIL"}
    assert after_actors(trig, "190", soldiers, {"country": "NGA", "sector": "REB"}) == "190"


VERSION_OF_IT = """
Rivals    rival     NOUN  NNS  nsubj  1
backed    back      VERB  VBD  ROOT   1
some      some      DET   DT   det    3
version   version   NOUN  NN   dobj   1
of        of        ADP   IN   prep   3
it        it        PRON  PRP  pobj   4
.         .         PUNCT .    punct  1
"""


def test_it_inside_the_phrase_it_would_stand_for_is_not_that_phrase():
    """ "some version of it": "it" is not the version (the nearest earlier noun, which holds
    it); read as the version, the kind of "version" (a partitive: the kind of what it is of)
    went round for ever and the events stage lost the whole article (RecursionError)."""
    from newsdesk.stages.events.objects import _antecedent

    doc = parsed(VERSION_OF_IT)
    assert _antecedent(token(doc, "it")).text == "Rivals"
    assert kind_of(token(doc, "version")) == kind_of(token(doc, "Rivals"))
