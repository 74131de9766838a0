"""Negation scope over conjoined verbs, the negated content of an appeal, and the time of
background acts (newcomer report 17, items 31-36). Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsdesk import nlp
from newsdesk.pipeline import Pipeline
from newsdesk.stages.events.modality import modality

from helpers.events import events_of


def read(text: str, word: str) -> str:
    parsed = nlp.parse(text)
    tok = next(t for t in parsed if t.text == word)
    return modality(tok, None, {t.lower_ for t in parsed})


@pytest.mark.parametrize("text, word, want", [
    # a conjunct with its own modal: the first verb's "not" stops at "and"
    ("Peru said it would not recognise the new government and would expel the ambassador.",
     "expel", "planned"),
    ("Ghana's president said his country would not close the border and would continue "
     "importing fuel.", "importing", "planned"),
    # the denier's own promise, hung by the parser on the denied verb
    ("The rebel leader denied that his men had looted the town and promised to punish any "
     "offenders.", "promised", "asserted"),
    ("The ministry denied that police had beaten protesters and pledged to review the "
     "footage.", "pledged", "asserted"),
    ("The interior minister denied that officers had tortured detainees and vowed to sue the "
     "newspaper.", "vowed", "asserted"),
    # what an appeal asks not to be done is requested, not negated
    ("Modi urged Bangladesh not to deport the refugees.", "deport", "requested"),
    ("The UN asked Kenya not to send police to Haiti.", "send", "requested"),
    ("Brazil called on Venezuela not to annex the disputed region.", "annex", "requested"),
    ("The EU pressed Serbia not to recognise the referendum.", "recognise", "requested"),
])
def test_negation_scope(text, word, want):
    assert read(text, word) == want


@pytest.mark.parametrize("text, word", [
    # both acts are denied, or share one "not"
    ("The army denied that its soldiers had attacked the village and burned homes.", "burned"),
    ("The army denied that its soldiers had attacked the village and had burned homes.",
     "burned"),
    ("Peru said it would not recognise the government or expel the ambassador.", "expel"),
    ("Turkey refused to extradite the journalist and did not expel him.", "expel"),
    ("The general said the troops would not withdraw.", "withdraw"),
])
def test_shared_negation_stays(text, word):
    assert read(text, word) == "negated"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def timed(pipe, text: str, evidence: str):
    """(background, date) of the event whose evidence starts with `evidence`."""
    found = [e for e in events_of(pipe, text) if e.evidence["text"].startswith(evidence)]
    assert found, [e.evidence["text"] for e in events_of(pipe, text)]
    return found[0].background, found[0].time.get("date")


@pytest.mark.parametrize("text, evidence, date", [
    # a length ("two-year", "34-day") is no date: the year written after it is
    ("Ethiopia and Eritrea fought a two-year war in 1998.", "fought", "1998"),
    ("Israel and Hezbollah fought a 34-day war in 2006.", "fought", "2006"),
    ("Russia launched a three-day offensive against Ukraine in March 2022.", "launched",
     "2022-03"),
    # the date the parser hangs on a participle describing the object is the act's
    ("Ukraine blew up bridges linking the city to Russia in March 2022.", "blew", "2022-03"),
    ("Israeli jets struck convoys carrying weapons to Hezbollah in June 2023.", "struck",
     "2023-06"),
    ("Colombian police seized boats carrying cocaine in May 2021.", "seized", "2021-05"),
])
def test_written_date_of_a_past_act(pipe, text, evidence, date):
    assert timed(pipe, text, evidence) == (True, date)


@pytest.mark.parametrize("text, evidence", [
    ("Argentina expelled the Iranian ambassador in July 1994 after Iran bombed a Jewish "
     "centre.", "bombed"),
    ("Ecuador's president resigned in April 2005 after protesters stormed the parliament.",
     "stormed"),
    ("The United States imposed sanctions on Venezuela in 2019 after Maduro arrested "
     "opposition leaders.", "arrested"),
    ("Lebanon's prime minister resigned in October 2019 after protesters blocked roads across "
     "the country.", "blocked"),
])
def test_an_after_clause_of_a_dated_past_act_is_background(pipe, text, evidence):
    assert timed(pipe, text, evidence)[0] is True


def test_an_after_clause_of_the_news_stays_news(pipe):
    text = "Argentina expelled the Iranian ambassador on Friday after Iran attacked the embassy."
    assert timed(pipe, text, "attacked")[0] is False


@pytest.mark.parametrize("text, evidence, target", [
    # the speaker's own side in what it warns or vows is who will act: the target is the
    # reported act's adversary, or the one accused in the same sentence
    ("Indian Prime Minister Narendra Modi vowed that India would retaliate against Pakistan.",
     "vowed", "PAK"),
    ("Armenia's prime minister vowed that Armenia would never cede land to Azerbaijan.",
     "vowed", "AZE"),
    ("Serbia accused Kosovo of arming militias and warned that it would protect its citizens.",
     "warned", "XKX"),
    # another body of the state named as the subject is whom a demand is aimed at
    ("The opposition demanded that the police release the detained activists.", "demanded",
     "COP"),
])
def test_a_vow_or_warning_is_aimed_at_the_other_side(pipe, text, evidence, target):
    found = [e for e in events_of(pipe, text) if e.evidence["text"].startswith(evidence)]
    assert found and (found[0].target_actor or {}).get("code") == target, \
        [(e.cameo, e.target_actor) for e in found]


@pytest.mark.parametrize("text, evidence, source", [
    # a finite verb the parser joined to an infinitive or to a denied clause is the main
    # subject's second act
    ("The European Union called on Serbia and Kosovo to show restraint and offered to host "
     "talks in Brussels.", "offered", "IGOEUR"),
    ("The Arab League urged Algeria and Morocco to resume dialogue and promised to mediate "
     "between them.", "promised", "IGOARL"),
    ("The Nigerian army chief denied that his soldiers had killed civilians and promised to "
     "investigate the reports.", "promised", "NGAMIL"),
])
def test_the_speakers_second_act_is_the_speakers(pipe, text, evidence, source):
    found = [e for e in events_of(pipe, text) if e.evidence["text"].startswith(evidence)]
    assert found and all((e.source_actor or {}).get("code") == source and
                         e.modality == "asserted" for e in found), \
        [(e.cameo, e.source_actor, e.modality) for e in found]


@pytest.mark.parametrize("text, evidence", [
    # what a denial of today denies is today's charge, not background
    ("The Nigerian army chief denied that his soldiers had killed civilians and promised to "
     "investigate the reports.", "killed"),
    ("Peru's defence minister denied that troops had fired on protesters and vowed to punish "
     "any abuses.", "fired"),
])
def test_a_denied_pluperfect_is_no_background(pipe, text, evidence):
    assert timed(pipe, text, evidence)[0] is False
