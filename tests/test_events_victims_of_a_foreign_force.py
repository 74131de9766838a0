"""Civilians harmed by a foreign state's force take the state the story is set in, not the
doer's country that their sentence happens to be the only one to name
(implied._doers_own_by_default). Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def victims(evs):
    return {(e.source_actor or {}).get("country"): (e.target_actor or {}).get("code")
            for e in evs if e.cameo[:2] in ("18", "19", "20")}


@pytest.mark.parametrize("text, doer, want", [
    ("ODESA, Ukraine (AP) - Russia's overnight drone attack killed three civilians, the "
     "city's mayor said. Ukraine's air force said it shot down most of the drones.",
     "RUS", "UKRCVL"),
    ("MOGADISHU, Somalia (Reuters) - A US drone strike killed four civilians in the Lower "
     "Shabelle region, residents said. Somalia's government said it would investigate.",
     "USA", "SOMCVL"),
    # a state's force at home: its own civilians
    ("YANGON, Myanmar (AP) - Myanmar's military killed 12 villagers in an air raid on Sunday, "
     "residents said.", "MMR", "MMRCVL"),
])
def test_civilians_of_a_story_set_abroad(pipe, text, doer, want):
    assert victims(events_of(pipe, text)).get(doer) == want, victims(events_of(pipe, text))
