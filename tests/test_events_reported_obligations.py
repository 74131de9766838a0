"""An obligation a speaker lays on another is the speaker's demand on it ("X said Y must
...", CAMEO 10) or appeal to it ("should", "ought to": 02), made when said; where no CAMEO
code asks for that act, the act is only asked for (requested), never done. An obligation the speaker lays on itself ("X said it must
...") is its own resolve, not yet done (build._said_must). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of, find
from newsdesk.pipeline import Pipeline
from newsdesk.vocab import ASSERTED, PLANNED, REQUESTED


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, source, target", [
    ("Seoul said Pyongyang should return the detained fishermen.", "02", "KOR", "PRK"),
    ("The Kremlin said Kyiv should withdraw its forces from the region.", "02", "RUS", "UKR"),
    ("Ankara said Athens must apologize for the remarks.", "10", "TUR", "GRC"),
    ("Tokyo said Beijing must release the detained businessman.", "10", "JPN", "CHN"),
])
def test_an_obligation_laid_on_another_is_a_demand_or_an_appeal(pipe, text, root, source,
                                                                  target):
    demands = find(events_of(pipe, text), root)
    assert demands, [(e.cameo, e.modality) for e in events_of(pipe, text)]
    d = demands[0]
    assert d.modality == ASSERTED
    assert (d.source_actor or {}).get("country") == source, d.source_actor
    assert (d.target_actor or {}).get("country") == target, d.target_actor


@pytest.mark.parametrize("text, root", [
    ("The senator said Washington ought to impose sanctions on Caracas.", "16"),
    ("The general said the army must attack the rebel camps.", "19"),
    ("Officials in Seoul said Japan should expel the North Korean envoys.", "16"),
])
def test_an_act_no_code_demands_is_only_asked_for(pipe, text, root):
    events = events_of(pipe, text)
    acts = find(events, root)
    assert acts and all(e.modality == REQUESTED for e in acts), \
        [(e.cameo, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya said it must secure its border with Somalia.",
    "Israel said it must strike Hezbollah again.",
])
def test_an_obligation_the_speaker_lays_on_itself_is_its_own_plan(pipe, text):
    events = events_of(pipe, text)
    assert events and all(e.modality != ASSERTED or e.cameo[:2] in ("01", "02")
                          for e in events), [(e.cameo, e.modality) for e in events]
    assert not find(events, "10"), [(e.cameo, e.modality) for e in events]
    assert any(e.modality == PLANNED for e in events), [(e.cameo, e.modality) for e in events]
