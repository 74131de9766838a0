"""Event recall from the article's context (issue 19, real articles): acts whose parties
are named sentences before the act. Short articles written for these tests."""
from __future__ import annotations

import pytest
from helpers.events import events_of

from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


def dyads(events, root: str) -> set[tuple[str, str]]:
    """(source country, target country) of the events of one CAMEO root."""
    return {(((e.source_actor or {}).get("country") or ""),
             ((e.target_actor or {}).get("country") or ""))
            for e in events if e.cameo.startswith(root)}


# 1. "The two leaders" / "the two countries" when the last sentences name one of the two
# only: the other is the state the article named most before (its story's other party).
@pytest.mark.parametrize("text, root, a, b", [
    ("Japanese Prime Minister Fumio Kishida spoke by phone with Chinese President Xi Jinping "
     "on Monday. Xi urged calm over the disputed islands. The call lasted an hour, aides said. "
     "A spokesman read out a summary to reporters. Japanese officials described the mood as "
     "tense. The two leaders have traded accusations for months.", "11", "JPN", "CHN"),
    ("India accused Pakistan of sheltering militants on Tuesday, a day after Indian troops "
     "were ambushed. Pakistan's foreign office rejected the charge. The statement was read "
     "out on state television. Reporters were kept outside the building. Pakistani analysts "
     "called it measured. The two countries have exchanged threats since the bombing.",
     "13", "IND", "PAK"),
    ("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan about "
     "the border on Sunday. Ruto called the talks frank. A transcript was not released. "
     "Crowds gathered at the crossing overnight. Kenyan officials said the crossing would "
     "reopen. The two leaders, who have criticized each other for months, agreed to meet "
     "again.", "11", "KEN", "TZA"),
    ("Turkish President Erdogan spoke with Greek Prime Minister Mitsotakis on Friday. "
     "Mitsotakis said the talks were useful. The call came after a tense summer. Fishermen "
     "on the islands welcomed the news. Turkish diplomats said more calls were planned. Both "
     "countries have accused each other of violating airspace.", "11", "TUR", "GRC"),
])
def test_the_two_named_further_back_are_the_articles_pair(pipe, text, root, a, b):
    assert {(a, b), (b, a)} <= dyads(events_of(pipe, text), root)


def test_the_two_need_a_second_state_named_before(pipe):
    # one state only in the whole article: no pair is made up for "the two leaders"
    text = ("Brazil's president toured the flooded south on Monday. Brazilian officials said "
            "aid was on its way. The two leaders have exchanged threats for months.")
    assert not [e for e in events_of(pipe, text)
                if e.cameo.startswith("13") and e.target_actor]
