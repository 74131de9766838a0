"""Who does a requested act. "Saudi Arabia urged both sides to extend the ceasefire" gave a
requested truce Saudi Arabia -> Saudi Arabia: the one urged ("both sides") names no actor in
our tables, so the urger was taken as the doer (arguments.climb_subject now takes the object
of an appeal or a demand whatever words name it), and a ceasefire with no counterpart named
got the doer's own state as its target, as yielding at home does (default_targets: easing
sanctions, letting others in and military de-escalation are done towards another party).
"The warring parties" and "all parties to the conflict" are sides, not political parties
(actors.phrase.is_side). A bill or a decree withdrawn is yielding (080), not a military
retreat (0874: the lexicon's bare "withdraw"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _pairs(pipe, text, root=None):
    return [(e.cameo, (e.source_actor or {}).get("code"), (e.target_actor or {}).get("code"),
             e.modality) for e in events_of(pipe, text) if root is None or e.cameo[:2] == root]


@pytest.mark.parametrize("text, urger", [
    ("Qatar urged both sides to respect the truce.", "QAT"),
    ("Norway called on the two sides to return to the negotiating table.", "NOR"),
    ("Turkey pressed the rival factions to accept a ceasefire.", "TUR"),
])
def test_an_urger_is_not_the_doer_of_what_it_urges(pipe, text, urger):
    requested = [p for p in _pairs(pipe, text) if p[3] == "requested"]
    assert all(p[1] != urger and p[2] != urger for p in requested), requested


@pytest.mark.parametrize("text, doer", [
    ("Britain urged Moscow to agree to a ceasefire.", "RUS"),
    ("The rebels announced a unilateral truce on Friday.", None),
    ("Israel agreed to a six-week ceasefire.", "ISR"),
])
def test_a_ceasefire_is_no_truce_with_oneself(pipe, text, doer):
    truces = _pairs(pipe, text, "08")
    assert truces, events_of(pipe, text)
    for code, source, target, _ in truces:
        assert doer is None or (source or "").startswith(doer), truces
        assert target is None or target[:3] != (source or "")[:3], truces


def test_yielding_at_home_keeps_its_own_state(pipe):
    # a decree withdrawn is done at home: the default target stays the doer's state
    pairs = _pairs(pipe, "The Kenyan government withdrew the finance bill.", "08")
    assert pairs and pairs[0][2] and pairs[0][2].startswith("KEN"), pairs


@pytest.mark.parametrize("text", [
    "Under pressure from unions, the cabinet withdrew the pension reform.",
    "Peru's Congress withdrew the proposal after a week of marches.",
])
def test_a_withdrawn_bill_is_no_retreat(pipe, text):
    pairs = _pairs(pipe, text, "08")
    assert pairs and all(p[0] == "080" for p in pairs), pairs


@pytest.mark.parametrize("text", [
    "Jordan urged the warring parties to resume negotiations.",
    "The UN called on all parties to the conflict to spare civilians.",
    "Both parties accused each other of breaking the truce.",
])
def test_sides_of_a_conflict_are_no_political_party(pipe, text):
    codes = {c for p in _pairs(pipe, text) for c in p[1:3] if c}
    assert not any("PTY" in c for c in codes), _pairs(pipe, text)


def test_a_named_party_is_still_a_party(pipe):
    pairs = _pairs(pipe, "The ruling party expelled three lawmakers.")
    assert any((s or "").endswith("GOV") for _, s, _, _ in pairs), pairs
