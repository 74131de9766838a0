"""An act the writer tells and a violent act a source reports in the same sentence ("The
army took the town, and residents said soldiers killed ten farmers") are two acts: one
attack told with several verbs is one event (discourse.one_act), but two tellings by two
voices are not one telling (issue 19: recall of real articles). Sentences written for these
tests."""
from __future__ import annotations

import pytest

from newsdesk.pipeline import Pipeline

from helpers.events import events_of


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def roots(pipe, text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo[:2], (e.source_actor or {}).get("country") or "",
             (e.target_actor or {}).get("country") or "") for e in events_of(pipe, text)]


@pytest.mark.parametrize("text, verb, kill", [
    ("Myanmar's army seized the town of Lashio on Friday, and residents said the soldiers "
     "killed dozens of villagers.", "killed", ("MMR", "MMR")),
    ("Sudan's army captured the airport on Monday, and witnesses said the troops shot "
     "several civilians.", "shot", ("SDN", "SDN")),
    ("Myanmar's army seized the village on Friday, and monks said the troops killed nine "
     "civilians.", "killed", ("MMR", "MMR")),
])
def test_a_reported_killing_is_its_own_act(pipe, text, verb, kill):
    found = events_of(pipe, text)
    told = [e for e in found if (e.evidence or {}).get("text") == verb]
    assert told, [(e.cameo, (e.evidence or {}).get("text")) for e in found]
    e = told[0]
    assert e.cameo[:2] in ("18", "19", "20")
    assert ((e.source_actor or {}).get("country"), (e.target_actor or {}).get("country")) == kill
    assert e.attributed_to is not None  # the witnesses' report
    assert len([x for x in found if x.cameo[:2] in ("18", "19", "20")]) == 2


@pytest.mark.parametrize("text", [
    # one voice, one attack: still one event
    "Gunmen stormed a hotel in Mogadishu on Sunday, killing twelve guests and wounding 30.",
    "The bombing killed nine people and wounded 40 others in Kabul, police said.",
])
def test_one_telling_of_one_attack_stays_one_event(pipe, text):
    found = roots(pipe, text)
    assert len([r for r, _, _ in found if r in ("18", "19", "20")]) == 1, found
