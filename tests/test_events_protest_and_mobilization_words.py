"""Words of diplomatic protest and of mobilization the verb lexicon lacked (session 31; dev
articles' misses, sentences written for these tests; lexicons/cameo_verbs.tsv, CAMEO 110,
114, 150, 154): "lodged stern representations" and "delivered a demarche" are a formal
protest (114), "objected to" is disapproval (110), "called up reservists" and "redeployed
two brigades" a mobilization (154), "stepped up patrols" a show of force (150)."""
from __future__ import annotations

import pytest

from helpers.events import code, events_of
from newsdesk.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("text, act, pair", [
    ("Seoul has lodged stern representations with Beijing over the detention of its "
     "citizens.", "114", ("KOR", "CHN")),
    ("The French embassy delivered a demarche to the Algerian foreign ministry on Monday.",
     "114", ("FRA", "DZA")),
    ("Vietnam objected to the Chinese survey ship's presence in its waters.", "110",
     ("VNM", "CHN")),
    ("Armenia has called up thousands of reservists for training near the border with "
     "Azerbaijan.", "154", ("ARM", None)),
    ("Azerbaijan has redeployed two brigades toward the Armenian border.", "154",
     ("AZE", None)),
    ("Russian warships have stepped up patrols near the Norwegian coast.", "150",
     ("RUS", None)),
])
def test_the_word_codes_its_act(pipe, text, act, pair):
    evs = [e for e in events_of(pipe, text) if e.cameo == act]
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert (evs[0].source_actor or {}).get("country") == pair[0], evs[0].source_actor
    if pair[1]:
        assert (evs[0].target_actor or {}).get("country") == pair[1], evs[0].target_actor


def test_calling_for_calm_is_still_an_appeal(pipe):
    evs = events_of(pipe, "The ministry called up the embassy and called for calm.")
    assert not [e for e in evs if e.cameo == "154"], [e.cameo for e in evs]
