"""Criticism drawn on oneself (session 37, found by probing with new wire copy; sentences
written for these tests): the nouns of criticism the lexicon lacked ("a rebuke", "a
reprimand", "censure") are 111 like "criticism" and "condemnation"; and what one does
"prompting / provoking / triggering" a named party's act draws that act on the doer, as
"drew" and "faced" already did (coding.RECEIVING_VERBS); and a tail "which X denies" on a
sentence of accusing answers the accuser (asides.charge_answered; the parse hangs the tail
on the last noun, and the denial went at nobody or at that noun)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, giver, receiver", [
    ("Australia drew a stinging rebuke from Beijing over its new visa rules.", "CHN", "AUS"),
    ("The Dutch envoy received a reprimand from the Turkish foreign ministry.", "TUR", "NLD"),
    ("Sweden's decision to expel the diplomats provoked condemnation from Moscow.", "RUS",
     "SWE"),
    ("Hungary's veto triggered a sharp rebuke from Kyiv.", "UKR", "HUN"),
])
def test_criticism_drawn_on_the_doer(pipe, text, giver, receiver):
    evs = [e for e in events_of(pipe, text) if e.cameo.startswith("11")]
    assert evs, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (code(evs[0].source_actor)[:3], code(evs[0].target_actor)[:3]) == (giver, receiver)


@pytest.mark.parametrize("text, denier, accuser", [
    ("Ethiopia accused Eritrea of arming the rebels, which Asmara denies.", "ERI", "ETH"),
    ("Pakistan blames India for funding separatist militants, which New Delhi denies.", "IND",
     "PAK"),
])
def test_a_which_tail_denial_answers_the_accuser(pipe, text, denier, accuser):
    denials = [e for e in events_of(pipe, text) if e.evidence["text"] == "denies"]
    assert denials, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (code(denials[0].source_actor)[:3], code(denials[0].target_actor)[:3]) == \
        (denier, accuser)


# Denying wrongdoing, a link or complicity is denying responsibility (CAMEO 016, a statement),
# as denying "involvement" or "a role" already was, not rejecting someone (12).
@pytest.mark.parametrize("text", [
    "Kigali denies any wrongdoing in eastern Congo.",
    "The ministry denied any connection to the hackers.",
    "Minsk denied complicity in the migrant crisis.",
])
def test_denying_wrongdoing_is_no_rejection(pipe, text):
    evs = events_of(pipe, text)
    assert [e.cameo for e in evs if "den" in e.evidence["text"]] == ["016"], \
        [(e.cameo, e.evidence["text"]) for e in evs]
