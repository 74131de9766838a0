""""Israeli air strikes killed 21 people in Lebanon, the health ministry said": the parser
gives "said" two subjects and hangs "killed" on "strikes" as a participle; the strikes are
still the doers and the people the victims (was: unidentified attackers on Israel), and a
later "The strike ... hit a building" is theirs too (events/arguments._closing_subject).
Texts written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def _force(events):
    return [e for e in events if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, doer, victims", [
    ("Turkish air strikes killed at least nine fighters in northern Iraq on Friday, the "
     "Kurdish authorities said.", "TUR", "IRQ"),
    ("Russian missile strikes wounded 14 people in Zaporizhzhia overnight, the regional "
     "governor said.", "RUS", "UKR"),
])
def test_the_strikes_before_a_closing_speaker_are_the_doers(pipe, text, doer, victims):
    acts = _force(events_of(pipe, text))
    assert acts, [(e.cameo, e.evidence["text"]) for e in events_of(pipe, text)]
    assert (acts[0].source_actor or {}).get("country") == doer, acts[0].source_actor
    assert (acts[0].target_actor or {}).get("country") == victims, acts[0].target_actor


@pytest.mark.parametrize("text, doer", [
    ("Israeli jets bombed targets in southern Lebanon on Tuesday. The raid on the town of "
     "Nabatieh destroyed a market, residents said.", "ISR"),
    ("Israeli jets struck targets near Tyre on Monday, the army said. The strike on the "
     "village of Qana, in a mostly Christian area, hit a building housing displaced families, "
     "residents said.", "ISR"),
    ("Russian air strikes killed 12 people in Idlib on Monday, rescuers said. The strike on "
     "the village of Maarat, near the Turkish border, hit a school housing displaced "
     "families, residents said.", "RUS"),
    ("Israeli air strikes killed at least 21 people in northern Lebanon on Monday, the health "
     "ministry said, as Israel widened its campaign against Hezbollah.\n\nThe strike on the "
     "village of Aitou, in a mostly Christian area, hit a building housing displaced "
     "families, residents said.", "ISR"),
])
def test_the_strike_that_hit_is_the_one_told_before(pipe, text, doer):
    later = [e for e in _force(events_of(pipe, text)) if e.sentence == 1]
    assert later and (later[0].source_actor or {}).get("country") == doer, \
        [(e.cameo, e.source_actor, e.evidence["text"]) for e in _force(events_of(pipe, text))]
