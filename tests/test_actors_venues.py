"""The venue of talks lends no country to the people of its story (actors.context
seat_of_a_body): "The talks were held in Addis Ababa. The government arrested ..." is the
government of the story's state, not Ethiopia's; "Negotiators met in Oslo" are not Norway's.
Session 38, from a dev38 article's kind (negotiators who met in Caracas made the government
of the next sentence Venezuela's); articles written for this test."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of, find
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, root, doer", [
    ("NAIROBI, Kenya (AP) - Kenya's president met opposition leaders on Monday. The talks were "
     "held in Addis Ababa last week. The government arrested three protest organisers on "
     "Tuesday.", "17", "KEN"),
    ("MANILA, Philippines (Reuters) - The Philippine government resumed peace talks with "
     "communist rebels. Negotiators met in Oslo on Friday.", "04", "PHL"),
    ("BOGOTA (Reuters) - Colombia's government and the ELN rebels signed a ceasefire in Havana "
     "in June. The government accused the rebels of breaking it on Sunday.", "11", "COL"),
])
def test_a_venue_of_talks_lends_no_country(pipe, text, root, doer):
    got = [e for e in find(events_of(pipe, text), root)
           if (e.evidence or {}).get("start", 0) > text.index(". ")]
    assert got and all(code(e.source_actor).startswith(doer) for e in got), \
        [(e.cameo, code(e.source_actor), e.evidence["text"]) for e in got]
