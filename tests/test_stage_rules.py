"""The stages' hand-written rules on parses built by hand, so that a new spaCy model cannot
change what these tests see: event modality, date phrases and tense, and the quote rules that
read the dependency parse. Each parse is a small table, one token a line:

    word  lemma  POS  tag  dep  head        (head = the index of the head token; ROOT points
                                             at itself)
"""
from __future__ import annotations

import datetime as dt

import pytest
from helpers.docs import parsed, token
from spacy.tokens import Doc

from newsdesk import nlp
from newsdesk.errors import StageError
from newsdesk.model import Document, Meta
from newsdesk.stages.events import events, tables
from newsdesk.stages.events.modality import modality
from newsdesk.stages.events.dates import resolve_date_phrase, time_of
from newsdesk.stages.events.time import background_clause, tense_of
from newsdesk.stages.quotes import quotes
from newsdesk.stages.quotes.syntax import (Draft, content_from_parse, nested_speech,
                                           source_from_parse, told_whom)
from newsdesk.stages.voice import voice_linear
from newsdesk.vocab import MODALITIES


def text_of(doc: Doc, rng: tuple[int, int]) -> str:
    return doc[rng[0]:rng[1]].text


# --- event modality ------------------------------------------------------------------------

ASSERTED = """
Germany  Germany PROPN NNP nsubj 1
sent     send    VERB  VBD ROOT  1
tanks    tank    NOUN  NNS dobj  1
.        .       PUNCT .   punct 1
"""
NEGATED = """
Germany  Germany PROPN NNP nsubj 3
did      do      AUX   VBD aux   3
not      not     PART  RB  neg   3
send     send    VERB  VB  ROOT  3
tanks    tank    NOUN  NNS dobj  3
.        .       PUNCT .   punct 3
"""
PLANS_TO = """
Japan    Japan   PROPN NNP nsubj 1
plans    plan    VERB  VBZ ROOT  1
to       to      PART  TO  aux   3
send     send    VERB  VB  xcomp 1
troops   troop   NOUN  NNS dobj  3
.        .       PUNCT .   punct 1
"""
NOT_PLAN_TO = """
Japan    Japan   PROPN NNP nsubj 3
does     do      AUX   VBZ aux   3
not      not     PART  RB  neg   3
plan     plan    VERB  VB  ROOT  3
to       to      PART  TO  aux   5
send     send    VERB  VB  xcomp 3
troops   troop   NOUN  NNS dobj  5
.        .       PUNCT .   punct 3
"""
APPEARS_TO = """
Iran       Iran    PROPN NNP nsubj 1
appears    appear  VERB  VBZ ROOT  1
to         to      PART  TO  aux   4
be         be      AUX   VB  aux   4
supplying  supply  VERB  VBG xcomp 1
weapons    weapon  NOUN  NNS dobj  4
.          .       PUNCT .   punct 1
"""
REPORTEDLY = """
Russia      Russia      PROPN NNP nsubj  2
reportedly  reportedly  ADV   RB  advmod 2
attacked    attack      VERB  VBD ROOT   2
Kharkiv     Kharkiv     PROPN NNP dobj   2
.           .           PUNCT .   punct  2
"""
IF_CLAUSE = """
France    France    PROPN NNP nsubj 2
will      will      AUX   MD  aux   2
sever     sever     VERB  VB  ROOT  2
ties      tie       NOUN  NNS dobj  2
if        if        SCONJ IN  mark  7
the       the       DET   DT  det   6
talks     talk      NOUN  NNS nsubj 7
collapse  collapse  VERB  VBP advcl 2
.         .         PUNCT .   punct 2
"""
URGED_TO = """
The       the       DET   DT  det   1
UN        UN        PROPN NNP nsubj 2
urged     urge      VERB  VBD ROOT  2
Israel    Israel    PROPN NNP dobj  2
to        to        PART  TO  aux   5
withdraw  withdraw  VERB  VB  xcomp 2
.         .         PUNCT .   punct 2
"""
SAID_WOULD = """
Russia    Russia    PROPN NNP nsubj 1
said      say       VERB  VBD ROOT  1
it        it        PRON  PRP nsubj 4
would     would     AUX   MD  aux   4
withdraw  withdraw  VERB  VB  ccomp 1
.         .         PUNCT .   punct 1
"""
HEADLINE_TO = """
China     China     PROPN NNP nsubj 2
to        to        PART  TO  aux   2
send      send      VERB  VB  ROOT  2
minister  minister  NOUN  NN  dobj  2
"""


@pytest.mark.parametrize("table, trigger, expected", [
    (ASSERTED, "sent", "asserted"),
    (NEGATED, "send", "negated"),                # "did not send"
    (PLANS_TO, "send", "planned"),               # "plans to send"
    (NOT_PLAN_TO, "send", "negated"),            # negation outranks the plan
    (APPEARS_TO, "supplying", "hedged"),         # "appears to be supplying"
    (REPORTEDLY, "attacked", "hedged"),          # a hedging adverb
    (IF_CLAUSE, "sever", "hypothetical"),        # "will ... if": the condition outranks "will"
    (IF_CLAUSE, "collapse", "hypothetical"),     # the event inside the "if" clause
    (URGED_TO, "withdraw", "requested"),         # "urged Israel to withdraw"
    (SAID_WOULD, "withdraw", "planned"),         # "said it would": future in the past
    (HEADLINE_TO, "send", "planned"),            # headline "China to send minister"
])
def test_modality_rules(table, trigger, expected):
    doc = parsed(table)
    assert modality(token(doc, trigger)) == expected


def test_a_hedge_anywhere_in_the_sentence_counts():
    doc = parsed(ASSERTED)
    assert modality(token(doc, "sent"), sentence_words={"allegedly", "sent"}) == "hedged"


def test_modality_names_are_the_vocabulary():
    for table in (ASSERTED, NEGATED, PLANS_TO, APPEARS_TO, IF_CLAUSE, URGED_TO):
        doc = parsed(table)
        assert {modality(t) for t in doc if t.pos_ == "VERB"} <= set(MODALITIES)
    assert set(tables.INTENDED) <= set(MODALITIES)


# --- event time ----------------------------------------------------------------------------

SAT = dt.date(2023, 4, 15)  # a Saturday

ABSOLUTE = [
    ("in 2019", (dt.date(2019, 1, 1), "year")),
    ("the 2019 attack", (dt.date(2019, 1, 1), "year")),
    ("the year 2016", (dt.date(2016, 1, 1), "year")),
    ("in February 2022", (dt.date(2022, 2, 1), "month")),
    ("Sept 2001", (dt.date(2001, 9, 1), "month")),
    ("on 14 June 2020", (dt.date(2020, 6, 14), "day")),
    ("on March 3, 2021", (dt.date(2021, 3, 3), "day")),
]
RELATIVE = ["last week", "on Sunday", "in March", "April 2", "yesterday", "two weeks ago",
            "last year", "this month", "next weekend"]


@pytest.mark.parametrize("text, expected", ABSOLUTE)
def test_absolute_date_phrases_need_no_publication_date(text, expected):
    assert resolve_date_phrase(text, None) == expected
    assert resolve_date_phrase(text, SAT) == expected  # and a publication date changes nothing


@pytest.mark.parametrize("text", RELATIVE)
def test_relative_date_phrases_need_the_publication_date(text):
    assert resolve_date_phrase(text, None) is None
    assert resolve_date_phrase(text, SAT) is not None


def test_time_record_without_a_publication_date_takes_the_relation_from_the_tense():
    assert time_of("in February 2022", None, "past") == {
        "text": "in February 2022", "date": "2022-02", "granularity": "month",
        "relation": "past"}
    assert time_of("on Sunday", None, "future") == {
        "text": "on Sunday", "date": None, "granularity": None, "relation": "future"}


WILL_HEAD = """
He      he      PRON  PRP nsubj 2
will    will    AUX   MD  aux   2
head    head    VERB  VB  ROOT  2
home    home    ADV   RB  advmod 2
"""
HAD_SHELLED = """
Troops   troop   NOUN  NNS nsubj 2
had      have    AUX   VBD aux   2
shelled  shell   VERB  VBN ROOT  2
Kharkiv  Kharkiv PROPN NNP dobj  2
"""


def test_tense_and_background_from_the_verb_group():
    will, had = parsed(WILL_HEAD), parsed(HAD_SHELLED)
    assert tense_of(token(will, "head")) == "future"
    assert tense_of(token(had, "shelled")) == "past"
    assert background_clause(token(had, "shelled"))  # the pluperfect is context
    assert not background_clause(token(will, "head"))


# --- quote rules that read the parse -------------------------------------------------------

SAID_CLAUSE = """
The      the      DET   DT  det   1
minister minister NOUN  NN  nsubj 2
said     say      VERB  VBD ROOT  2
the      the      DET   DT  det   4
talks    talk     NOUN  NNS nsubj 5
failed   fail     VERB  VBD ccomp 2
.        .        PUNCT .   punct 2
"""
ACCORDING_TO = """
The        the        DET   DT  det   1
talks      talk       NOUN  NNS nsubj 2
failed     fail       VERB  VBD ROOT  2
,          ,          PUNCT ,   punct 2
according  accord     VERB  VBG prep  2
to         to         ADP   IN  prep  4
officials  official   NOUN  NNS pobj  5
.          .          PUNCT .   punct 2
"""
AND_SAID = """
Rebels  rebel   NOUN  NNS nsubj 1
fled    flee    VERB  VBD ROOT  1
and     and     CCONJ CC  cc    1
said    say     VERB  VBD conj  1
the     the     DET   DT  det   5
town    town    NOUN  NN  nsubj 6
fell    fall    VERB  VBD ccomp 3
.       .       PUNCT .   punct 1
"""
TOLD_REPORTERS = """
The       the       DET   DT  det   1
minister  minister  NOUN  NN  nsubj 2
told      tell      VERB  VBD ROOT  2
reporters reporter  NOUN  NNS dobj  2
the       the       DET   DT  det   5
talks     talk      NOUN  NNS nsubj 6
failed    fail      VERB  VBD ccomp 2
.         .         PUNCT .   punct 2
"""
REPORTED_THAT_SAID = """
Bloomberg  Bloomberg PROPN NNP nsubj 1
reported   report    VERB  VBD ROOT  1
that       that      SCONJ IN  mark  5
the        the       DET   DT  det   4
ministry   ministry  NOUN  NN  nsubj 5
said       say       VERB  VBD ccomp 1
the        the       DET   DT  det   7
talks      talk      NOUN  NNS nsubj 8
failed     fail      VERB  VBD ccomp 5
.          .         PUNCT .   punct 1
"""


def test_cue_verb_takes_its_subject_as_source_and_its_ccomp_as_content():
    doc = parsed(SAID_CLAUSE)
    draft = Draft(cue=(2, 3), para=0)
    content_from_parse(doc, draft)
    source_from_parse(doc, draft)
    assert [text_of(doc, r) for r in draft.contents] == ["the talks failed"]
    assert [text_of(doc, r) for r in draft.sources] == ["The minister"]


def test_according_to_gives_the_source_and_the_rest_of_the_sentence():
    doc = parsed(ACCORDING_TO)
    draft = Draft(cue=(4, 6), para=0)
    content_from_parse(doc, draft)
    source_from_parse(doc, draft)
    assert [text_of(doc, r) for r in draft.contents] == ["The talks failed"]
    assert [text_of(doc, r) for r in draft.sources] == ["officials"]


def test_a_conjoined_cue_takes_the_subject_of_the_verb_it_hangs_from():
    doc = parsed(AND_SAID)
    draft = Draft(cue=(3, 4), para=0)
    source_from_parse(doc, draft)
    assert [text_of(doc, r) for r in draft.sources] == ["Rebels"]


def test_the_hearer_is_not_the_content():
    doc = parsed(TOLD_REPORTERS)
    draft = Draft(cue=(2, 3), para=0, contents=[(3, 4)])  # the tagger took "reporters"
    told_whom(doc, draft)
    assert [text_of(doc, r) for r in draft.contents] == ["the talks failed"]


def test_speech_inside_a_content_is_reported_through_it():
    doc = parsed(REPORTED_THAT_SAID)
    outer = Draft(cue=(1, 2), para=0, sources=[(0, 1)], contents=[(2, 9)])
    inner = nested_speech(doc, [outer])
    assert len(inner) == 1 and inner[0].parent is outer
    assert text_of(doc, inner[0].cue) == "said"
    assert [text_of(doc, r) for r in inner[0].sources] == ["the ministry"]
    assert [text_of(doc, r) for r in inner[0].contents] == ["the talks failed"]


# --- a stage reads the parse, it never makes one -------------------------------------------

@pytest.mark.parametrize("stage", [quotes, voice_linear, events])
def test_a_stage_refuses_an_unparsed_document(stage):
    with pytest.raises(StageError, match="not parsed"):
        stage(Document("Russia invaded Ukraine in February 2022."))


def test_parsed_document_is_ready_for_a_stage():
    doc = nlp.parsed_document("Russia invaded Ukraine in February 2022.", Meta())
    assert doc.spacy is not None and len(doc.sentences) == 1
    assert events(doc) is doc
