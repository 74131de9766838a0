"""Acts someone is held responsible for (issue 19, realnews recall).

- "X said Y was behind / responsible for the attack on Z": the act itself, with Y as its doer
  and Z (named in the act's own phrase) as its target, told by X (its clause's modality);
  hedged when the claim is the content of a noun of claiming ("the FBI's assertion that Y was
  behind the attack"), as the realnews coders list it.
- "Y denied any role in / responsibility for the bombing" and "Y was not behind the attack":
  the act, negated, for the one who denies it.
- Hostile acts only: being "responsible for the talks" or "behind the agreement" is an office
  or a credit, not an accusation.
Sentences written for these tests, not taken from any corpus.
"""
from __future__ import annotations

import pytest
from helpers.events import dyads, events_of, find

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, pair", [
    ("The Ukrainian government said Russia was responsible for the missile strike on Kyiv.",
     "19", ("RUS", "UKR")),
    ("Indian investigators concluded that Pakistan was behind the bombing in Kashmir.",
     "18", ("PAK", "IND")),
    ("Israeli officials say Iran was behind the drone attack on the tanker off Oman.",
     "19", ("IRN", "")),
    ("The Nigerian army said Boko Haram was responsible for the massacre in Borno.",
     "20", ("NGA", "NGA")),
])
def test_claimed_doer_of_the_act(pipe, text, root, pair):
    events = events_of(pipe, text)
    acts = find(events, root)
    assert acts, [(e.cameo, e.source_actor) for e in events]
    assert any(((e.source_actor or {}).get("country") or "") == pair[0] for e in acts)
    if pair[1]:
        assert pair in dyads(events, root)
    assert all(e.modality == "asserted" for e in acts if
               ((e.source_actor or {}).get("country") or "") == pair[0])


@pytest.mark.parametrize("text, root, doer", [
    ("London repeated its assertion that Russia was behind the bombing of the pipeline in the "
     "Baltic.", "18", "RUS"),
    ("Islamabad disputed the Indian conclusion that Pakistan was responsible for the bombing "
     "in Pulwama.", "18", "PAK"),
])
def test_a_claim_noun_hedges_the_act(pipe, text, root, doer):
    events = events_of(pipe, text)
    acts = [e for e in find(events, root)
            if ((e.source_actor or {}).get("country") or "") == doer]
    assert acts, [(e.cameo, e.source_actor, e.modality) for e in events]
    assert all(e.modality == "hedged" for e in acts)


@pytest.mark.parametrize("text, root, pair", [
    ("Pakistan denied responsibility for the bombing in Kabul.", "18", ("PAK", "AFG")),
    ("Iran denied any role in the attack on the Saudi oil facility.", "19", ("IRN", "SAU")),
    ("Rwanda said it was not behind the shelling of Goma in Congo.", "19", ("RWA", "")),
])
def test_denied_act_is_negated(pipe, text, root, pair):
    events = events_of(pipe, text)
    acts = [e for e in find(events, root)
            if ((e.source_actor or {}).get("country") or "") == pair[0]]
    assert acts, [(e.cameo, e.source_actor, e.modality) for e in events]
    assert all(e.modality == "negated" for e in acts)
    if pair[1]:
        assert pair in dyads(acts, root)


@pytest.mark.parametrize("text", [
    "The French minister was responsible for the talks with Algeria.",
    "Norway was behind the agreement between the two sides.",
])
def test_no_accusation_without_a_hostile_act(pipe, text):
    events = events_of(pipe, text)
    assert not [e for e in events if e.cameo[:2] >= "14"], \
        [(e.cameo, e.source_actor) for e in events]

