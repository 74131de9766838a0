"""Event recall on real articles, round 2 (issue 19): acts real news tells without the verb a
lexicon waits for. Sentences written for these tests."""
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


# 1. Being somewhere abroad: "appeared in Afghanistan", "Speaking in Poland, Obama said" is a
# visit (042) to the host state by an official of another state; at home, in a court or a
# parliament, or "in Russian" (a language) it is none.
@pytest.mark.parametrize("text, a, b", [
    ("President Trump surprised the troops on Thursday when he appeared in Afghanistan.",
     "USA", "AFG"),
    ("Speaking in Poland at the first stop of a European tour, Obama said the risk was real.",
     "USA", "POL"),
    ("Speaking in Japan on Monday, French President Emmanuel Macron called for calm.",
     "FRA", "JPN"),
    ("Canadian Prime Minister Justin Trudeau appeared in Mexico City on Friday.",
     "CAN", "MEX"),
])
def test_presence_abroad_is_a_visit(pipe, text, a, b):
    assert (a, b) in dyads(events_of(pipe, text), "042")


@pytest.mark.parametrize("text", [
    "Speaking in Washington, Obama said the risk was real.",
    "Putin appeared in court on Monday.",
    "Merkel spoke in parliament on Tuesday.",
    "Zelensky spoke in Russian on Monday.",
    "The singer appeared in Paris on Friday.",
])
def test_presence_at_home_or_nowhere_is_no_visit(pipe, text):
    assert not dyads(events_of(pipe, text), "042")


def test_an_adverbial_before_a_call_is_not_what_is_called_for(pipe):
    # "Speaking in Japan, X called for calm": the call is for calm (0256), not for a visit
    got = events_of(pipe, "Speaking in Japan on Monday, French President Emmanuel Macron "
                          "called for calm.")
    assert any(e.cameo == "0256" for e in got) and not any(e.cameo == "026" for e in got)
