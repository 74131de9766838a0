"""Classes of quote defects a newcomer found on real-style articles (session 22), each on
sentences written for these tests: speech verbs the cue lexicon lacked, a quotation split
around its attribution, a participial speaker after a semicolon, acts and descriptions taken
as statements, a statement relayed by an outlet, and the actor of a speaker who speaks for a
union, a company or an outlet."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.model import Document
from newsdesk.nlp import fill_from_parse
from newsdesk.stages.actors import actors
from newsdesk.stages.quotes import quotes as quotes_stage


def analyse(text: str) -> Document:
    doc = Document(text=text)
    fill_from_parse(doc, nlp.parse(text))
    return quotes_stage(actors(doc))


def quotes_with(doc: Document, words: str) -> list:
    return [q for q in doc.quotes if words in q.content["text"]]


# --- speech and writing verbs the lexicon lacked -----------------------------------------------

NEW_SPEECH_VERBS = [
    ("The minister reminded lawmakers that the budget had to pass by June.",
     "the budget had to pass", "The minister"),
    ("The ambassador underlined that the embassy would stay open.",
     "the embassy would stay open", "The ambassador"),
    ("A senior aide confided that the president was weighing a cabinet reshuffle.",
     "weighing a cabinet reshuffle", "A senior aide"),
    ("The senator inquired whether the contracts had been audited.",
     "the contracts had been audited", "The senator"),
    ("The court stipulated that the vote must be held again.",
     "the vote must be held again", "The court"),
    ("The president restated that no troops would be sent.",
     "no troops would be sent", "The president"),
    ("The mayor enquired whether the bridge was safe.", "the bridge was safe", "The mayor"),
    ("The historian posited that the treaty had failed.", "the treaty had failed",
     "The historian"),
]


@pytest.mark.parametrize("text,words,speaker", NEW_SPEECH_VERBS)
def test_speech_verbs_the_lexicon_lacked_make_quotes(text, words, speaker):
    found = quotes_with(analyse(text), words)
    assert [q.source["text"] for q in found] == [speaker]


@pytest.mark.parametrize("text", [
    "The ruins reminded visitors of the war.",
    "The flood reminded residents of 1998.",
])
def test_reminding_of_something_is_no_statement(text):
    assert analyse(text).quotes == []


# --- a quotation split around its attribution is one statement ----------------------------------

SPLIT = [
    ('"The strike will go on," the union leader told the crowd outside the factory gates on '
     'Monday evening, "until every worker is paid."',
     ["The strike will go on", "until every worker is paid"]),
    ('"I am not resigning," the mayor told the council, "because I have done nothing wrong," '
     'and left the room.', ["I am not resigning", "because I have done nothing wrong"]),
    ('"The harbour will reopen," the port director told a packed meeting of fishermen in the '
     'town hall on Thursday night, "but not before the wreck is cleared."',
     ["The harbour will reopen", "but not before the wreck is cleared"]),
]


@pytest.mark.parametrize("text,halves", SPLIT)
def test_both_halves_of_a_split_quotation_are_one_quote(text, halves):
    doc = analyse(text)
    assert len(doc.quotes) == 1
    assert all(half in doc.quotes[0].content["text"] for half in halves)
    # the writer's words after the second half are no part of it
    assert "left the room" not in doc.quotes[0].content["text"]


def test_a_second_speaker_between_two_quotations_splits_nothing():
    doc = analyse('"The bridge is safe," the engineer said, and the mayor answered, "It is '
                  'closed anyway."')
    engineer = [q for q in doc.quotes if q.source and q.source["text"] == "the engineer"]
    assert engineer and all("closed anyway" not in q.content["text"] for q in engineer)


# --- a semicolon joins two sentences: no speech verb reports across it --------------------------

ACROSS_SEMICOLON = [
    ('The correspondent asked; the minister persisted, saying, "If the talks fail, we will '
     'leave."', "we will leave", "the minister", "The correspondent"),
    ('The reporter asked again; the governor repeated, "No comment."', "No comment",
     "the governor", "The reporter"),
    ("The moderator interrupted; the candidate insisted, saying she had never met him.",
     "she had never met him", "the candidate", "The moderator"),
]


@pytest.mark.parametrize("text,words,speaker,other", ACROSS_SEMICOLON)
def test_the_one_who_spoke_before_a_semicolon_reports_nothing_after_it(text, words, speaker,
                                                                       other):
    doc = analyse(text)
    assert [q.source["text"] for q in quotes_with(doc, words)] == [speaker]
    # the clause before the semicolon is nobody's statement either
    assert all(q.source["text"] == speaker and other not in q.content["text"]
               for q in doc.quotes)


def test_a_closing_attribution_still_reports_both_sides_of_a_semicolon():
    doc = analyse("The harvest was poor; prices will rise, the minister warned.")
    assert [q.source["text"] for q in quotes_with(doc, "The harvest was poor")] == \
        ["the minister"]


# --- a demand, appeal, threat or description with no words reported is no quote -----------------

ACTS = [
    ("Critics dismissed the plan, calling it unaffordable.", "unaffordable"),
    ("The opposition leader called for nationwide strikes.", "nationwide strikes"),
    ("Farmers blocked the highway, demanding higher prices for milk.", "higher prices"),
    ("The European Union threatened Belgrade with new sanctions.", "new sanctions"),
    ("The governor urged restraint.", "restraint"),
    ("The minister called the report a pack of lies.", "a pack of lies"),
    ("The ministry described the protesters as criminals.", "criminals"),
    ("The rebels are proposing a joint inquiry into the massacre.", "a joint inquiry"),
    ("The mediators proposed a ceasefire.", "a ceasefire"),
]


@pytest.mark.parametrize("text,words", ACTS)
def test_an_act_or_description_without_reported_words_is_a_stance(text, words):
    doc = analyse(text)
    assert quotes_with(doc, words) == []
    assert [b.kind for b in doc.beliefs if words in b.content["text"]] == ["stance"]


STATEMENTS = [
    ('The senator called the deal "a betrayal of our workers."', "a betrayal"),
    ("The army called on residents to leave the border villages.", "to leave the border"),
    ("The governor urged residents to stay indoors.", "to stay indoors"),
    ("Protesters demanded that the election be annulled.", "the election be annulled"),
    ("The rebels threatened to attack the capital.", "to attack the capital"),
    ("The president announced a ban on imports of used cars.", "a ban on imports"),
    ("The mediators proposed that the talks move to Geneva.", "the talks move to Geneva"),
]


@pytest.mark.parametrize("text,words", STATEMENTS)
def test_quoted_words_a_clause_or_an_order_stay_quotes(text, words):
    assert len(quotes_with(analyse(text), words)) == 1


# --- a statement relayed by an outlet is the speaker's, through the outlet -----------------------

MID_REPORTS = [
    ('Asked whether the strike would end, the union leader said, the Daily Nation reported: '
     '"We will not go back until we are paid."', "We will not go back", "the union leader",
     "the Daily Nation"),
    ('The minister said, Radio Free Asia reported: "The dam is safe."', "The dam is safe",
     "The minister", "Radio Free Asia"),
    ("The governor said, the Daily Nation reported, that the county would build two new "
     "hospitals.", "two new hospitals", "The governor", "the Daily Nation"),
]


@pytest.mark.parametrize("text,words,speaker,outlet", MID_REPORTS)
def test_an_outlets_report_inside_a_statement_is_its_hearer(text, words, speaker, outlet):
    doc = analyse(text)
    assert [(q.source["text"], q.hearer["text"], q.hearer["relation"])
            for q in doc.quotes] == [(speaker, outlet, "reported")]
    assert words in doc.quotes[0].content["text"]
    assert outlet not in doc.quotes[0].content["text"]


def test_a_closing_attribution_inside_according_to_is_the_speakers_through_the_outlet():
    doc = analyse("The county will build two hospitals, the governor said, according to the "
                  "Daily Nation.")
    by = {q.source["text"]: q for q in doc.quotes}
    assert set(by) == {"the governor", "the Daily Nation"}
    assert by["the governor"].content["text"] == "The county will build two hospitals"
    assert by["the governor"].via == [by["the Daily Nation"].id]


# --- a role any body has takes the body's sector, not the state's --------------------------------

DUTCH = "Dutch farmers blocked roads near The Hague on Monday. "

BODY_ROLES = [
    (DUTCH + '"The offer is too low," a union negotiator told reporters.', "LAB"),
    (DUTCH + '"This is a dark day," the union\'s general secretary said.', "LAB"),
    (DUTCH + '"We will not give in," the head of the union said.', "LAB"),
    (DUTCH + '"Prices will rise," the bank\'s chief economist said.', "BUS"),
]


@pytest.mark.parametrize("text,sector", BODY_ROLES)
def test_a_role_of_a_body_the_tables_know_takes_its_sector(text, sector):
    [q] = analyse(text).quotes
    assert (q.source["actor"] or {}).get("sector") == sector


@pytest.mark.parametrize("text", [
    DUTCH + '"We are reviewing the claims," a KLM spokesperson said.',
    DUTCH + '"Our planes will fly," a spokesman for Schiphol airport said.',
])
def test_a_role_of_a_body_the_tables_do_not_know_is_no_government(text):
    [q] = analyse(text).quotes
    assert "GOV" not in ((q.source["actor"] or {}).get("code") or "")


@pytest.mark.parametrize("text,code", [
    ('"We will not give in," a Kremlin spokesman said.', "RUSGOV"),
    ('"We will not give in," a Kenyan spokesman said.', "KENGOV"),
    ('"We will not give in," a spokesman for the Interior Ministry said.', "GOV"),
    ('"We will not give in," a senior official said.', "GOV"),
])
def test_a_role_of_the_state_stays_the_states(text, code):
    [q] = analyse(text).quotes
    assert (q.source["actor"] or {}).get("code") == code


@pytest.mark.parametrize("text", [
    DUTCH + '"We stand by our reporting," the newspaper said.',
    '"We stand by our reporting," a local broadcaster said in a statement.',
])
def test_an_outlet_named_by_what_it_is_is_the_press(text):
    [q] = analyse(text).quotes
    assert q.source["actor"] == {"code": "JRN", "country": None, "sector": "JRN"}


@pytest.mark.parametrize("text,halves,speaker", [
    ('"These figures," the central bank governor said in his quarterly address to parliament, '
     '"show that inflation has peaked."', ["These figures", "show that inflation has peaked"],
     "the central bank governor"),
    ('"Our reserves," the treasurer told the assembly on Tuesday, "will last until March."',
     ["Our reserves", "will last until March"], "the treasurer"),
    ('"Recent surveys," the health minister said at a briefing in the capital, "suggest that '
     'the outbreak is slowing."', ['"Recent surveys,"', '"suggest that the outbreak'],
     "the health minister"),
    ('"Early results," the electoral commission chairman said on state television, "indicate '
     'a high turnout."', ['"Early results,"', '"indicate a high turnout."'],
     "the electoral commission chairman"),
])
def test_a_cue_between_two_halves_of_one_sentence_takes_both(text, halves, speaker):
    doc = analyse(text)
    assert [q.source["text"] for q in doc.quotes] == [speaker]
    assert all(half in doc.quotes[0].content["text"] for half in halves)
