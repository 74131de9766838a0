"""Stances named by a verb and a preposition (quotes/stances.py): attributions kept with the
beliefs, never quotes; the holder is the verb's subject (or the subject of the verb a
participle or a second verb hangs on) and the content what the preposition names."""
from __future__ import annotations

import pytest

from newsdesk.stages.quotes.tagger import tagger

from helpers.quotes import analyse, content_parts

pytestmark = pytest.mark.skipif(tagger() is None, reason="quote model not built")


def _stances(doc):
    return [b for b in doc.beliefs if b.kind == "stance"]


@pytest.mark.parametrize("text, holder, cue, content", [
    ("The finance minister railed against the central bank's rate rise.",
     "The finance minister", "railed against", "the central bank's rate rise"),
    ("Two opposition deputies voted against the emergency decree.",
     "Two opposition deputies", "voted against", "the emergency decree"),
    ("The trade unions have campaigned for a shorter working week.",
     "The trade unions", "campaigned for", "a shorter working week"),
    ("In her speech the governor focused on the shortage of drinking water.",
     "the governor", "focused on", "the shortage of drinking water"),
])
def test_a_stance_verb_names_its_holder_and_topic(text, holder, cue, content):
    doc = analyse(text)
    [stance] = _stances(doc)
    assert stance.source["text"] == holder
    assert stance.cue["text"] == cue
    assert content_parts(stance) == [content]
    assert not doc.quotes


def test_the_topic_ends_before_an_apposition():
    doc = analyse("Most delegates voted for Amina Yusuf, a former judge who chaired the panel.")
    [stance] = _stances(doc)
    assert content_parts(stance) == ["Amina Yusuf"]


def test_no_stance_without_a_holder_or_a_topic():
    doc = analyse("Voting for the new council ended at noon. The debate focused heavily.")
    assert not _stances(doc)


def test_a_deed_with_the_same_preposition_is_no_stance():
    # fighting for a town is a deed: "fight" is left to the events stage
    doc = analyse("Government troops fought for control of the airport on Sunday.")
    assert not _stances(doc)


def test_a_participle_or_second_verb_takes_the_main_subject_as_holder():
    doc = analyse("The mayor criticised the budget, referring to its cuts to libraries. The "
                  "nurses marched for better pay and campaigned for more staff.")
    holders = {b.cue["text"]: b.source["text"] for b in _stances(doc)}
    assert holders.get("referring to") == "The mayor"
    assert holders.get("campaigned for") == "The nurses"


@pytest.mark.parametrize("text", [
    "Higher interest rates weighed on the stock index.",
    "The storm focused on the northern coast.",
    "The satellite dish pointed to the north.",
])
def test_no_stance_without_someone_to_hold_it(text):
    assert not _stances(analyse(text))
