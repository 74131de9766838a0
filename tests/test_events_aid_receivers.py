"""Issue 19, event actors on real articles: people an international body or an aid group
acts for ("the United Nations delivered food to 5,000 families") in a story about one state
are that state's, as people no doer is named for are (events/actors.actors_for: AID_BODIES,
implied.home_country). Articles written for these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def test_receivers_of_un_aid_are_of_the_storys_state(pipe):
    text = ("JUBA — Floods have displaced thousands of people in South Sudan, South Sudanese "
            "officials said on Monday. South Sudan's government asked donors for help. The "
            "United Nations said it had delivered food to 5,000 families in Bor.")
    aid = [e for e in events_of(pipe, text) if e.cameo.startswith("07")]
    assert aid and all((e.source_actor or {}).get("code", "").startswith("IGO")
                       and (e.target_actor or {}).get("country") == "SSD" for e in aid), \
        [(e.cameo, e.source_actor, e.target_actor) for e in aid]
