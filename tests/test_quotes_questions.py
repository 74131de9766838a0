"""Questions put by someone unnamed (quotes/questions.py) and refusals to comment: attributions
of their own kind, kept with the beliefs, never quotes; the question is no part of what the one
asked then says."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _questions(doc):
    return [b for b in doc.beliefs if b.kind == "question"]


def test_an_opening_asked_whether_is_a_question_with_no_asker():
    doc = analyse("Asked whether the port would reopen before winter, the harbour master "
                  "shrugged.")
    [question] = _questions(doc)
    assert question.source is None
    assert question.cue["text"] == "Asked"
    assert content_parts(question) == ["whether the port would reopen before winter"]
    # the harbour master said none of it
    assert not any("reopen" in q.content["text"] for q in doc.quotes)


def test_the_answer_keeps_its_speaker_and_loses_the_question():
    doc = analyse("Asked why the tender had been cancelled, the deputy minister replied, "
                  "\"We found irregularities in two of the bids.\"")
    [question] = _questions(doc)
    assert content_parts(question) == ["why the tender had been cancelled"]
    [answer] = doc.quotes
    assert answer.source["text"] == "the deputy minister"
    assert "irregularities" in answer.content["text"]
    assert "tender" not in answer.content["text"]


def test_asked_about_names_what_the_question_was_about():
    doc = analyse("\"That is for the courts to decide,\" the governor said when asked about the "
                  "new mining licences.")
    [question] = _questions(doc)
    assert question.cue["text"] == "asked about"
    assert content_parts(question) == ["the new mining licences"]
    [said] = doc.quotes
    assert said.source["text"] == "the governor"


def test_a_passive_question_takes_its_auxiliary_into_the_cue():
    doc = analyse("During the hearing the general was asked if any soldiers had crossed the "
                  "river.")
    [question] = _questions(doc)
    assert question.cue["text"] == "was asked"
    assert content_parts(question) == ["if any soldiers had crossed the river"]
    assert not doc.quotes


def test_a_named_asker_or_a_request_is_no_unnamed_question():
    doc = analyse("The coach was asked to name his captain. A journalist asked the coach whether "
                  "the team was tired.")
    assert not _questions(doc)


def test_a_refusal_to_comment_is_an_attribution_but_no_quote():
    doc = analyse("A spokesman for the shipping line declined to comment on the seizure.")
    assert not doc.quotes
    [refusal] = doc.beliefs
    assert refusal.cue["text"] == "declined"
    assert refusal.source["text"] == "A spokesman for the shipping line"
    assert content_parts(refusal) == ["to comment on the seizure"]


def test_a_fall_is_no_refusal():
    doc = analyse("Copper exports declined by a fifth in the first quarter.")
    assert not doc.beliefs and not doc.quotes


def test_a_speaker_set_off_by_commas_loses_the_question():
    doc = analyse("The governor, asked about the flood defences, said work would start in May.")
    [question] = _questions(doc)
    assert content_parts(question) == ["the flood defences"]
    [said] = doc.quotes
    assert said.source["text"] == "The governor"
    assert content_parts(said) == ["work would start in May"]


def test_a_closing_question_is_cut_from_the_statement():
    doc = analyse("The minister said the bridge would reopen soon when asked about the repairs.")
    [said] = doc.quotes
    assert content_parts(said) == ["the bridge would reopen soon"]
    [question] = _questions(doc)
    assert content_parts(question) == ["the repairs"]


def test_a_request_with_a_condition_is_no_question():
    doc = analyse("The police chief will be asked to step down if the review finds him at fault.")
    assert not _questions(doc)


def test_an_answer_that_is_no_statement_is_dropped_not_quoted():
    doc = analyse("Asked why the talks had collapsed, the envoy blamed the rebels.")
    assert [content_parts(q) for q in _questions(doc)] == [["why the talks had collapsed"]]
    assert not any("talks" in q.content["text"] for q in doc.quotes)
